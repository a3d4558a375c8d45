// Two builds of the wasm package side by side in one Node process, for a noisy shared machine:
// the calls alternate article by article (the order flipping each time), and each article counts
// its fastest call of all rounds, so load that comes and goes hits both builds alike.
//
//   node tools/bench-ab.mjs PKG_A PKG_B [rounds=30]     (each PKG a www/pkg-like directory)
//
// Prints each build's MB/s (the fastest calls summed, as tools/bench.mjs's per-article figure)
// and B's speed relative to A. Asserts nothing.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articles } from './articles.mjs';
import { unpack } from '../www/unpack.js';

const [dirA, dirB, roundsArg = '30'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node tools/bench-ab.mjs PKG_A PKG_B [rounds]');
  process.exit(2);
}

/** `analyze` of the package in `dir`: its own glue module instance (the URL query keeps two). */
async function load(dir, tag) {
  const glue = await import(`${pathToFileURL(join(resolve(dir), 'storylens.js')).href}?${tag}`);
  glue.initSync({ module: readFileSync(join(resolve(dir), 'storylens_bg.wasm')) });
  return (text) => unpack(text, glue.analyzePacked(text, { offsets: 'utf16' }));
}

const builds = [await load(dirA, 'a'), await load(dirB, 'b')];
const texts = articles({ count: 60 }).map((t) => t.toWellFormed());
const kb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e3;
const fastest = builds.map(() => texts.map(() => Infinity));
for (let r = 0; r < Number(roundsArg); r++) {
  texts.forEach((text, i) => {
    for (const b of (r + i) % 2 ? [0, 1] : [1, 0]) {
      const t0 = performance.now();
      builds[b](text);
      fastest[b][i] = Math.min(fastest[b][i], performance.now() - t0);
    }
  });
}
const [msA, msB] = fastest.map((ms) => ms.reduce((s, x) => s + x, 0));
console.log(
  `A ${dirA}: ${(kb / msA).toFixed(2)} MB/s   B ${dirB}: ${(kb / msB).toFixed(2)} MB/s   ` +
    `B is ${(msA / msB).toFixed(3)}× as fast as A`,
);
