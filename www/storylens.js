// Loads the storylens core (WebAssembly) once and exposes `analyze(text, options)`.
// The core returns the analysis format with UTF-16 offsets, so `text.slice(start, end)` is right
// for the text that was analysed: `prepare()` makes that text well-formed first (lone
// surrogates become U+FFFD, as they would on the way into Rust), and callers render from it.
import init, { analyzePacked, version as versionCore } from './pkg/storylens.js';
import { unpack } from './unpack.js';

let ready = null;

/** Loads the wasm module (once); `wasm` may be a URL, a Response, bytes or a Module. */
export function load(wasm) {
  ready ??= init(wasm ? { module_or_path: wasm } : undefined);
  return ready;
}

/** The text as the core sees it: well-formed UTF-16. */
export function prepare(text) {
  return typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
}

/** Analyses `text` (already `prepare`d); throws an Error with a clear message on bad input. */
export async function analyze(text, options = {}) {
  await load();
  return unpack(text, analyzePacked(text, options));
}

/** The core's version (the crate version), once loaded. */
export async function version() {
  await load();
  return versionCore();
}
