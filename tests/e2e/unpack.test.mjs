// The fast hand-over (wasm `analyzePacked` + www/unpack.js, what the page, the worker, the npm
// package and the single-file build use) gives exactly the object of the glue's `analyze`, which
// is the core's `render` as JSON (the CLI's output): same fields, same order, same values, for
// every offset unit, on generated articles, the example article and awkward texts. Node only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { articles } from '../../tools/articles.mjs';
import { unpack } from '../../www/unpack.js';

const glue = await import('../../www/pkg/storylens.js');
glue.initSync({ module: readFileSync(new URL('../../www/pkg/storylens_bg.wasm', import.meta.url)) });

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

const sameAsGlue = (text, options) => {
  const want = JSON.stringify(glue.analyze(text, options));
  const got = JSON.stringify(unpack(text, glue.analyzePacked(text, options)));
  assert.equal(got, want, `${JSON.stringify(options)} on ${JSON.stringify(text.slice(0, 50))}`);
};

test('unpack(analyzePacked) is the glue’s analyze() for every unit and text', () => {
  for (const text of TEXTS) {
    for (const offsets of ['utf16', 'chars', 'bytes']) {
      sameAsGlue(text, { offsets });
      sameAsGlue(text, { offsets, published: '2017-11-30T21:34' });
    }
    sameAsGlue(text, undefined);
  }
});

test('bad options are the same Errors on both routes', () => {
  for (const options of [{ offsets: 'words' }, { published: 'yesterday' }, { colour: 'red' }, 'chars']) {
    let want;
    try {
      glue.analyze('text', options);
    } catch (e) {
      want = e;
    }
    assert.ok(want instanceof Error, JSON.stringify(options));
    assert.match(want.message, /^storylens: /);
    assert.throws(() => glue.analyzePacked('text', options), (e) => e instanceof Error && e.message === want.message);
  }
});
