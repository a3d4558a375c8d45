// The package's entry in Node.js: the same analyze() as in browsers, with the wasm read from disk
// (Node's fetch cannot read file: URLs).
import { readFileSync } from 'node:fs';
import { initSync, analyzePacked, version as versionCore } from './pkg/storylens.js';
import { unpack } from './unpack.js';

let ready = null;

/** Loads the wasm core once; `wasm` may be bytes or a compiled WebAssembly.Module. */
export function load(wasm) {
  ready ??= Promise.resolve().then(() => {
    initSync({ module: wasm ?? readFileSync(new URL('./pkg/storylens_bg.wasm', import.meta.url)) });
  });
  return ready;
}

/** The text as the core sees it: well-formed UTF-16. */
export function prepare(text) {
  return typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
}

/** Analyses `text` (already `prepare`d); rejects with an Error on bad input. */
export async function analyze(text, options = {}) {
  await load();
  return unpack(text, analyzePacked(text, options));
}

/** The core's version (the crate version), once loaded. */
export async function version() {
  await load();
  return versionCore();
}
