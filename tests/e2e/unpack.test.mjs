// The hand-over (wasm `analyzePacked` + www/unpack.js, what `analyze()` of www/storylens.js, the
// page, the worker, the npm package and the single-file build use) gives exactly the core's
// `render` as JSON, which the CLI prints: same fields, same order, same values, for every
// offset unit, on generated articles, the example article and awkward texts. Node only; the
// CLI is the debug build `make test-e2e` makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { articles } from '../../tools/articles.mjs';
import { unpack } from '../../www/unpack.js';

const glue = await import('../../www/pkg/storylens.js');
glue.initSync({ module: readFileSync(new URL('../../www/pkg/storylens_bg.wasm', import.meta.url)) });
const CLI = new URL('../../target/debug/storylens', import.meta.url).pathname;

const TEXTS = [
  ...articles({ count: 12, seed: 7 }),
  readFileSync(new URL('../../www/examples/china-us-military-talks.txt', import.meta.url), 'utf8'),
  '',
  '   \n\n  ',
  '😀 “We will be ready,” Li Na said on Monday. 🚧 Mayor Ana Lopez said the bridge opens in May.',
  'Lone \uD800 surrogate: “Yes,” said Dr. Omar Haddad \uDC00 on Friday.',
  'CRLF\r\nlines: “Quote one,” said Bob Stone.\r\n\r\n“Quote two,” he added on 3 March 2021.',
  'Control \u0000\u0007 chars, zero\u200Bwidth, RTL שלום עולם and 中文 “引用” said 王伟.',
  '<script>alert(1)</script> “<b>bold</b>,” said Ann Lee of the United Nations in Paris.',
];

/** The CLI's analyses of `texts` (one `--jsonl` run), with `options` (offsets default utf16). */
function cli(texts, { offsets = 'utf16', published } = {}) {
  const args = ['analyze', '--jsonl', '-', '--offsets', offsets];
  if (published) args.push('--published', published);
  // (The core sees well-formed text: a lone surrogate is U+FFFD on the way into Rust.)
  const input = texts.map((text, i) => JSON.stringify({ id: String(i), text: text.toWellFormed() })).join('\n');
  const out = execFileSync(CLI, args, { input, maxBuffer: 1 << 28 }).toString().trim().split('\n');
  return out.map((line) => {
    const { id: _, ...analysis } = JSON.parse(line);
    return analysis;
  });
}

test('unpack(analyzePacked) is the core’s render, as the CLI prints it, for every unit and text', () => {
  for (const options of [undefined, { offsets: 'chars' }, { offsets: 'bytes' }, { offsets: 'utf16', published: '2017-11-30T21:34' }, { offsets: 'chars', published: '2017-11-30T21:34' }]) {
    const want = cli(TEXTS, options);
    TEXTS.forEach((text, i) => {
      const got = unpack(text, glue.analyzePacked(text, options));
      assert.equal(JSON.stringify(got), JSON.stringify(want[i]), `${JSON.stringify(options)} on ${JSON.stringify(text.slice(0, 50))}`);
    });
  }
});

test('bad options are Errors with a clear message', () => {
  for (const options of [{ offsets: 'words' }, { published: 'yesterday' }, { colour: 'red' }, 'chars']) {
    assert.throws(() => glue.analyzePacked('text', options), (e) => e instanceof Error && /^storylens: \S/.test(e.message), JSON.stringify(options));
  }
});
