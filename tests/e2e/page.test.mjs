// The page as a person uses it: open it, read the example, paste another article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the example article opens highlighted', async () => {
  const page = await env.page();
  await page.goto(`${env.base}/`);
  await page.waitForSelector('mark[data-kind="quote"]');
  const zhou = await page.$$eval('mark[data-kind="person"]', (ms) => ms.map((m) => m.textContent));
  assert.ok(zhou.includes('Zhou Chenming'));
  const quotes = await page.$$eval('mark[data-kind="quote"][data-direct="true"]', (ms) => ms.length);
  assert.equal(quotes, 7);
  const speakers = await page.$$eval('#sources-list .source-name', (ns) => ns.map((n) => n.textContent));
  for (const name of ['Zhou Chenming', 'Su Hao', 'Jia Qingguo', 'Adam Ni']) assert.ok(speakers.includes(name), name);
  const times = await page.$$eval('#timeline-list time', (ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.ok(times.includes('2017-11-29'));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a pasted article is analysed, and its HTML never runs', async () => {
  const page = await env.page();
  await page.goto(`${env.base}/`);
  await page.waitForSelector('mark');
  const article = [
    'Mayor Ana Lopez said on Monday that the bridge would reopen in May.',
    '“We are nearly there,” Lopez said. <img src=x onerror="window.hacked=1"> <script>window.hacked=2</script>',
  ].join('\n\n');
  await page.fill('#text', article);
  await page.click('#analyze');
  await page.waitForFunction(() => document.querySelector('#article').textContent.includes('nearly there'));
  const text = await page.$eval('#article', (a) => a.textContent);
  assert.ok(text.includes('<img src=x onerror="window.hacked=1">'), 'the markup shows as text');
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.equal(await page.$$eval('#article img, #article script', (n) => n.length), 0);
  const quote = await page.$eval('mark[data-kind="quote"][data-direct="true"]', (m) => m.textContent);
  assert.equal(quote, 'We are nearly there,');
  assert.deepEqual(page.problems, []);
  await page.close();
});
