// Side-by-side bench, in one Node process: storylens's wasm `analyze()` and compromise (npm,
// pinned) doing comparable work — people, places, organisations and quotations — on the same
// generated articles (tools/articles.mjs), rounds interleaved so that a noisy machine slows both
// alike, each starting from a collected heap (the other's garbage is not charged to it). Prints
// MB/s for each (CPU time of this process, and wall time) and the ratio; where storylens's time
// goes (the analysis, packing it, the hand-over, unpacking it in JS); then one big document's time
// and the wasm memory it needed. storylens runs as the page and the npm package call it:
// `unpack(text, analyzePacked(text, options))` (www/storylens.js without the `await`).
//
//   node tools/bench.mjs [--rounds 5] [--count 60] [--big-mb 5] [--pkg www/pkg]
//
// Needs the wasm package (`make build-wasm`). Asserts nothing; `make bench` runs it.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nlp from 'compromise';
import { articles } from './articles.mjs';
import { unpack } from '../www/unpack.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const rounds = Number(arg('--rounds', 5));
const count = Number(arg('--count', 60));
const bigMb = Number(arg('--big-mb', 5));
const pkg = resolve(arg('--pkg', 'www/pkg'));

const glue = await import(pathToFileURL(join(pkg, 'storylens.js')).href);
const wasmExports = glue.initSync({ module: readFileSync(join(pkg, 'storylens_bg.wasm')) });
const memory = wasmExports.memory;

const texts = articles({ count }).map((t) => t.toWellFormed());
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);

const OPTIONS = { offsets: 'utf16' };

function storylens(text) {
  const a = unpack(text, glue.analyzePacked(text, OPTIONS));
  return a.mentions.length + a.quotes.length;
}

function compromise(text) {
  const doc = nlp(text);
  return (
    doc.people().length +
    doc.places().length +
    doc.organizations().length +
    doc.quotations().length
  );
}

/** CPU (user + system) and wall milliseconds of running `f` over every text once. */
function measure(f) {
  gc();
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  let found = 0;
  for (const t of texts) found += f(t);
  const cpu = process.cpuUsage(cpu0);
  return {
    cpu: (cpu.user + cpu.system) / 1000,
    wall: Number(process.hrtime.bigint() - wall0) / 1e6,
    found,
  };
}

const totals = {
  storylens: { cpu: 0, wall: 0, found: 0, best: Infinity },
  compromise: { cpu: 0, wall: 0, found: 0, best: Infinity },
};
const runners = { storylens, compromise };
// Warm up both (JIT, lazily built word lists), then interleave the rounds.
measure(storylens);
measure(compromise);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? ['compromise', 'storylens'] : ['storylens', 'compromise'];
  for (const name of order) {
    const m = measure(runners[name]);
    totals[name].cpu += m.cpu;
    totals[name].wall += m.wall;
    totals[name].found = m.found;
    totals[name].best = Math.min(totals[name].best, m.cpu);
  }
}

const mbps = (ms) => (bytes * rounds) / 1e6 / (ms / 1000);
console.log(
  `side by side, one process: ${texts.length} generated articles (${(bytes / 1e3).toFixed(0)} KB) × ${rounds} rounds`,
);
for (const name of ['storylens', 'compromise']) {
  const t = totals[name];
  console.log(
    `  ${name.padEnd(11)} ${mbps(t.cpu).toFixed(2).padStart(8)} MB/s CPU  ${mbps(t.wall).toFixed(2).padStart(8)} MB/s wall  ` +
      `${(bytes / 1e3 / t.best).toFixed(2).padStart(6)} MB/s best round  (${t.found} people/places/orgs/quotes per round)`,
  );
}
const ratioCpu = totals.compromise.cpu / totals.storylens.cpu;
const ratioWall = totals.compromise.wall / totals.storylens.wall;
console.log(
  `  ratio       storylens is ${ratioCpu.toFixed(1)}× compromise (CPU), ${ratioWall.toFixed(1)}× (wall), ` +
    `${(totals.compromise.best / totals.storylens.best).toFixed(1)}× (best rounds)   target ≥ 20×, wasm ≥ 5 MB/s`,
);

// Where storylens's time goes: per article the fastest of `reps` runs of each step (the least
// disturbed by other jobs), summed. `__stageTimes` times the analysis and the packing inside wasm.
{
  const reps = 5;
  const steps = { analysis: 0, pack: 0, handover: 0, unpack: 0, total: 0, glueAnalyze: 0 };
  for (const text of texts) {
    const best = { analysis: Infinity, pack: Infinity, call: Infinity, unpack: Infinity, glueAnalyze: Infinity };
    for (let r = 0; r < reps; r++) {
      const [analysis, pack] = glue.__stageTimes(text, OPTIONS);
      const t0 = performance.now();
      const packed = glue.analyzePacked(text, OPTIONS);
      const t1 = performance.now();
      unpack(text, packed);
      const t2 = performance.now();
      glue.analyze(text, OPTIONS);
      const t3 = performance.now();
      best.analysis = Math.min(best.analysis, analysis);
      best.pack = Math.min(best.pack, pack);
      best.call = Math.min(best.call, t1 - t0);
      best.unpack = Math.min(best.unpack, t2 - t1);
      best.glueAnalyze = Math.min(best.glueAnalyze, t3 - t2);
    }
    steps.analysis += best.analysis;
    steps.pack += best.pack;
    steps.handover += Math.max(0, best.call - best.analysis - best.pack);
    steps.unpack += best.unpack;
    steps.glueAnalyze += best.glueAnalyze;
  }
  steps.total = steps.analysis + steps.pack + steps.handover + steps.unpack;
  const row = (label, ms) =>
    `    ${label.padEnd(58)} ${ms.toFixed(1).padStart(7)} ms ${((100 * ms) / steps.total).toFixed(0).padStart(4)}%  ${(bytes / 1e3 / ms).toFixed(2).padStart(8)} MB/s`;
  console.log(`  where storylens's time goes (fastest of ${reps} runs per article, summed over the ${texts.length} articles):`);
  console.log(row('the analysis (the core, in wasm)', steps.analysis));
  console.log(row('packing it (offsets to UTF-16, ids, strings; in wasm)', steps.pack));
  console.log(row('hand-over (text into wasm, numbers and strings out)', steps.handover));
  console.log(row('unpacking it into the format’s objects (www/unpack.js)', steps.unpack));
  console.log(row('all: analyze() as the page and the npm package call it', steps.total));
  console.log(row('for comparison: the bare glue’s analyze() (JSON.parse)', steps.glueAnalyze));
}

if (bigMb > 0) {
  let big = '';
  while (Buffer.byteLength(big) < bigMb * 1e6) big += texts[big.length % texts.length] + '\n\n';
  const bigBytes = Buffer.byteLength(big);
  const before = memory.buffer.byteLength;
  gc();
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  let result;
  try {
    result = unpack(big, glue.analyzePacked(big, OPTIONS));
  } catch (e) {
    result = e;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const wallMs = Number(process.hrtime.bigint() - wall0) / 1e6;
  const after = memory.buffer.byteLength;
  if (result instanceof Error) {
    console.log(`big document: ${(bigBytes / 1e6).toFixed(2)} MB: error ${result.message}`);
  } else {
    console.log(
      `big document (wasm): ${(bigBytes / 1e6).toFixed(2)} MB in ${cpuMs.toFixed(0)} ms CPU / ${wallMs.toFixed(0)} ms wall ` +
        `(${(bigBytes / 1e3 / cpuMs).toFixed(2)} MB/s); wasm memory ${(before / 1e6).toFixed(1)} → ${(after / 1e6).toFixed(1)} MB ` +
        `= ${(after / bigBytes).toFixed(1)}× input (peak: wasm memory never shrinks); ` +
        `${result.mentions.length} mentions, ${result.quotes.length} quotes, ${result.times.length} times`,
    );
  }
}
