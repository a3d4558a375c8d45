// The single-file build's entry (not loaded on its own): tools/dist.mjs puts it after the
// wasm-bindgen `--target no-modules` glue (`wasm_bindgen`), the gzipped wasm as base64
// (`WASM_GZIP_BASE64`), unpack.js and the embed-*.js modules, all inside one function scope. It
// works from file:// and from hosts that cannot serve .wasm, and defines window.storylens.
/* global wasm_bindgen, WASM_GZIP_BASE64, createEmbed, unpack */

const standaloneCore = (() => {
  let ready = null;

  async function wasmBytes() {
    const zipped = atob(WASM_GZIP_BASE64);
    const bytes = new Uint8Array(zipped.length);
    for (let i = 0; i < zipped.length; i++) bytes[i] = zipped.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  }

  /** Loads the inlined wasm once (asynchronously: no main-thread compile of the whole module). */
  function load(wasm) {
    ready ??= Promise.resolve(wasm ?? wasmBytes()).then((w) => wasm_bindgen({ module_or_path: w }));
    return ready;
  }

  /** The text as the core sees it: well-formed UTF-16. */
  function prepare(text) {
    return typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
  }

  /** Analyses `text` (already `prepare`d); rejects with an Error on bad input. */
  async function analyze(text, options = {}) {
    await load();
    return unpack(text, wasm_bindgen.analyzePacked(text, options));
  }

  /** The core's version (the crate version), once loaded. */
  async function version() {
    await load();
    return wasm_bindgen.version();
  }

  return { load, prepare, analyze, version };
})();

const standaloneEmbed = createEmbed(standaloneCore);
if (!globalThis.storylens) {
  globalThis.storylens = {
    highlight: standaloneEmbed.highlight,
    unhighlight: standaloneEmbed.unhighlight,
    analyze: standaloneCore.analyze,
    load: standaloneCore.load,
    prepare: standaloneCore.prepare,
    version: standaloneCore.version,
  };
  standaloneEmbed.start();
}
