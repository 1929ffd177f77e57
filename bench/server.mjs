// A small static file server for the benchmark: 127.0.0.1, a random free port, no caching,
// no compression unless asked (`gzip: true`, for Lighthouse, which simulates a slow network
// from the bytes sent), HTTP/1.1 unless asked (`http2: true`: HTTPS with a certificate made
// for the run). `mounts` maps a URL prefix to a directory; the longest matching prefix wins.
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `mounts`: `{ '/dist/': '/abs/dist', '/': '/abs/root' }`.
 * Resolves to `{ origin, port, close() }`.
 */
export async function serve(mounts, { gzip = false, http2 = false } = {}) {
  const gzipped = new Map();
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);

  const handler = async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let pathname = decodeURIComponent(url.pathname);
      const mount = table.find(([prefix]) => pathname.startsWith(prefix));
      if (!mount) return send(res, 404, 'not found');
      const [prefix, dir] = mount;
      let file = resolve(join(dir, pathname.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep)) return send(res, 403, 'forbidden');
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return send(res, 404, 'not found');
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (gzip && /text|json|javascript|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${info.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(await readFile(file), { level: 6 }));
        const body = gzipped.get(key);
        res.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          'content-length': body.length,
          'cache-control': 'no-store',
          vary: 'accept-encoding',
        });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch (e) {
      send(res, 500, String(e));
    }
  };
  // HTTP/2 (as CDNs serve): TLS with a certificate made for the run (openssl; the browser's
  // context ignores that it is self-signed), every request of a page on one connection.
  const server = http2 ? createSecureServer({ ...selfSigned(), allowHTTP1: true }, handler) : createServer(handler);
  if (!http2) server.keepAliveTimeout = 5000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    port,
    origin: `${http2 ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
        // (an HTTP/2 server's open sessions keep close() waiting)
        if (http2) setTimeout(ok, 1000).unref();
      }),
  };
}

/** A key and a self-signed certificate for 127.0.0.1, made with openssl in a temporary directory. */
function selfSigned() {
  const dir = mkdtempSync(join(tmpdir(), 'pcw-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}
