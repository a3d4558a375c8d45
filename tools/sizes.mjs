// Prints the raw and gzipped sizes of the files named on the command line. With
// `--max-gzip KB`, exits 1 when any `.wasm` file among them is larger than KB gzipped (the size
// budget that `make test` checks); `--sections` also lists where a wasm file's bytes go.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
let maxGzip = null;
let sections = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--max-gzip') maxGzip = Number(args[++i]);
  else if (args[i] === '--sections') sections = true;
  else files.push(args[i]);
}
if (maxGzip !== null && !(maxGzip > 0)) {
  console.error('sizes: --max-gzip needs a size in KB');
  process.exit(2);
}

const kb = (n) => (n / 1024).toFixed(1);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
let over = false;
for (const file of files) {
  const bytes = readFileSync(file);
  const gz = gzip(bytes);
  let note = '';
  if (maxGzip !== null && file.endsWith('.wasm')) {
    const ok = gz <= maxGzip * 1024;
    over ||= !ok;
    note = ok ? ` (budget ${maxGzip} KB: ok)` : ` — OVER THE ${maxGzip} KB BUDGET`;
  }
  console.log(`${file}: ${kb(bytes.length)} KB, ${kb(gz)} KB gzipped${note}`);
  if (sections && file.endsWith('.wasm')) {
    for (const s of wasmSections(bytes)) {
      console.log(`  ${s.name.padEnd(24)} ${kb(s.size).padStart(8)} KB  ${kb(gzip(s.body)).padStart(7)} KB gzipped`);
    }
  }
}
if (over) {
  console.error('sizes: the wasm is over its gzipped size budget; see `node tools/sizes.mjs --sections`');
  process.exit(1);
}

/** The sections of a wasm module: name, size and body. */
function wasmSections(b) {
  const names = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
    'start', 'element', 'code', 'data', 'datacount'];
  const out = [];
  let p = 8;
  const leb = () => {
    let r = 0;
    let shift = 0;
    let x;
    do {
      x = b[p++];
      r += (x & 0x7f) * 2 ** shift;
      shift += 7;
    } while (x & 0x80);
    return r;
  };
  while (p < b.length) {
    const id = b[p++];
    const size = leb();
    const start = p;
    let name = names[id] ?? `section ${id}`;
    if (id === 0) {
      const n = leb();
      name = `custom ${b.subarray(p, p + n).toString()}`;
    }
    out.push({ name, size, body: b.subarray(start, start + size) });
    p = start + size;
  }
  return out;
}
