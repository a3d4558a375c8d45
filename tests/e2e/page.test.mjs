// The page as a person uses it: open it, read the example, paste other articles, hover, click,
// read the sources and the timeline, export and share.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start } from './browser.mjs';
import { EXAMPLE, TRAM, last, open, paste } from './page-helpers.mjs';

let env;
let shared; // one page with the example article, for the tests that only read and click
before(async () => {
  env = await start();
  shared = await open(env);
});
after(async () => { await env?.close(); });

let paster; // a second page for the tests that paste other articles
const pastePage = async () => (paster ??= await open(env));

/** The shared page, back at rest: no card, nothing selected, the pointer away. */
async function example() {
  await shared.keyboard.press('Escape');
  await shared.keyboard.press('Escape');
  await shared.mouse.move(0, 0);
  await shared.evaluate(() => window.scrollTo(0, 0));
  return shared;
}

/** Every mark on the page checked against the analysis it was drawn from. */
async function checkMarks(page) {
  const { text, analysis } = await last(page);
  const marks = await page.$$eval('#article mark', (ms) => ms.map((m) => ({
    kind: m.dataset.kind, entity: m.getAttribute('data-entity'), quote: m.getAttribute('data-quote'),
    speaker: m.getAttribute('data-speaker'), mention: m.dataset.mention, time: m.dataset.time, text: m.textContent,
  })));
  const quotes = marks.filter((m) => m.kind === 'quote');
  assert.equal(quotes.length, analysis.quotes.length, 'one mark per quote');
  for (const q of analysis.quotes) {
    const m = quotes.find((x) => x.quote === q.id);
    assert.ok(m, `mark for ${q.id}`);
    assert.equal(m.text, text.slice(q.start, q.end));
    assert.equal(m.speaker, q.speaker?.entity ?? '');
  }
  const mentions = marks.filter((m) => m.mention);
  assert.equal(mentions.length, analysis.mentions.length, 'one mark per mention');
  for (const mention of analysis.mentions) {
    const m = mentions.find((x) => x.mention === mention.id);
    assert.equal(m.kind, mention.kind);
    assert.equal(m.entity, mention.entity);
    assert.equal(m.text, mention.text);
    assert.ok(['person', 'org', 'place', 'misc'].includes(m.kind));
  }
  assert.equal(marks.filter((m) => m.kind === 'time').length, analysis.times.length, 'one mark per date');
  // the article shows exactly the paragraphs' text
  const shown = await page.$eval('#article', (a) => [...a.children].map((b) => b.textContent));
  assert.deepEqual(shown, analysis.paragraphs.map((p) => text.slice(p.start, p.end)));
  return { text, analysis };
}

test('the example article opens highlighted, with its marks, sources and timeline', async () => {
  const page = shared;
  assert.equal(await page.inputValue('#text'), EXAMPLE);
  const { analysis } = await checkMarks(page);
  const people = await page.$$eval('mark[data-kind="person"]', (ms) => ms.map((m) => m.textContent));
  for (const name of ['Zhou Chenming', 'Su Hao', 'Adam Ni']) assert.ok(people.includes(name), name);
  assert.ok(analysis.quotes.length > 5);
  const speakers = await page.$$eval('#sources-list .source-name', (ns) => ns.map((n) => n.textContent));
  for (const name of ['Zhou Chenming', 'Su Hao', 'Jia Qingguo', 'Adam Ni']) assert.ok(speakers.includes(name), name);
  const times = await page.$$eval('#timeline-list time', (ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.ok(times.includes('2017-11-29'));
  assert.equal(times.length, analysis.timeline.length);
  assert.equal(await page.getAttribute('#timeline-axis svg', 'aria-hidden'), 'true');
  assert.deepEqual(page.problems, []);
  });

test('a second article pasted as rich HTML keeps its paragraphs, loses its markup, runs nothing', async () => {
  const page = await pastePage();
  const html = `<html><head><style>p{color:red}</style><script>window.hacked = 'head'</script></head><body>
    <h1>${TRAM[0]}</h1><div class="byline">${TRAM[1]}</div><p><time>${TRAM[2]}</time></p>
    ${TRAM.slice(3).map((p) => `<p>${p.replace('Omar Diaz', '<a href="/diaz"><b>Omar Diaz</b></a>')}</p>`).join('\n')}
    <img src=x onerror="window.hacked = 'img'"><script>window.hacked = 'body'</script></body></html>`;
  await paste(page, { html, text: TRAM.join(' ') });
  assert.equal(await page.inputValue('#text'), TRAM.join('\n\n'));
  await checkMarks(page);
  const speakers = await page.$$eval('#sources-list .source-name', (ns) => ns.map((n) => n.textContent));
  assert.ok(speakers.includes('Omar Diaz'), speakers.join(', '));
  const times = await page.$$eval('#timeline-list time', (ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.ok(times.includes('2024-09'), times.join(', '));
  assert.ok(times.includes('2027'), times.join(', '));
  assert.equal(await page.$eval('h3.sl-title', (h) => h.textContent), TRAM[0]);
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.deepEqual(page.problems, []);
});

test('pasted markup shows as text and never runs', async () => {
  const page = await pastePage();
  const article = [
    'Mayor Ana Lopez said on Monday that the bridge would reopen in May.',
    '“We are nearly there,” Lopez said. <img src=x onerror="window.hacked=1"> <script>window.hacked=2</script> <b onmouseover="window.hacked=3">bold</b>',
  ].join('\n\n');
  await paste(page, { text: article });
  const text = await page.$eval('#article', (a) => a.textContent);
  assert.ok(text.includes('<img src=x onerror="window.hacked=1">'), 'the markup shows as text');
  assert.ok(text.includes('<script>window.hacked=2</script>'));
  await page.hover('#article p:last-child');
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.equal(await page.$$eval('#article img, #article script, #article b', (n) => n.length), 0);
  const quote = await page.$eval('mark[data-kind="quote"][data-direct="true"]', (m) => m.textContent);
  assert.equal(quote, 'We are nearly there,');
  assert.deepEqual(page.problems, []);
});

test('hovering or focusing a mention lights up every mention of its entity', async () => {
  const page = await example();
  const { analysis } = await last(page);
  const ni = analysis.entities.find((e) => e.name === 'Adam Ni');
  assert.ok(ni.mentions.length >= 2);
  const activeOf = () => page.$$eval('#article mark[data-active]', (ms) => ms.map((m) => m.dataset.entity));
  await page.hover(`mark[data-entity="${ni.id}"]`);
  assert.deepEqual(await activeOf(), ni.mentions.map(() => ni.id));
  await page.hover('#text');
  assert.deepEqual(await activeOf(), []);
  await page.focus(`mark[data-mention="${ni.mentions.at(-1)}"]`);
  assert.deepEqual(await activeOf(), ni.mentions.map(() => ni.id));
  assert.deepEqual(page.problems, []);
});

test('the keyboard reaches every highlight: Tab in, arrows across, Enter opens, Escape closes', async () => {
  const page = await example();
  await page.focus('#legend button:last-child');
  await page.keyboard.press('Tab');
  // Tab lands on the one mark in the tab order (the last one used); Home goes to the first
  assert.equal(await page.evaluate(() => document.activeElement.matches('#article mark[tabindex="0"]')), true);
  await page.keyboard.press('Home');
  const first = await page.evaluate(() => document.activeElement.dataset.mention ?? document.activeElement.dataset.quote);
  const order = await page.$$eval('#article mark', (ms) => ms.map((m) => m.dataset.mention ?? m.dataset.quote));
  assert.equal(first, order[0]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.mention ?? document.activeElement.dataset.quote), order[2]);
  // only one mark is in the tab order at a time
  assert.equal(await page.$$eval('#article mark[tabindex="0"]', (ms) => ms.length), 1);
  await page.focus('mark[data-kind="person"]');
  await page.keyboard.press('Enter');
  assert.equal(await page.isVisible('#card'), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'card-name');
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#card'), false);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.kind), 'person');
  assert.deepEqual(page.problems, []);
});

test('clicking a person opens their card; a quote in it scrolls to the quote', async () => {
  const page = await example();
  const { analysis } = await last(page);
  const zhou = analysis.entities.find((e) => e.name === 'Zhou Chenming');
  const theirs = analysis.quotes.filter((q) => q.speaker?.entity === zhou.id);
  await page.click(`mark[data-entity="${zhou.id}"]`);
  assert.equal(await page.textContent('#card-name'), 'Zhou Chenming');
  const facts = await page.textContent('#card-facts');
  assert.ok(facts.includes(zhou.role), facts);
  assert.equal(await page.$$eval('#card-quotes button', (b) => b.length), theirs.length);
  const target = theirs.at(-1).id;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click(`#card-quotes button[data-quote="${target}"]`);
  await page.waitForFunction((id) => {
    const r = document.querySelector(`mark[data-quote="${id}"]`).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, target);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.quote), target);
  assert.deepEqual(page.problems, []);
});

test('clicking a quote highlights its speaker and its cue', async () => {
  const page = await example();
  const { analysis, text } = await last(page);
  const q = analysis.quotes.find((x) => x.direct && x.speaker && x.cue);
  await page.click(`mark[data-quote="${q.id}"]`, { position: { x: 3, y: 5 } });
  const lit = await page.$$eval('#article [data-active]', (els) => els.map((e) => ({ cls: e.className, text: e.textContent })));
  assert.ok(lit.some((e) => e.cls === 'sl-speaker' && e.text === q.speaker.text), JSON.stringify(lit));
  assert.ok(lit.some((e) => e.cls === 'sl-cue' && e.text === q.cue.text), JSON.stringify(lit));
  assert.ok((await page.textContent('#status')).includes('cue'));
  assert.equal(q.cue.text, text.slice(q.cue.start, q.cue.end));
  assert.deepEqual(page.problems, []);
});

test('the Sources panel lists everyone quoted, by share of voice', async () => {
  const page = await example();
  assert.equal(await page.getAttribute('#sources', 'aria-label'), 'Sources');
  const rows = await page.$$eval('#sources-list .source', (ls) => ls.map((l) => ({
    name: l.querySelector('.source-name').textContent,
    share: Number(l.querySelector('.source-share').textContent.replace('%', '')),
    stats: l.querySelector('.source-stats').textContent,
  })));
  assert.ok(rows.length >= 4);
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].share >= rows[i].share, 'sorted');
  for (const r of rows) assert.match(r.stats, /\d+ quotes? · \d+ words? \(\d+ (direct|reported)/);
  await page.click('#sources-list button.source-name');
  assert.equal(await page.textContent('#card-name'), rows[0].name);
  assert.deepEqual(page.problems, []);
});

test('the Timeline lists dated events; an event and its sentence light each other up', async () => {
  const page = await example();
  assert.equal(await page.getAttribute('#timeline', 'aria-label'), 'Timeline');
  const { analysis, text } = await last(page);
  const times = await page.$$eval('#timeline-list li time', (ts) => ts.map((t) => t.dateTime));
  assert.deepEqual(times, analysis.timeline.map((e) => e.value));
  await page.hover('#timeline-list li[data-event="0"]');
  const lit = await page.$eval('.sl-sentence[data-active]', (s) => s.textContent);
  const s0 = analysis.timeline[0].sentence;
  assert.equal(lit, text.slice(s0.start, s0.end));
  await page.hover(`.sl-sentence[data-events~="1"]`, { position: { x: 2, y: 4 } });
  assert.equal(await page.$eval('#timeline-list li[data-active]', (l) => l.dataset.event), '1');
  await page.click('#timeline-list li[data-event="1"] button');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.events), '1');
  assert.deepEqual(page.problems, []);
});

test('the legend toggles a layer and counts it', async () => {
  const page = await example();
  const { analysis } = await last(page);
  const people = analysis.mentions.filter((m) => m.kind === 'person').length;
  const label = await page.textContent('#legend [data-kind="person"]');
  assert.ok(label.includes(`People ${people}`), label);
  await page.click('#legend [data-kind="person"]');
  assert.equal(await page.getAttribute('#legend [data-kind="person"]', 'aria-pressed'), 'false');
  const bg = await page.$eval('mark[data-kind="person"]', (m) => getComputedStyle(m).textDecorationLine);
  assert.equal(bg, 'none');
  await page.click('#legend [data-kind="person"]');
  assert.equal(await page.getAttribute('#legend [data-kind="person"]', 'aria-pressed'), 'true');
  assert.deepEqual(page.problems, []);
});

test('Export JSON downloads the analysis with its text', async () => {
  const page = await example();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  assert.match(download.suggestedFilename(), /^storylens-china-and-us-step-up.*\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  const { analysis } = await last(page);
  assert.equal(saved.schema, 1);
  assert.equal(saved.text, EXAMPLE);
  assert.deepEqual(saved.quotes, analysis.quotes);
  assert.deepEqual(page.problems, []);
});

test('a share link carries the text and the publication date, and opens the same view', async () => {
  const page = await pastePage();
  await paste(page, { text: TRAM.join('\n\n') });
  await page.fill('#published', '2024-03-06');
  await page.dispatchEvent('#published', 'change');
  await page.waitForFunction(() => window.storylensPage.last.analysis.article.published === '2024-03-06');
  await page.click('#share');
  await page.waitForFunction(() => location.hash.startsWith('#z='));
  const url = page.url();
  assert.ok(url.length < 1500, `short link (${url.length})`);
  const marks = await page.$$eval('#article mark', (ms) => ms.map((m) => m.outerHTML));

  const other = await open(env, { hash: url.slice(url.indexOf('#')) });
  assert.equal(await other.inputValue('#text'), TRAM.join('\n\n'));
  assert.equal(await other.inputValue('#published'), '2024-03-06');
  assert.deepEqual(await other.$$eval('#article mark', (ms) => ms.map((m) => m.outerHTML)), marks);
  assert.deepEqual(other.problems, []);
  await other.close();
});

test('when the analyser cannot load, the alert says so and the text is kept', async () => {
  const page = await env.page();
  await page.route('**/storylens_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`${env.base}/`);
  await page.waitForFunction(() => document.getElementById('error').textContent !== '');
  await page.fill('#text', 'Ana Lopez said the bridge would reopen.');
  await page.click('#analyze');
  const alert = await page.$eval('[role="alert"]', (a) => a.textContent);
  assert.match(alert, /Could not/);
  assert.equal(await page.inputValue('#text'), 'Ana Lopez said the bridge would reopen.');
  await page.close();
});

test('a timeline clause that crosses a quote is cut short, and the quote keeps its mark', async () => {
  const page = await example();
  const out = await page.evaluate(async () => {
    const { renderArticle } = await import('./render.js');
    const text = 'He said “we will win on Monday, and then rest” today.';
    const span = (s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const q = span('we will win on Monday, and then rest');
    const analysis = {
      article: { title: null, asides: [] }, paragraphs: [{ start: 0, end: text.length }],
      sentences: [{ start: 0, end: text.length }], mentions: [], entities: [],
      quotes: [{ id: 'q1', ...q, text: text.slice(q.start, q.end), direct: true, cue: null, speaker: null }],
      times: [{ id: 't1', ...span('Monday'), text: 'Monday', kind: 'date', value: '2024-03-04', precision: 'day' }],
      timeline: [{ value: '2024-03-04', time: 't1', sentence: span('He said “we will win on Monday,'), entities: [], quotes: [] }],
    };
    const div = document.createElement('div');
    renderArticle(div, text, analysis);
    return {
      text: div.textContent,
      quote: div.querySelector('mark[data-quote="q1"]')?.textContent,
      time: div.querySelector('mark[data-time="t1"]')?.textContent,
      clause: div.querySelector('.sl-sentence')?.textContent,
    };
  });
  assert.deepEqual(out, {
    text: 'He said “we will win on Monday, and then rest” today.',
    quote: 'we will win on Monday, and then rest',
    time: 'Monday',
    clause: 'He said “',
  });
});

test('the page works under a strict Content-Security-Policy, worker included', async () => {
  const strict = await start({
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:" },
  });
  try {
    const page = await open(strict);
    let long = '';
    while (long.length < 30_000) long += `${TRAM.slice(3).join('\n\n')}\n\n`; // over the worker threshold
    await paste(page, { text: long });
    const { timings } = await last(page);
    assert.equal(timings.where, 'worker');
    assert.ok(await page.$$eval('#article mark[data-kind="quote"]', (ms) => ms.length) > 10);
    assert.deepEqual(page.problems, []);
  } finally {
    await strict.close();
  }
});

test('where workers are refused, long texts are analysed on the main thread', async () => {
  const page = await env.page();
  await page.addInitScript(() => { window.Worker = function Worker() { throw new Error('no workers here'); }; });
  await page.goto(`${env.base}/`);
  await page.waitForFunction(() => window.storylensPage?.runs > 0);
  let long = '';
  while (long.length < 30_000) long += `${TRAM.slice(3).join('\n\n')}\n\n`;
  await paste(page, { text: long });
  assert.equal((await last(page)).timings.where, 'main thread');
  assert.equal(await page.textContent('#error'), '');
  assert.ok(await page.$$eval('#article mark[data-kind="quote"]', (ms) => ms.length) > 10);
  await page.close();
});

test('a long timeline shows its first 200 events and a button for the rest', async () => {
  const page = await example();
  const out = await page.evaluate(async () => {
    const { drawTimeline } = await import('./timeline.js');
    const box = document.createElement('section');
    box.innerHTML = '<div class="axis"></div><ol></ol><span></span><span></span>';
    document.body.append(box);
    const [axis, list, count, anchor] = [box.children[0], box.children[1], box.children[2], box.children[3]];
    const text = 'It rained. '.repeat(250);
    const timeline = Array.from({ length: 250 }, (_, i) => ({
      value: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, time: `t${i}`,
      sentence: { start: i * 11, end: i * 11 + 10 }, entities: [], quotes: [],
    }));
    drawTimeline({ list, axis, count, anchor }, text, { article: { published: null }, timeline });
    const before = [list.children.length, box.querySelector('.show-all')?.textContent, count.textContent];
    box.querySelector('.show-all').click();
    const after = [list.children.length, box.querySelector('.show-all'), document.activeElement.closest('li')?.dataset.event];
    box.remove();
    return { before, after };
  });
  assert.deepEqual(out, { before: [200, 'Show all 250 events', '(250)'], after: [250, null, '200'] });
});

test('an article with no dated events leaves no axis behind, even after a resize', async () => {
  const page = await pastePage();
  await paste(page, { text: TRAM.join('\n\n') });
  assert.equal(await page.$$eval('#timeline-axis circle', (cs) => cs.length) > 0, true);
  await paste(page, { text: 'Ana Lopez said the bridge was safe.\n\n“It is fine,” Lopez said.' });
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width - 120, height: size.height });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await page.$$eval('#timeline-axis circle', (cs) => cs.length), 0);
  assert.equal(await page.$eval('#timeline-axis', (a) => a.hidden), true);
  await page.setViewportSize(size);
});

test('dates that cannot be placed for want of a year are counted, with how to place them', async () => {
  const page = await pastePage();
  await page.fill('#published', ''); // an earlier test may have left one
  await paste(page, { text: 'LONDON, March 3 - Ana Lopez said on Wednesday the bridge would open on May 30 for three weeks.' });
  assert.equal(await page.textContent('#timeline-anchor'),
    '3 dates could not be placed: the article gives no year. Set its publication date above to place them.');
  await page.fill('#published', '2025-03-03');
  await page.dispatchEvent('#published', 'change');
  await page.waitForFunction(() => window.storylensPage.last.analysis.article.published === '2025-03-03');
  assert.match(await page.textContent('#timeline-anchor'), /^Dates are read against the publication date/);
  assert.ok(await page.$$eval('#timeline-list li', (ls) => ls.length) >= 2);
  await page.fill('#published', '');
});

test('typing re-analyses by itself once the typist pauses', async () => {
  const page = await pastePage();
  await paste(page, { text: 'The mayor spoke on Monday.' });
  const runs = await page.evaluate(() => window.storylensPage.runs);
  await page.focus('#text');
  await page.keyboard.press('End');
  await page.keyboard.type(' “We will build it,” said Ana Lopez.', { delay: 5 });
  await page.waitForFunction(() => window.storylensPage.last.text.endsWith('Lopez.'));
  // debounced: not one analysis per key (one in all, unless this busy machine stalls the typing)
  assert.ok(await page.evaluate(() => window.storylensPage.runs) - runs < 10);
  assert.equal(await page.$eval('mark[data-kind="quote"]', (m) => m.textContent), 'We will build it,');
});

test('timeline labels read parts of days, quarters, seasons and decades as words', async () => {
  const page = await example();
  const labels = await page.evaluate(async () => {
    const { parseValue } = await import('./timeline.js');
    return ['2025-02-10TEV', '2025-Q3', '2025-SU', '2025-H1', '199'].map((v) => parseValue(v)?.label ?? null);
  });
  assert.deepEqual(labels, ['Mon 10 Feb 2025, evening', 'Q3 2025', 'Summer 2025', 'First half of 2025', '1990s']);
  await page.close();
});
