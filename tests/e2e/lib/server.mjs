// A small static file server for the built app (`dist/`), bound to 127.0.0.1 on a free port.
//
// Why our own: the e2e layer must run on a fresh machine with only Node present, and Trunk's
// dev server rebuilds and injects a live-reload script, which is not what we ship. Only GET and
// HEAD are served; paths are resolved inside the root (no `..` escape); `/` serves index.html.
// `.wasm` gets `application/wasm`, which browsers need for streaming compilation.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Maps a request path to a file inside `root`, or null when it would leave it.
 * @param {string} root absolute folder
 * @param {string} urlPath the request's path (may hold a query)
 */
export function resolveInside(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const full = normalize(join(root, path));
  return full === root || full.startsWith(root + sep) ? full : null;
}

/**
 * Serves `dir` on 127.0.0.1; resolves to `{ url, close }` once listening. With `prefix`
 * (`/news/parallax/`), the folder is served only under that path, as a static host serving the
 * app from a sub-path would; anything outside it is a 404.
 * @param {string} dir
 * @param {{prefix?: string}} [options]
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serveStatic(dir, { prefix = '/' } = {}) {
  const root = resolve(dir);
  const index = await stat(join(root, 'index.html')).catch(() => null);
  if (!index) throw new Error(`${root}/index.html not found: build the app first (trunk build --release --offline)`);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const path = req.url ?? '/';
    const file = path.startsWith(prefix) ? resolveInside(root, '/' + path.slice(prefix.length)) : null;
    const body = file && (await readFile(file).catch(() => null));
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
