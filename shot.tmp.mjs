// temporary: screenshot of the page with an article pasted (not committed)
import { readFileSync } from 'node:fs';
import { start } from './tests/e2e/browser.mjs';
import { open, paste } from './tests/e2e/page-helpers.mjs';
const env = await start();
try {
  const page = await open(env, { viewport: { width: 1400, height: 1800 } });
  const file = process.argv[2];
  if (file) await paste(page, { text: readFileSync(file, 'utf8') });
  await page.waitForTimeout(500);
  await page.screenshot({ path: process.argv[3] ?? '/work/s28/shot.png', fullPage: false });
  console.log('problems', page.problems);
} finally { await env.close(); }
