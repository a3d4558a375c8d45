// Builds the distributable files from the wasm package in www/pkg (make build-wasm first):
//   dist/storylens.js  one classic script: wasm-bindgen `--target no-modules` glue, the wasm
//                      gzipped + base64, and the embed-*.js modules; works from file:// and on
//                      hosts that cannot serve .wasm.
//   dist/npm/          the npm package: ES modules (browser + Node entries), the .wasm, .d.ts.
// Usage: node tools/dist.mjs   (make dist also prints the sizes)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const WASM_TARGET = 'target/wasm32-unknown-unknown/wasm/storylens.wasm';
const PKG = 'www/pkg';
const MODULES = ['unpack.js', 'embed-core.js', 'embed-widgets.js', 'embed-main.js', 'embed-standalone.js'];

function fail(message) {
  console.error(`dist: ${message}`);
  process.exit(1);
}

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const wasm = readFileSync(join(PKG, 'storylens_bg.wasm'));

// The no-modules glue, from the same cargo output as www/pkg (wasm-bindgen writes the same
// wasm for every target; www/pkg's copy is the one wasm-opt already shrank).
const tmp = mkdtempSync(join(tmpdir(), 'storylens-dist-'));
let glue;
try {
  execFileSync('wasm-bindgen', ['--target', 'no-modules', '--out-dir', tmp, WASM_TARGET], { stdio: 'inherit' });
  glue = readFileSync(join(tmp, 'storylens.js'), 'utf8');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
for (const { module, name } of WebAssembly.Module.imports(new WebAssembly.Module(wasm))) {
  if (!glue.includes(name)) fail(`the glue does not provide ${module}.${name}: rebuild www/pkg (make build-wasm)`);
}

/** A module of ours as plain statements: its imports (of our own modules) and `export`s dropped. */
function strip(file) {
  const src = readFileSync(join('www', file), 'utf8')
    .replace(/^import\s[^;]*?from\s+'\.\/[\w.-]+';\n/gm, '')
    .replace(/^export\s+(?=(?:async\s+)?function|const|let|class)/gm, '');
  const left = /^\s*(import|export)\b.*$/m.exec(src);
  if (left) fail(`${file}: cannot bundle "${left[0].trim()}"`);
  if (/\bimport\s*\(|import\.meta/.test(src)) fail(`${file}: dynamic import / import.meta cannot be bundled`);
  return src;
}

const names = new Map();
const bodies = MODULES.map((file) => {
  const src = strip(file);
  for (const m of src.matchAll(/^(?:(?:async\s+)?function\s*\*?\s*|const\s+|let\s+|class\s+)([A-Za-z_$][\w$]*)/gm)) {
    if (names.has(m[1])) fail(`${m[1]} is declared in both ${names.get(m[1])} and ${file}`);
    names.set(m[1], file);
  }
  return `// ---- www/${file}\n${src}`;
});

const b64 = gzipSync(wasm, { level: 9 }).toString('base64');
const header = `/*! storylens ${root.version} — single-file build (wasm inlined). ${root.license} licence.
 * <script src="storylens.js"></script> highlights every [data-storylens] element in place and
 * defines <storylens-timeline for="id">, <storylens-sources for="id"> and window.storylens.
 * Under a Content-Security-Policy, script-src needs 'wasm-unsafe-eval' (nothing else inline). */\n`;
const standalone = `${header}(function () {
'use strict';
// ---- wasm-bindgen --target no-modules glue
${glue}
const WASM_GZIP_BASE64 = '${b64}';
${bodies.join('\n')}
})();
`;
mkdirSync('dist', { recursive: true });
writeFileSync('dist/storylens.js', standalone);

// The npm package.
const npm = 'dist/npm';
rmSync(npm, { recursive: true, force: true });
mkdirSync(join(npm, 'pkg'), { recursive: true });
for (const f of ['storylens.js', 'unpack.js', 'embed.js', 'embed-core.js', 'embed-widgets.js', 'embed-main.js']) cpSync(join('www', f), join(npm, f));
for (const f of ['storylens.js', 'storylens_bg.wasm', 'storylens.d.ts', 'storylens_bg.wasm.d.ts']) cpSync(join(PKG, f), join(npm, 'pkg', f));
for (const f of ['storylens.d.ts', 'embed.d.ts', 'node.js', 'README.md']) cpSync(join('pkg-npm', f), join(npm, f));
cpSync('LICENSE', join(npm, 'LICENSE'));
cpSync('dist/storylens.js', join(npm, 'standalone.js'));
const manifest = {
  name: root.name,
  version: root.version,
  description: root.description,
  license: root.license,
  type: 'module',
  main: './node.js',
  module: './storylens.js',
  types: './storylens.d.ts',
  exports: {
    '.': { types: './storylens.d.ts', node: './node.js', default: './storylens.js' },
    './embed': { types: './embed.d.ts', default: './embed.js' },
    './standalone': './standalone.js',
    './storylens_bg.wasm': './pkg/storylens_bg.wasm',
    './package.json': './package.json',
  },
  files: ['*.js', '*.d.ts', 'pkg/', 'README.md', 'LICENSE'],
  sideEffects: ['./embed.js', './standalone.js'],
  keywords: ['news', 'quotes', 'attribution', 'named-entities', 'timeline', 'wasm', 'nlp'],
};
writeFileSync(join(npm, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`dist: dist/storylens.js and ${npm}/ (${root.name}@${root.version})`);
