// Endpoints of the test server (`/test-api/...`) for the loading and fault tests:
// real HTTP, so the widgets' fetch, cache and abort paths run as they do on a real page.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { ALLOW_LIST, SANITIZERS } from './cms/sanitizers.mjs';

const sample = JSON.parse(readFileSync(new URL('../demo/data/ljubljana-moskva-2019.json', import.meta.url), 'utf8'));
// The demo's image URL is relative to the demo data; here it is served from elsewhere.
sample.image.src = '/demo/data/ljubljana-moskva.svg';
const hits = new Map();
const flaky = new Set();
const fixed = new Set();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Answers with `body` as `type`. */
function send(ctx, status, type, body) {
  ctx.status = status;
  ctx.type = type;
  ctx.body = body;
}

/** Answers with JSON: `body` as it is when text or a stream (pieces of JSON), else stringified. */
const json = (ctx, status, body) =>
  send(ctx, status, 'application/json', typeof body === 'string' || body instanceof Readable ? body : JSON.stringify(body));

/** The raw request body as text (the test server has no body parser). */
async function readBody(ctx, limit = 5_000_000) {
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > limit) throw new Error(`request body over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The strict policy of the CSP test page, sent as a header. */
// The policy names are the README's list, without 'allow-duplicates'.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html dompurify partner-city-widgets";

/** Koa middleware for @web/test-runner. */
export async function testApi(ctx, next) {
  // A network blip for one test file: while its page has the cookie `pcw-fail-path` (a path),
  // requests for that path (a module, say) fail with 503. Each test file runs in a browser context
  // of its own, so no other file's requests carry it (src/internal/data-link.test.ts). Sent at
  // once, with no-store: the runner would add its year-long cache-control for files, and the
  // browser would keep the failure.
  if (ctx.cookies.get('pcw-fail-path') === ctx.path) {
    ctx.respond = false;
    ctx.res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
    ctx.res.end('failed on purpose');
    return;
  }
  // A slow file for one test file: while its page has the cookie `pcw-slow-prefix` (a path
  // prefix), requests whose path starts with it are answered a second late, so that what a page
  // requests before that file arrives does not depend on how busy the machine is
  // (test/loader-requests.test.ts).
  const slow = ctx.cookies.get('pcw-slow-prefix');
  if (slow && ctx.path.startsWith(slow)) await sleep(1000);
  if (ctx.path === '/test/fixtures/csp-page.html') {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!ctx.path.startsWith('/test-api/')) return next();
  const route = ctx.path.slice('/test-api/'.length);
  const q = ctx.query;
  // POST the HTML (text/plain): `{ html }` as the CMS sanitiser `with` leaves it (test/cms/).
  if (route === 'sanitize') {
    const sanitize = Object.hasOwn(SANITIZERS, String(q.with)) ? SANITIZERS[String(q.with)] : undefined;
    if (ctx.method !== 'POST') return json(ctx, 405, { error: 'POST the HTML as the request body' });
    if (!sanitize) return json(ctx, 400, { error: `with= one of ${Object.keys(SANITIZERS).join(', ')}` });
    try {
      return json(ctx, 200, { html: await sanitize(await readBody(ctx)) });
    } catch (e) {
      return json(ctx, 500, { error: e instanceof Error ? e.message : String(e) });
    }
  }
  // The attributes a site admin allows per widget (for DOMPurify, which runs in the browser).
  if (route === 'allow-list') return json(ctx, 200, ALLOW_LIST);
  if (route === 'hits') return json(ctx, 200, { hits: hits.get(q.key) ?? 0 });
  if (q.key) hits.set(q.key, (hits.get(q.key) ?? 0) + 1);
  if (q.delay) await sleep(Number(q.delay));
  switch (route) {
    // The seed announcement; `title` replaces its title (to tell answers apart).
    case 'announcement':
      return json(ctx, 200, q.title ? { ...sample, title: q.title } : sample);
    case 'status':
      return json(ctx, Number(q.code ?? 500), { error: 'failed on purpose' });
    case 'html':
      return send(ctx, 200, 'text/html', '<!doctype html><html><body><h1>Page not found</h1></body></html>');
    case 'bad-json':
      return json(ctx, 200, '{"title": "cut off');
    case 'wrong-shape':
      return json(ctx, 200, [1, 2, 3]);
    case 'no-title':
      return json(ctx, 200, { lead: 'A lead without a title' });
    case 'empty':
      return json(ctx, 200, {});
    // A valid announcement of about `mb` megabytes (a long lead), sent in pieces, with no length.
    case 'big': {
      const pad = 'x'.repeat(64 * 1024);
      const pieces = Math.ceil((Number(q.mb ?? 6) * 1024 * 1024) / pad.length);
      return json(
        ctx,
        200,
        Readable.from(
          (function* () {
            yield '{"title": "Big", "lead": "';
            for (let i = 0; i < pieces; i++) yield pad;
            yield '"}';
          })(),
        ),
      );
    }
    // A feed of test/fixtures/feeds/ (`name`, its bytes as they are), as `type` (RSS by default), with hits counted (#18).
    case 'feed': {
      if (!/^[a-z0-9-]+\.(?:xml|json)$/.test(String(q.name))) return json(ctx, 400, { error: 'name= a file of test/fixtures/feeds/' });
      return send(ctx, 200, String(q.type ?? 'application/rss+xml'), readFileSync(new URL(`fixtures/feeds/${q.name}`, import.meta.url)));
    }
    // The request's Accept header, as the title of an announcement (#18: what a loader asks for).
    case 'accept':
      return json(ctx, 200, { title: ctx.get('accept') || '(none)' });
    // Answers with the JSON given in `body` (URL-encoded): any data through a real `src`.
    case 'echo':
      return json(ctx, 200, String(q.body ?? 'null'));
    // Fails the first time for each key, then answers.
    case 'flaky':
      if (!flaky.has(q.key)) {
        flaky.add(q.key);
        return json(ctx, 503, { error: 'try again' });
      }
      return json(ctx, 200, sample);
    // A fault of `kind` for `key`, until /test-api/fix?key= is called; then the sample.
    case 'fault':
      if (fixed.has(q.key)) return json(ctx, 200, sample);
      switch (q.kind) {
        case 'slow':
          await sleep(1500);
          return json(ctx, 200, sample);
        case 'hang':
          await sleep(20000);
          return json(ctx, 200, sample);
        case 'html':
          return send(ctx, 200, 'text/html', '<!doctype html><title>Error</title><p>Something went wrong');
        case 'truncated':
          return json(ctx, 200, JSON.stringify(sample).slice(0, 300));
        default:
          return json(ctx, Number(q.kind) || 500, { error: 'failed on purpose' });
      }
    case 'fix':
      fixed.add(q.key);
      return json(ctx, 200, { fixed: q.key });
    // Sends the headers and the start of the body at once, the rest after `ms`.
    case 'slow-body':
      return json(
        ctx,
        200,
        Readable.from(
          (async function* () {
            yield '{"title": "Late';
            await sleep(Number(q.ms ?? 3000));
            yield ' body"}';
          })(),
        ),
      );
    // Answers only after a long time (the client's timeout fires first).
    case 'hang':
      await sleep(Number(q.ms ?? 20000));
      return json(ctx, 200, sample);
    default:
      ctx.status = 404;
      ctx.body = 'no such test endpoint';
  }
}
