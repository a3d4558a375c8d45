// Shared set-up for the browser tests: the static server and headless Chromium.
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the server on a free port and a headless browser; `close()` stops both. */
export async function start({ root = 'www', headers = {} } = {}) {
  const server = await serve({ root, port: 0, headers });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    browser,
    /** A new page that records console errors and uncaught exceptions in `page.problems`. */
    async page(options = {}) {
      const page = await browser.newPage(options);
      page.problems = [];
      page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
      page.on('pageerror', (e) => page.problems.push(e.message));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
