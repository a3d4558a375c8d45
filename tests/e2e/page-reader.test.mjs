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

/** A made-up story with ten people quoted, the first saying the most. */
const TEN = ['Anna Berg', 'Jon Lee', 'Priya Nair', 'Omar Haddad', 'Li Wei', 'Sofia Rossi', 'Ken Abe', 'Mia Clark', 'Tom Reyes', 'Eva Lind'];
const TEN_VOICES = [
  'Harbour towns count the cost of the storm',
  ...TEN.map((name, i) => `“The water came up faster than anyone expected. ${'We need help now. '.repeat(10 - i).trim()}” said ${name}, who lives in the town.`),
].join('\n\n');

/** CIE76 distance between two `rgb()` colours. */
function distance(a, b) {
  const lab = (css) => {
    const [r, g, bl] = css.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    const f = (t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((r * 0.4124 + g * 0.3576 + bl * 0.1805) / 0.95047);
    const y = f(r * 0.2126 + g * 0.7152 + bl * 0.0722);
    const z = f((r * 0.0193 + g * 0.1192 + bl * 0.9505) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

test('speakers look different from each other in both themes, and the panel says who is grey', async () => {
  const page = await open(env);
  await paste(page, { text: TEN_VOICES });
  const names = await page.$$eval('#sources-list .source-name', (ns) => ns.map((n) => n.textContent));
  assert.deepEqual(names, TEN);
  assert.match(await page.textContent('#sources-extra'), /The 8 biggest voices each have their own colour; the other 2 are grey\./);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    // the nine colours a reader must tell apart: eight speakers and the grey of the rest
    const colours = await page.$$eval('#sources-list .swatch', (ss) => ss.slice(0, 9).map((s) => getComputedStyle(s).backgroundColor));
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        const d = distance(colours[i], colours[j]);
        assert.ok(d >= 30, `${scheme}: ${names[i]} ${colours[i]} and ${names[j]} ${colours[j]} are only ${d.toFixed(1)} apart`);
      }
    }
    // the article's underlines use the same colours as the swatches
    const first = await page.$eval('#article mark[data-kind="quote"][data-color="0"]', (m) => getComputedStyle(m).textDecorationColor);
    assert.equal(first, colours[0]);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a paste over the size limit says how big it is and what to do, and claims no text it dropped', async () => {
  const page = await open(env);
  const runs = await page.evaluate(() => window.storylensPage.runs);
  await page.evaluate(() => {
    const box = document.getElementById('text');
    box.focus();
    box.select();
    const data = new DataTransfer();
    data.setData('text/plain', 'The council met on Monday. '.repeat(600_000)); // 16.2 MB
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById('error').textContent, null, { timeout: 60_000 });
  const error = await page.textContent('#error');
  assert.match(error, /the text is 16,200,000 bytes long; storylens analyses at most 16,000,000 bytes/, error);
  assert.match(error, /The 16\.2 million characters pasted were not kept: paste them in smaller parts\./, error);
  assert.doesNotMatch(error, /still in the box/);
  // the box is empty and says nothing about a text below it
  assert.equal(await page.inputValue('#text'), '');
  assert.doesNotMatch(await page.getAttribute('#text', 'placeholder'), /below/);
  assert.equal(await page.evaluate(() => window.storylensPage.runs), runs);
  assert.equal(await page.$$eval('#article mark', (ms) => ms.length), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a timeline with many events draws a short axis of small dots, without unreadable numbers', async () => {
  const page = await open(env);
  const months = ['January', 'March', 'May', 'July', 'September', 'November'];
  const article = [
    'Timeline of a long dispute',
    'GENEVA, Dec 1, 2023 (Reuters) - The dispute has run for years. These are the rounds of talks.',
    ...Array.from({ length: 120 }, (_, i) => `Negotiators met in Geneva on ${months[i % 6]} ${(i % 27) + 1}, ${2019 + (i % 5)} for round ${i + 1} of the talks.`),
  ].join('\n\n');
  await paste(page, { text: article });
  const axis = await page.$eval('#timeline-axis svg', (s) => ({
    height: Number(s.getAttribute('height')), numbers: s.querySelectorAll('.axis-num').length,
    events: s.querySelectorAll('g[data-event]').length, dense: s.classList.contains('axis-dense'),
  }));
  const listed = await page.$$eval('#timeline-list li', (ls) => ls.length);
  assert.ok(listed > 100, `${listed} events`);
  assert.deepEqual(axis, { height: axis.height, numbers: 0, events: listed, dense: true });
  assert.ok(axis.height <= 100, `the axis is ${axis.height} px tall`);
  // an event in the list still lights up its own dot, which grows
  await page.hover('#timeline-list li[data-event="60"]');
  assert.equal(await page.$eval('#timeline-axis g[data-event="60"]', (g) => g.hasAttribute('data-active')), true);
  assert.ok(await page.$eval('#timeline-axis g[data-event="60"] circle', (c) => c.getBoundingClientRect().width >= 9));
  // a short timeline keeps its numbered dots
  await paste(page, { text: article.split('\n\n').slice(0, 8).join('\n\n') });
  const few = await page.$$eval('#timeline-list li', (ls) => ls.length);
  assert.ok(few >= 6 && few < 10, `${few} events`);
  assert.equal(await page.$$eval('#timeline-axis .axis-num', (ns) => ns.length), few);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('with no article the panels say what to do, and no key hangs over an empty article', async () => {
  const page = await open(env);
  assert.equal(await page.isVisible('#legend-key'), true);
  await page.fill('#text', '');
  await page.click('#analyze');
  await page.waitForFunction(() => !document.querySelector('#article').childElementCount);
  assert.equal(await page.isVisible('#legend-key'), false);
  for (const panel of ['#sources', '#timeline']) {
    assert.match(await page.textContent(panel), /Nothing to show yet: paste an article above\./, panel);
  }
  // every panel says what it shows, whatever is in it
  assert.match(await page.textContent('#timeline'), /dated events, in the order they happened/);
  await page.click('#example');
  await page.waitForFunction(() => document.querySelector('#article').childElementCount);
  assert.doesNotMatch(await page.textContent('#sources'), /Nothing to show/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('at 375 px nothing overflows sideways and the quote key is still there', async () => {
  const page = await open(env, { viewport: { width: 375, height: 800 } });
  for (const text of [null, TEN_VOICES]) {
    if (text) await paste(page, { text });
    assert.equal(await page.isVisible('#legend-key'), true);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && el.getClientRects().length)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));
    assert.deepEqual(wide, []);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the blog example on a phone: no sideways scroll, and the sources widget never says "0 quotes"', async () => {
  const page = await env.page({ viewport: { width: 375, height: 800 } });
  await page.goto(`${env.base}/blog-example.html`);
  await page.waitForFunction(() => document.querySelector('storylens-sources')?.dataset.ready === 'true');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
  const stats = await page.$$eval('storylens-sources', ([w]) => [...w.shadowRoot.querySelectorAll('li .stats')].map((s) => s.textContent));
  assert.ok(stats.length >= 3, stats.join(' | '));
  for (const s of stats) {
    assert.match(s, /^[1-9]\d* quotes?( \((reported|all reported|\d+ reported)\))? · \d+ words? \(\d+% of all quoted\)$/, s);
  }
  assert.ok(stats.some((s) => /\((all )?reported\)/.test(s)), 'a source quoted only in reported speech says so');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('big counts are grouped by thousands in the status, the legend and the panels', async () => {
  const page = await open(env);
  await paste(page, { text: 'Rain came on Monday. '.repeat(1_100) });
  assert.match(await page.textContent('#status'), /: 0 quotes, 0 names, 1,100 dates\.$/);
  assert.equal(await page.textContent('#legend [data-kind="time"] .n'), '1,100');
  assert.match(await page.textContent('#timeline-anchor'), /^1,100 dates could not be placed/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('Escape from the sentence a timeline event jumped to goes back to that event', async () => {
  const page = await open(env);
  await page.focus('#timeline-list li[data-event="2"] button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.matches('.sl-sentence'));
  assert.ok(await page.evaluate(() => document.activeElement.dataset.events.split(' ').includes('2')));
  await page.keyboard.press('Escape');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#timeline-list li[data-event="2"] button')));
  // Escape elsewhere in the article leaves the focus alone
  await page.focus('#article mark');
  await page.keyboard.press('Escape');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#article mark')));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a card open on one article does not turn into someone else when another is pasted', async () => {
  const page = await open(env);
  // the article's first person: an early entity id, which the next article has too
  await page.click('#article mark[data-kind="person"]');
  const name = await page.textContent('#card-name');
  await paste(page, { text: TEN_VOICES });
  assert.equal(await page.isVisible('#card'), false, `the card for ${name} showed ${await page.textContent('#card-name')}`);
  // the same person in an edited article keeps their card
  await page.click('#sources-list button.source-name');
  assert.equal(await page.textContent('#card-name'), 'Anna Berg');
  await paste(page, { text: `A note first.\n\n${TEN_VOICES}` });
  assert.equal(await page.isVisible('#card'), true);
  assert.equal(await page.textContent('#card-name'), 'Anna Berg');
  assert.deepEqual(page.problems, []);
  await page.close();
});
