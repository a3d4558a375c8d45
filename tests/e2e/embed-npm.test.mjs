// The npm package built by `make dist` (dist/npm): every file its package.json names exists, and
// the Node entry analyses an article (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NPM = 'dist/npm';
const manifest = JSON.parse(readFileSync(join(NPM, 'package.json'), 'utf8'));

function targets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(targets);
}

test('the package names only files it has', () => {
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.private, undefined);
  const files = [manifest.main, manifest.module, manifest.types, ...targets(manifest.exports)];
  for (const f of files) assert.ok(existsSync(join(NPM, f)), f);
  for (const f of ['pkg/storylens.js', 'pkg/storylens_bg.wasm', 'embed.d.ts', 'LICENSE', 'README.md']) {
    assert.ok(existsSync(join(NPM, f)), f);
  }
  // the embed modules import only files that ship
  for (const f of ['embed.js', 'embed-main.js', 'embed-widgets.js', 'storylens.js']) {
    for (const [, dep] of readFileSync(join(NPM, f), 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      assert.ok(existsSync(join(NPM, dep)), `${f} imports ${dep}`);
    }
  }
});

test('the Node entry analyses an article with UTF-16 offsets', async () => {
  const { analyze, prepare } = await import(`../../${NPM}/${manifest.exports['.'].node}`);
  const text = prepare('“We are nearly there,” said Mayor Ana Lopez on Monday. 🚧 The bridge opens in May.');
  const a = await analyze(text, { published: '2024-03-05' });
  assert.equal(a.schema, 1);
  assert.equal(a.offsets, 'utf16');
  const q = a.quotes.find((x) => x.direct);
  assert.equal(text.slice(q.start, q.end), q.text);
  for (const t of a.times) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(a.times.some((t) => t.text === 'Monday' && t.value === '2024-03-04'));
  assert.ok(a.times.some((t) => t.start > text.indexOf('🚧')), 'a span after the emoji');
  await assert.rejects(analyze(text, { offset: 'chars' }), /unknown option/);
});

test('storylens/embed can be imported where there is no DOM (server-side rendering)', async () => {
  const embed = await import(`../../${NPM}/${manifest.exports['./embed'].default}`);
  assert.equal(typeof embed.highlight, 'function');
  assert.equal(typeof embed.analyze, 'function');
  assert.equal(globalThis.storylens, undefined);
});
