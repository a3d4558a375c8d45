// A tiny static file server for the page and the browser tests: right MIME types (wasm included),
// loopback only, optional extra response headers (the tests use it for a strict CSP).
//   node tools/serve.mjs [--port 8080] [--root www] [--header "Name: value"]...
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

/** Starts a server for `root`; resolves to the server once it listens. */
export function serve({ root = 'www', port = 8080, host = '127.0.0.1', headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = { port: Number(process.env.PORT) || 8080, root: 'www', headers: {} };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') opt.port = Number(args[++i]);
    else if (args[i] === '--root') opt.root = args[++i];
    else if (args[i] === '--header') {
      const [name, ...value] = args[++i].split(':');
      opt.headers[name.trim()] = value.join(':').trim();
    }
  }
  const server = await serve(opt);
  console.log(`serving ${opt.root} at http://127.0.0.1:${server.address().port}/`);
}
