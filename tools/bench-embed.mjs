// Prints how long in-place highlighting takes in headless Chromium for made-up blog posts of
// growing size (paragraphs with links, emphasis, quotes, names and dates): the wasm load, the
// whole highlight() call, and the core's analyze() of the same text alone. Run after `make dist`:
//   node tools/bench-embed.mjs [paragraphs...]   (default 20 200 1000)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { start } from '../tests/e2e/browser.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const env = await start({ root: 'www' });

// Time from navigation to the example post highlighted: ES module (fetches the .wasm) and the
// single file from file:// (inflates the inlined wasm).
const dir = mkdtempSync(join(tmpdir(), 'storylens-bench-'));
const html = readFileSync('www/blog-example.html', 'utf8')
  .replace('<script type="module" src="embed.js"></script>', '<script src="storylens.js"></script>');
writeFileSync(join(dir, 'index.html'), html);
for (const f of ['www/embed-example.css', 'www/embed-example.js', 'dist/storylens.js']) cpSync(f, join(dir, basename(f)));
for (const [name, url] of [['ES module', `${env.base}/blog-example.html`], ['single file', pathToFileURL(join(dir, 'index.html')).href]]) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const p = await env.page();
    await p.addInitScript(() => document.addEventListener('storylens:highlighted', (e) => {
      if (e.target.id === 'post') window.doneAt = performance.now();
    }));
    await p.goto(url);
    await p.waitForFunction(() => window.doneAt);
    times.push(await p.evaluate(() => window.doneAt));
    await p.close();
  }
  console.log(`${name}: example post highlighted ${Math.min(...times).toFixed(0)} ms after navigation (best of 3)`);
}
rmSync(dir, { recursive: true, force: true });

const page = await env.page();
await page.goto(`${env.base}/blog-example.html`);
await page.waitForSelector('#post[data-storylens-state="done"]');
for (const n of sizes.length ? sizes : [20, 200, 1000]) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await page.evaluate(async (count) => {
    const names = ['Ana Lopez', 'Tom Okafor', 'Maria Chen', 'Priya Nair', 'Jon Berg'];
    const days = ['Monday', 'Tuesday', 'Friday', 'March 3', 'last year'];
    const post = document.createElement('article');
    for (let i = 0; i < count; i++) {
      const p = document.createElement('p');
      const a = document.createElement('a');
      a.href = `#p${i}`;
      a.textContent = 'the harbour council';
      const em = document.createElement('em');
      em.textContent = 'much';
      p.append(`“We are ${i % 2 ? 'nearly' : 'not yet'} there,” said ${names[i % 5]} on ${days[i % 5]}. It was `,
        em, ' harder than ', a, ` expected, ${names[(i + 2) % 5]} told reporters in Portvale.`);
      post.append(p);
    }
    document.body.append(post);
    const words = post.textContent.split(/\s+/).length;
    const t0 = performance.now();
    const entry = await window.storylens.highlight(post);
    const total = performance.now() - t0;
    const t1 = performance.now();
    await window.storylens.analyze(entry.text, { offsets: 'utf16' });
    const core = performance.now() - t1;
    post.remove();
    return { words, total, core, marks: entry.marks };
  }, n));
  const r = runs.reduce((a, b) => (b.total < a.total ? b : a));
  console.log(`${n} paragraphs, ${r.words} words: highlight() ${r.total.toFixed(0)} ms best of 3 (core ${r.core.toFixed(0)} ms), ${r.marks} marks`);
}
if (page.problems.length) console.log('console errors:', page.problems);
await env.close();
