// The page as a reader finds it: focus that survives a re-analysis, speakers that look different,
// a timeline that stays readable, messages that say what to do, and a phone-width layout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './browser.mjs';
import { open, paste } from './page-helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { tag: a?.tagName.toLowerCase(), id: a?.id, mention: a?.dataset?.mention, kind: a?.dataset?.kind };
});

/** Sets the Published date, which re-analyses and redraws everything. */
async function republish(page, date) {
  const runs = await page.evaluate(() => window.storylensPage.runs);
  await page.evaluate((d) => {
    const p = document.getElementById('published');
    p.value = d;
    p.dispatchEvent(new Event('change'));
  }, date);
  await page.waitForFunction((n) => window.storylensPage.runs > n, runs);
}

test('typing with a card open keeps the focus in the textbox (the reopened card took it)', async () => {
  const page = await open(env);
  await page.click('#sources-list button.source-name');
  assert.equal(await page.isVisible('#card'), true);
  await page.focus('#text');
  await page.evaluate(() => document.getElementById('text').setSelectionRange(0, 0));
  const runs = await page.evaluate(() => window.storylensPage.runs);
  await page.keyboard.type('Updated: ');
  await page.waitForFunction((n) => window.storylensPage.runs > n, runs);
  assert.equal((await focused(page)).id, 'text');
  await page.keyboard.type('today. ');
  assert.ok((await page.inputValue('#text')).startsWith('Updated: today. '));
  assert.equal(await page.isVisible('#card'), true, 'the card stays open');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a re-analysis keeps the focus on the same highlight, legend toggle or card', async () => {
  const page = await open(env);
  const mention = await page.$eval('#article mark[data-kind="person"]', (m) => m.dataset.mention);
  await page.focus(`#article mark[data-mention="${mention}"]`);
  await republish(page, '2017-12-01');
  assert.deepEqual(await focused(page), { tag: 'mark', id: '', mention, kind: 'person' });
  assert.equal(await page.$eval(`#article mark[data-mention="${mention}"]`, (m) => m.tabIndex), 0, 'it is the tab stop');

  await page.focus('#legend button[data-kind="place"]');
  await republish(page, '2017-12-02');
  assert.equal((await focused(page)).kind, 'place');

  await page.focus('#sources-list button.source-name');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'card-name');
  await republish(page, '2017-12-03');
  assert.equal((await focused(page)).id, 'card-name', 'the reopened card keeps the focus it had');
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#card'), false);
  assert.ok(await page.evaluate(() => document.activeElement.matches('#sources-list button.source-name')), 'and gives it back to the source');
  assert.deepEqual(page.problems, []);
  await page.close();
});
