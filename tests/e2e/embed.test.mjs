// Embedding on a blog: the example blog page (header, nav, a host stylesheet that styles mark, p,
// a, em, li and time; links, emphasis, a heading, a figure inside the post) highlighted in place
// by the ES module (www/embed.js) and by the single-file build (dist/storylens.js, `make dist`),
// from http:// with and without a strict Content-Security-Policy, and from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { start } from './browser.mjs';
import { serve } from '../../tools/serve.mjs';

// Strict: nothing inline, no eval; only what wasm needs ('wasm-unsafe-eval').
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; "
  + "require-trusted-types-for 'script'; trusted-types 'none'";
const PAGE = readFileSync('www/blog-example.html', 'utf8');
const MODULE_TAG = '<script type="module" src="embed.js"></script>';

let env; // www over http with the CSP header, and the browser
let plain; // www over http without a CSP
let single; // a host with the single-file build and no .wasm anywhere, with the CSP header
let dir;

before(async () => {
  assert.ok(PAGE.includes(MODULE_TAG), 'the example page loads embed.js');
  dir = mkdtempSync(join(tmpdir(), 'storylens-blog-'));
  writeFileSync(join(dir, 'index.html'), PAGE.replace(MODULE_TAG, '<script src="storylens.js"></script>'));
  for (const f of ['embed-example.css', 'embed-example.js']) cpSync(join('www', f), join(dir, f));
  cpSync('dist/storylens.js', join(dir, 'storylens.js'));
  env = await start({ headers: { 'content-security-policy': CSP } });
  plain = await serve({ root: 'www', port: 0 });
  single = await serve({ root: dir, port: 0, headers: { 'content-security-policy': CSP } });
});

after(async () => {
  await env?.close();
  for (const s of [plain, single]) if (s) await new Promise((ok) => s.close(ok));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const base = (server) => `http://127.0.0.1:${server.address().port}`;

// Host rules the blog's stylesheet sets; storylens must leave every one of them as it was.
const HOST_STYLES = [
  ['body', ['background-color', 'color', 'font-family', 'font-size', 'line-height']],
  ['.notice mark', ['background-color', 'color', 'padding-left', 'font-weight', 'border-top-left-radius']],
  ['#post h1', ['font-family', 'font-size', 'color', 'margin-bottom']],
  ['#post p:nth-of-type(2)', ['color', 'margin-bottom', 'font-size', 'letter-spacing', 'line-height']],
  ['#post a[href$="lopez"]', ['color', 'text-decoration-line', 'display']],
  ['#post em', ['color', 'font-style']],
  ['.site li', ['color']],
  ['.site nav a', ['color', 'text-decoration-line']],
  ['#post .meta time', ['color']],
];

function readHostStyles(rules) {
  return rules.map(([sel, props]) => {
    const el = document.querySelector(sel);
    if (!el) return [sel, null];
    const cs = getComputedStyle(el);
    return [sel, props.map((p) => `${p}: ${cs.getPropertyValue(p)}`)];
  });
}

/** The post as written (read from the page loaded with JavaScript off). */
function readPost() {
  const post = document.getElementById('post');
  return {
    text: post.textContent,
    html: post.innerHTML,
    links: [...post.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
  };
}

/** What a reader of the blog should see; the page must be loaded by `url`. */
async function checkBlog(url) {
  const baseline = await env.browser.newPage({ javaScriptEnabled: false });
  await baseline.goto(url);
  const hostBefore = await baseline.evaluate(readHostStyles, HOST_STYLES);
  const want = await baseline.evaluate(readPost);
  await baseline.close();

  const page = await env.page();
  await page.addInitScript(() => document.addEventListener('storylens:highlighted', (e) => {
    if (e.target.id === 'post') window.timelineLength = e.detail.analysis.timeline.length;
  }));
  await page.goto(url);
  await page.waitForSelector('#post[data-storylens-state="done"]');
  await page.waitForSelector('#late-post mark.storylens-mark');
  const got = await page.evaluate(() => {
    const post = document.getElementById('post');
    const marks = [...post.querySelectorAll('mark.storylens-mark')];
    const idsOutside = new Set(marks.filter((m) => !m.closest('em')).map((m) => m.dataset.storylensId));
    const lopez = post.querySelector('a[href$="lopez"]');
    return {
      text: post.textContent,
      links: [...post.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
      marks: marks.length,
      kinds: [...new Set(marks.map((m) => m.dataset.storylensKind))].sort(),
      // a quote running across <em>: one piece inside the emphasis, others outside, one id
      splitQuote: marks.some((m) => m.closest('em') && m.dataset.storylensKind === 'quote'
        && idsOutside.has(m.dataset.storylensId)),
      personInLink: [...lopez.querySelectorAll('mark.storylens-person')].map((m) => m.textContent),
      linkParent: lopez.parentElement.localName,
      emParent: post.querySelector('em').parentElement.localName,
      imgKept: post.querySelector('figure img')?.getAttribute('alt'),
      headingKept: post.querySelector('h2')?.textContent,
      ourMark: (() => {
        const cs = getComputedStyle(marks[0]);
        return { bg: cs.backgroundColor, padding: cs.paddingLeft, weight: cs.fontWeight,
          parentWeight: getComputedStyle(marks[0].parentElement).fontWeight };
      })(),
      late: [...document.querySelectorAll('#late-post mark.storylens-mark')].map((m) => m.dataset.storylensKind),
    };
  });
  assert.equal(got.text, want.text, 'the post\'s text is unchanged');
  assert.deepEqual(got.links, want.links, 'every link keeps its href and text');
  assert.ok(got.marks >= 8, `marks inside the post (${got.marks})`);
  for (const kind of ['quote', 'person', 'time']) assert.ok(got.kinds.includes(kind), `${kind} marks`);
  assert.ok(got.splitQuote, 'a quote is marked across the <em> inside it');
  assert.deepEqual(got.personInLink, ['Ana Lopez'], 'the name inside the link is marked inside the link');
  assert.equal(got.linkParent, 'p', 'links stay where they were');
  assert.equal(got.emParent, 'p', 'emphasis stays where it was');
  assert.equal(got.imgKept, 'A drawing of the bridge\'s arches');
  assert.equal(got.headingKept, 'Shops count the cost');
  assert.notEqual(got.ourMark.bg, 'rgb(255, 241, 118)', 'the host\'s mark background does not reach our marks');
  assert.equal(got.ourMark.padding, '0px');
  assert.equal(got.ourMark.weight, got.ourMark.parentWeight, 'the host\'s bold marks do not reach ours');
  assert.ok(got.late.includes('quote'), 'the late post is highlighted through the JS API');
  assert.ok(!got.late.includes('place'), 'the late post gets only the layers asked for');

  const hostAfter = await page.evaluate(readHostStyles, HOST_STYLES);
  assert.deepEqual(hostAfter, hostBefore, 'the host page\'s styles are unchanged');

  await page.waitForFunction(() => document.querySelector('storylens-timeline')?.dataset.ready === 'true');
  const widgets = await page.evaluate(() => {
    const tl = document.querySelector('storylens-timeline').shadowRoot;
    const src = document.querySelector('storylens-sources').shadowRoot;
    return {
      times: [...tl.querySelectorAll('li time')].map((t) => t.getAttribute('datetime')),
      sentences: [...tl.querySelectorAll('li .sentence')].map((s) => s.textContent),
      timeColor: getComputedStyle(tl.querySelector('li time')).color,
      svgHidden: tl.querySelector('svg')?.getAttribute('aria-hidden'),
      sources: [...src.querySelectorAll('li .name')].map((n) => n.textContent),
      leaked: document.querySelectorAll('.box, .sentence').length,
      events: window.timelineLength,
      postText: document.getElementById('post').textContent.replace(/\s+/g, ' '),
    };
  });
  assert.ok(widgets.times.length > 0 && widgets.times.length === widgets.events, `the timeline shows the events (${widgets.times})`);
  assert.ok(widgets.sentences.every((s) => s && widgets.postText.includes(s)), 'each event is a sentence of the post');
  assert.notEqual(widgets.timeColor, 'rgb(102, 102, 102)', 'the host\'s time rule does not reach the widget');
  assert.equal(widgets.svgHidden, 'true');
  assert.ok(widgets.sources.some((n) => n.includes('Ana Lopez')), `sources: ${widgets.sources}`);
  assert.equal(widgets.leaked, 0, 'widget markup stays in its shadow root');

  // A click on an event scrolls to its sentence and flashes it.
  await page.evaluate(() => document.querySelector('storylens-timeline').shadowRoot.querySelector('li button').click());
  assert.ok(await page.evaluate(() => !globalThis.CSS?.highlights || CSS.highlights.has('storylens-focus')));

  assert.deepEqual(page.problems, [], 'no console errors');
  return { page, want };
}

test('the ES module highlights a blog post in place', async () => {
  const { page } = await checkBlog(`${base(plain)}/blog-example.html`);
  await page.close();
});

test('the ES module works under a strict Content-Security-Policy', async () => {
  const { page, want } = await checkBlog(`${env.base}/blog-example.html`);
  // unhighlight() gives the post back exactly as it was written
  const html = await page.evaluate(() => {
    const post = document.getElementById('post');
    window.storylens.unhighlight(post);
    return post.innerHTML;
  });
  assert.equal(html, want.html);
  assert.match(await page.evaluate(() => window.storylens.version()), /^\d+\.\d+\.\d+/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the single file works from file://', async () => {
  const { page } = await checkBlog(pathToFileURL(resolve(dir, 'index.html')).href);
  await page.close();
});

test('the single file works on a host with no .wasm, under a strict CSP', async () => {
  const { page } = await checkBlog(`${base(single)}/index.html`);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  await page.waitForSelector('#post[data-storylens-state="done"]');
  assert.ok(!requests.some((u) => u.endsWith('.wasm')), 'nothing fetches a .wasm');
  assert.match(await page.evaluate(() => window.storylens.version()), /^\d+\.\d+\.\d+/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('highlight() options: layers, colours, re-highlighting and late elements', async () => {
  const page = await env.page();
  await page.goto(`${env.base}/blog-example.html`);
  await page.waitForSelector('#post[data-storylens-state="done"]');
  const result = await page.evaluate(async () => {
    const post = document.getElementById('post');
    const before = post.textContent;
    await window.storylens.highlight(post, { layers: ['person'], colors: { person: 'rgb(0, 128, 0)' } });
    const kinds = new Set([...post.querySelectorAll('mark.storylens-mark')].map((m) => m.dataset.storylensKind));
    const shadow = getComputedStyle(post.querySelector('mark.storylens-person')).boxShadow;
    // a post added later with the attribute is found by itself, with attribute options
    const late = document.createElement('div');
    late.setAttribute('data-storylens', '');
    late.setAttribute('data-storylens-layers', 'dates');
    const p = document.createElement('p');
    p.textContent = 'The hearing was moved to Friday, officials said on Monday.';
    const date = document.createElement('time');
    date.setAttribute('itemprop', 'datePublished');
    date.dateTime = '2024-03-05T09:30:00+01:00';
    date.textContent = '5 March';
    late.append(date, p);
    document.body.append(late);
    await new Promise((ok) => late.addEventListener('storylens:highlighted', ok, { once: true }));
    return {
      kinds: [...kinds], shadow, same: post.textContent === before,
      late: [...late.querySelectorAll('mark')].map((m) => `${m.dataset.storylensKind}:${m.textContent}`),
      monday: late.querySelector('p mark[data-storylens-value]:last-child')?.dataset.storylensValue,
    };
  });
  assert.deepEqual(result.kinds, ['person']);
  assert.match(result.shadow, /rgb\(0, 128, 0\)/);
  assert.ok(result.same);
  assert.ok(result.late.includes('time:Friday'), String(result.late));
  assert.ok(result.late.every((m) => m.startsWith('time:')));
  assert.equal(result.monday, '2024-03-04', 'dates resolve against the post\'s datePublished');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('without \'wasm-unsafe-eval\' the CSP stops the core, and the console says why', async () => {
  const strict = await serve({
    root: 'www', port: 0, headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; img-src data:" },
  });
  const page = await env.page();
  await page.goto(`${base(strict)}/blog-example.html`);
  for (let i = 0; i < 100 && !page.problems.some((p) => p.startsWith('storylens:')); i++) await page.waitForTimeout(50);
  assert.ok(page.problems.some((p) => /WebAssembly|wasm-unsafe-eval|unsafe-eval/.test(p)), String(page.problems));
  assert.equal(await page.$$eval('#post mark', (m) => m.length), 0);
  await page.close();
  await new Promise((ok) => strict.close(ok));
});

test('offsets map onto text nodes: every mark\'s pieces spell its span, across elements and emoji', async () => {
  const page = await env.page();
  await page.goto(`${base(plain)}/blog-example.html`);
  await page.waitForSelector('#post[data-storylens-state="done"]');
  const result = await page.evaluate(async () => {
    const box = document.createElement('div');
    box.innerHTML = '<h3>Storm 🌀 closes port</h3>'
      + '<p>🚧 “We will <a href="#x">reopen <i>soon</i></a>,” said Mayor <b>Ana</b> Lopez on Monday.</p>'
      + '<p>Run <code>said “x”</code> to check.<br>Officials said the port would reopen on Friday.</p>';
    document.body.append(box);
    const before = { text: box.textContent, html: box.innerHTML };
    const spell = async (el) => {
      const { analysis } = await window.storylens.highlight(el, { published: '2024-03-05' });
      const bad = [];
      let checked = 0;
      for (const item of [...analysis.quotes, ...analysis.mentions, ...analysis.times]) {
        const pieces = [...el.querySelectorAll('mark.storylens-mark')].filter((m) => m.dataset.storylensId === item.id);
        if (!pieces.length) continue;
        checked++;
        // text nodes may hold line breaks where the analysed text has spaces
        const text = pieces.map((m) => m.textContent).join('').replace(/[\n\r\t]/g, ' ');
        if (text !== item.text) bad.push(`${item.id}: ${JSON.stringify(text)} ≠ ${JSON.stringify(item.text)}`);
      }
      return { bad, checked };
    };
    const post = await spell(document.getElementById('post'));
    const small = await spell(box);
    const pieces = (id) => [...box.querySelectorAll('mark')].filter((m) => m.dataset.storylensId === id)
      .map((m) => `${m.parentElement.localName}:${m.textContent}`);
    const ana = box.querySelector('b mark.storylens-person');
    const quote = box.querySelector('i mark.storylens-quote');
    const after = {
      text: box.textContent, code: box.querySelector('code').innerHTML,
      ana: ana && pieces(ana.dataset.storylensId), quote: quote && pieces(quote.dataset.storylensId),
    };
    window.storylens.unhighlight(box);
    return { post, small, before, after, restored: box.innerHTML };
  });
  assert.deepEqual(result.post.bad, []);
  assert.ok(result.post.checked >= 8);
  assert.deepEqual(result.small.bad, []);
  assert.deepEqual(result.after.ana, ['b:Ana', 'p: Lopez'], 'a name across <b> is one mark in two pieces');
  assert.deepEqual(result.after.quote, ['p:We will ', 'a:reopen ', 'i:soon', 'p:,'], 'a quote across a link and <i>');
  assert.equal(result.after.text, result.before.text);
  assert.equal(result.after.code, 'said “x”', 'code is left alone');
  assert.equal(result.restored, result.before.html, 'unhighlight() restores the markup');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the highlighted blog and its widgets pass an axe-core scan (no serious or critical violation)', async () => {
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const page = await env.page();
  await page.goto(`${base(plain)}/blog-example.html`);
  await page.waitForSelector('#late-post mark.storylens-mark');
  await page.waitForFunction(() => document.querySelector('storylens-sources')?.dataset.ready === 'true');
  await page.addScriptTag({ content: axe });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(page.problems, []);
  await page.close();
});
