// Helpers for the page's browser tests: paste like a person does, wait for the highlights.
import { readFileSync } from 'node:fs';

export const EXAMPLE = readFileSync(new URL('../../www/examples/china-us-military-talks.txt', import.meta.url), 'utf8');

/** A short article of our own (made up for the tests). */
export const TRAM = [
  'City council backs a tram line to the harbour',
  'By Lena Hart',
  'March 5, 2024',
  'RIVERTON (Reuters) - The city council voted on Tuesday to build a tram line linking the harbour to the university, ending a debate that began in 2019.',
  '“This is the biggest investment in our streets in fifty years,” said Mayor Helen Park after the vote.',
  'Council member Omar Diaz, who opposed the plan, said the cost would fall on small businesses. “Nobody has told us who pays when the budget runs over,” Diaz said.',
  'Construction is due to start in September, according to the Riverton Transit Authority.',
  'Park said the first trams would run by 2027.',
];

/** Opens the page and waits for the example article's highlights. */
export async function open(env, options = {}) {
  const page = await env.page(options);
  await page.goto(`${env.base}/${options.hash ?? ''}`);
  await page.waitForFunction(() => window.storylensPage?.runs > 0);
  return page;
}

/**
 * Pastes into the article textbox, replacing its text, the way the clipboard does: a paste event
 * carrying `text/plain` and/or `text/html`. Resolves once the new highlights are on screen.
 */
export async function paste(page, { text, html }) {
  const runs = await page.evaluate(() => window.storylensPage.runs);
  await page.evaluate(({ text, html }) => {
    const box = document.getElementById('text');
    box.focus();
    box.select();
    const data = new DataTransfer();
    if (html != null) data.setData('text/html', html);
    if (text != null) data.setData('text/plain', text);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, { text, html });
  await page.waitForFunction((n) => window.storylensPage.runs > n, runs, { timeout: 60_000 });
}

/** The last analysis the page drew, with its text. */
export function last(page) {
  return page.evaluate(() => window.storylensPage.last);
}
