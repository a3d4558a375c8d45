// Accessibility: an axe-core scan of the page in its states (light and dark, desktop and phone,
// a person's card open, a quote selected) finds no serious or critical violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start } from './browser.mjs';
import { open } from './page-helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function scan(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('no serious or critical axe violation: light and dark, desktop and phone, card open', async () => {
  const page = await open(env);
  await page.addScriptTag({ content: AXE });
  for (const [scheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await scan(page), [], `${scheme}, ${width} px`);
    if (width === 360) {
      // a person's card open, a quote selected
      await page.$eval('mark[data-kind="quote"][data-color]', (m) => m.click());
      await page.click('#sources-list button.source-name');
      await page.waitForSelector('#card:not([hidden])');
      assert.deepEqual(await scan(page), [], `${scheme}, ${width} px, card open`);
      await page.keyboard.press('Escape');
    }
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('forced colours keep every kind of highlight distinguishable', async () => {
  const page = await open(env, { forcedColors: 'active' });
  const styles = await page.$$eval('#legend .sample', (ss) => ss.map((s) => {
    const c = getComputedStyle(s);
    return `${c.textDecorationLine} ${c.textDecorationStyle} ${c.textDecorationThickness} ${c.textUnderlineOffset} ${c.borderTopStyle}`;
  }));
  assert.equal(new Set(styles).size, styles.length, styles.join(' | '));
  assert.deepEqual(await scan(page), []);
  await page.close();
});
