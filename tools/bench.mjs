// Side-by-side bench, in one Node process: storylens's wasm `analyze()` and compromise (npm,
// pinned) doing comparable work — people, places, organisations and quotations — on the same
// generated articles (tools/articles.mjs). storylens runs as the page and the npm package call it:
// `unpack(text, analyzePacked(text, options))` (www/storylens.js without the `await`).
//
// Each library is measured alone, in a block of its own, under the same conditions:
//   1. its first pass over the articles right after loading (cold: V8 runs wasm in its baseline
//      compiler and JS in its interpreter first, and compiles the hot code to optimised code on
//      background threads while it runs) — printed on its own, never mixed into the steady figures;
//   2. warm-up passes, the same rule for both (at least 3 passes and 1.5 s of CPU);
//   3. a collected heap with V8's background threads idle, so that no library pays for the
//      other's garbage or compilation (which interleaving them did: compromise's garbage was swept
//      during storylens's passes), and one pass more after it;
//   4. `--rounds` measured passes, back to back, as criterion runs its iterations: each library
//      pays for its own garbage in its steady state. (Collecting the heap before every pass, as
//      this bench once did, measured the collector more than the library: a forced full
//      collection shrinks V8's young generation, which the next pass grows again on helper threads
//      — storylens's CPU time per pass was ~25% higher that way, its wall time ~10%, and the
//      slowest article's 2.5×, for the same work; compromise's CPU ~20%.)
// The figures are those of the median pass. CPU is the process's CPU time (all threads: V8's
// garbage collector and compiler helpers included); wall is the time the caller waited, which on a
// machine shared with other jobs includes waiting for a core. Then where storylens's time goes,
// and one big document.
//
//   node tools/bench.mjs [--rounds 5] [--count 60] [--big-mb 5] [--pkg www/pkg]
//
// Needs the wasm package (`make build-wasm`). Asserts nothing; `make bench` runs it.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { setTimeout as sleep } from 'node:timers/promises';
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

const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/** One pass of `f` over every text: CPU and wall milliseconds, each call's wall milliseconds. */
function pass(f) {
  const calls = [];
  let found = 0;
  const cpu0 = cpuNow();
  const wall0 = performance.now();
  for (const t of texts) {
    const t0 = performance.now();
    found += f(t);
    calls.push(performance.now() - t0);
  }
  return { cpu: cpuNow() - cpu0, wall: performance.now() - wall0, calls, found };
}

/** A collected heap, and time for V8's background threads (sweeping, compiling) to finish. */
async function settle() {
  gc();
  await sleep(100);
}

/** Cold pass, warm-up, measured passes of one library, alone. */
async function measure(f) {
  await settle();
  const cold = pass(f);
  let warmCpu = 0;
  for (let n = 0; n < 3 || warmCpu < 1500; n++) warmCpu += pass(f).cpu;
  await settle();
  // (One pass more, not measured: right after the forced collection, V8's helper threads still
  // work on the heap, ~30% more CPU in the first pass and ~10% in the second, whichever library.)
  pass(f);
  const passes = [];
  for (let r = 0; r < rounds; r++) passes.push(pass(f));
  const calls = passes.flatMap((p) => p.calls).sort((a, b) => a - b);
  return {
    cold,
    cpu: median(passes.map((p) => p.cpu)),
    wall: median(passes.map((p) => p.wall)),
    best: Math.min(...passes.map((p) => p.wall)),
    callMedian: calls[(calls.length - 1) >> 1],
    callP95: calls[Math.floor(0.95 * (calls.length - 1))],
    callMax: calls[calls.length - 1],
    found: passes[0].found,
  };
}

const results = { storylens: await measure(storylens), compromise: await measure(compromise) };

const kb = bytes / 1e3;
const rate = (ms) => (kb / ms).toFixed(2).padStart(7);
console.log(
  `side by side, one process: ${texts.length} generated articles (${kb.toFixed(0)} KB); each library alone, ` +
    `after its warm-up, median of ${rounds} passes over all the articles`,
);
console.log(`               MB/s: CPU     wall  best pass   first pass (cold)   per article (wall): median / 95% / slowest`);
for (const [name, r] of Object.entries(results)) {
  console.log(
    `  ${name.padEnd(11)} ${rate(r.cpu)}  ${rate(r.wall)}  ${rate(r.best)}    ${rate(r.cold.cpu)} CPU ${rate(r.cold.wall)} wall` +
      `   ${r.callMedian.toFixed(2)} / ${r.callP95.toFixed(2)} / ${r.callMax.toFixed(2)} ms   (${r.found} people/places/orgs/quotes)`,
  );
}
const s = results.storylens;
const c = results.compromise;
console.log(
  `  ratio       storylens is ${(c.cpu / s.cpu).toFixed(1)}× compromise (CPU), ${(c.wall / s.wall).toFixed(1)}× (wall), ` +
    `${(c.best / s.best).toFixed(1)}× (best passes), ${(c.cold.cpu / s.cold.cpu).toFixed(1)}× (first passes, CPU)   target ≥ 20×, wasm ≥ 5 MB/s`,
);
console.log(
  '  CPU: the process’s CPU time, all threads (V8’s compiler and garbage-collector helpers too); wall: what the caller ' +
    'waited (on a busy machine, waiting for a core too); first pass: right after loading, while V8 compiles the code ' +
    'to optimised code (wasm starts in the baseline compiler).',
);

// Where storylens's time goes: each step timed per article, the fastest of its `rounds` runs (one
// per pass over all the articles, so caches are as cold as in the passes above — not the same
// article over and over — while a run that waited for a core does not count), summed over the
// articles. `__stageTimes` times the analysis
// and the packing inside wasm; the hand-over is the rest of the call (`analyzePacked`).
{
  const runs = texts.map(() => ({ analysis: [], pack: [], call: [], unpack: [] }));
  for (let r = 0; r < rounds; r++) {
    await settle();
    texts.forEach((text, i) => {
      const [analysis, pack] = glue.__stageTimes(text, OPTIONS);
      const t0 = performance.now();
      const packed = glue.analyzePacked(text, OPTIONS);
      const t1 = performance.now();
      unpack(text, packed);
      const t2 = performance.now();
      const run = runs[i];
      run.analysis.push(analysis);
      run.pack.push(pack);
      run.call.push(t1 - t0);
      run.unpack.push(t2 - t1);
    });
  }
  const m = {};
  for (const k of Object.keys(runs[0])) m[k] = runs.reduce((sum, run) => sum + Math.min(...run[k]), 0);
  // The hand-over: the fastest calls less the fastest steps inside them (≥ 0; ~0 means lost in noise).
  m.handover = Math.max(0, m.call - m.analysis - m.pack);
  const total = m.analysis + m.pack + m.handover + m.unpack;
  const row = (label, ms) =>
    `    ${label.padEnd(58)} ${ms.toFixed(1).padStart(7)} ms ${((100 * ms) / total).toFixed(0).padStart(4)}%  ${ms > 0.05 ? (kb / ms).toFixed(2).padStart(8) : '       —'} MB/s`;
  console.log(
    `  where storylens's time goes (wall; per article the fastest of its ${rounds} runs, one per pass, summed over the ${texts.length} articles):`,
  );
  console.log(row('the analysis (the core, in wasm)', m.analysis));
  console.log(row('packing it (offsets to UTF-16, ids, strings; in wasm)', m.pack));
  console.log(row('hand-over (text into wasm, numbers and strings out)', m.handover));
  console.log(row('unpacking it into the format’s objects (www/unpack.js)', m.unpack));
  console.log(row('all: analyze() as the page and the npm package call it', total));
}

if (bigMb > 0) {
  let big = '';
  while (Buffer.byteLength(big) < bigMb * 1e6) big += texts[big.length % texts.length] + '\n\n';
  const bigBytes = Buffer.byteLength(big);
  const before = memory.buffer.byteLength;
  const runs = [];
  let result;
  for (let k = 0; k < 2; k++) {
    await settle();
    const cpu0 = cpuNow();
    const wall0 = performance.now();
    try {
      result = unpack(big, glue.analyzePacked(big, OPTIONS));
    } catch (e) {
      result = e;
    }
    runs.push({ cpu: cpuNow() - cpu0, wall: performance.now() - wall0, memory: memory.buffer.byteLength });
    if (result instanceof Error) break;
  }
  if (result instanceof Error) {
    console.log(`big document: ${(bigBytes / 1e6).toFixed(2)} MB: error ${result.message}`);
  } else {
    const [first, again] = runs;
    const mb = bigBytes / 1e3;
    console.log(
      `big document (wasm): ${(bigBytes / 1e6).toFixed(2)} MB in ${first.cpu.toFixed(0)} ms CPU / ${first.wall.toFixed(0)} ms wall ` +
        `(${(mb / first.cpu).toFixed(2)} MB/s CPU) while wasm memory grows ${(before / 1e6).toFixed(1)} → ${(first.memory / 1e6).toFixed(1)} MB ` +
        `= ${(first.memory / bigBytes).toFixed(1)}× input (peak: wasm memory never shrinks); again, in that memory: ` +
        `${again.cpu.toFixed(0)} ms CPU / ${again.wall.toFixed(0)} ms wall (${(mb / again.cpu).toFixed(2)} MB/s CPU); ` +
        `${result.mentions.length} mentions, ${result.quotes.length} quotes, ${result.times.length} times`,
    );
  }
}
