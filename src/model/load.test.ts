import { expect } from '@open-wc/testing';
import { hits, uniqueKey } from '../test-support/helpers.js';
import { forget, hold, loadJson, LoadError, release } from './load.js';
import { FEED } from './feed/accept.js';

/* The loader on its own, over real HTTP (the test server's /test-api/), with no element. */

const url = (route: string, key: string, query = '') => new URL(`/test-api/${route}?key=${key}${query}`, location.href).href;

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof LoadError) return e;
    throw e;
  }
  throw new Error('expected the load to fail');
}

describe('loadJson', () => {
  it('shares one request between callers of the same URL, while one of them holds the answer', async () => {
    const key = uniqueKey('shared');
    const [a, b] = await Promise.all([loadJson(url('announcement', key)), loadJson(url('announcement', key))]);
    expect(a).to.equal(b);
    expect(a).to.have.property('title');
    hold(url('announcement', key));
    await loadJson(url('announcement', key));
    expect(await hits(key)).to.equal(1);
    release(url('announcement', key));
    // Nobody holds it any more: the next caller asks again.
    await loadJson(url('announcement', key));
    expect(await hits(key)).to.equal(2);
    forget(url('announcement', key));
  });

  it('forgets a failure at once, so that the next call really asks again', async () => {
    const key = uniqueKey('failing');
    const first = await failure(loadJson(url('status', key, '&code=503')));
    expect(first).to.include({ kind: 'http', status: 503 });
    await failure(loadJson(url('status', key, '&code=503')));
    expect(await hits(key)).to.equal(2);
  });

  it('names what came back: an HTML page, broken JSON', async () => {
    expect((await failure(loadJson(url('html', uniqueKey('html'))))).kind).to.equal('html');
    expect((await failure(loadJson(url('bad-json', uniqueKey('bad'))))).kind).to.equal('not-json');
  });

  it('stops reading an answer larger than 5 MB, and an answer slower than its timeout', async () => {
    const big = await failure(loadJson(url('big', uniqueKey('big'), '&mb=8')));
    expect(big.kind).to.equal('invalid');
    expect(big.message).to.match(/more than the 5 MB/);
    const slow = await failure(loadJson(url('fault', uniqueKey('hang'), '&kind=hang'), { timeout: 200 }));
    expect(slow.kind).to.equal('timeout');
  });

  it("rejects with the caller's abort reason when it leaves; the stopped request is not shared with a later caller", async () => {
    const key = uniqueKey('abort');
    const abort = new AbortController();
    const waiting = loadJson(url('fault', key, '&kind=slow'), { signal: abort.signal });
    abort.abort(new DOMException('gone', 'AbortError'));
    let reason: unknown;
    await waiting.catch((e: unknown) => (reason = e));
    expect((reason as DOMException).name).to.equal('AbortError');
    // Had the aborted request stayed in the cache, this would reject with the abort too.
    expect(await loadJson(url('fault', key, '&kind=slow'))).to.have.property('title');
  });

  describe('accept: FEED (#18)', () => {
    const feed = (key: string, name: string, type?: string) =>
      url('feed', key, `&name=${name}${type ? `&type=${encodeURIComponent(type)}` : ''}`);

    it('asks for feeds and JSON; a JSON widget still asks for JSON only', async () => {
      const key = uniqueKey('accept');
      expect(await loadJson(url('accept', key), { accept: FEED })).to.deep.equal({
        title: 'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9',
      });
      expect(await loadJson(url('accept', key))).to.deep.equal({ title: 'application/json' });
      // Two answers: one per kind (the cache's key includes it).
      expect(await hits(key)).to.equal(2);
      forget(url('accept', key), FEED);
      forget(url('accept', key));
    });

    it('resolves to the text of an XML feed, whatever its content type, and shares it', async () => {
      const key = uniqueKey('xml');
      const [a, b] = await Promise.all([
        loadJson(feed(key, 'rss-full.xml'), { accept: FEED }),
        loadJson(feed(key, 'rss-full.xml'), { accept: FEED }),
      ]);
      expect(a)
        .to.be.a('string')
        .and.match(/^<\?xml/);
      expect(b).to.equal(a);
      expect(await hits(key)).to.equal(1);
      forget(feed(key, 'rss-full.xml'), FEED);
      for (const type of ['text/html; charset=utf-8', 'text/plain', 'application/octet-stream']) {
        expect(await loadJson(feed(uniqueKey('xml-type'), 'atom.xml', type), { accept: FEED })).to.match(/^<\?xml/);
      }
      // JSON is still parsed.
      expect(await loadJson(feed(uniqueKey('json'), 'items.json', 'application/json'), { accept: FEED })).to.have.property('items');
    });

    it('refuses an HTML page and text that is neither JSON nor XML; a JSON widget refuses XML as before', async () => {
      expect((await failure(loadJson(url('html', uniqueKey('feed-html')), { accept: FEED }))).kind).to.equal('html');
      expect((await failure(loadJson(url('bad-json', uniqueKey('feed-bad')), { accept: FEED }))).message).to.match(
        /answered with neither JSON nor an XML feed/,
      );
      const xml = await failure(loadJson(feed(uniqueKey('json-xml'), 'rss-full.xml')));
      expect(xml.kind).to.equal('html');
      expect(xml.message).to.match(/answered with an HTML page \(application\/rss\+xml\), not JSON$/);
    });

    it("decodes a feed in its own encoding: the XML declaration's, or the content type's charset", async () => {
      const declared = await loadJson(feed(uniqueKey('cp1250'), 'rss-windows-1250.xml'), { accept: FEED });
      expect(declared).to.contain('<title>Župan čestita šolarjem</title>').and.contain('Ščuka, žaba in čaplja.');
      const header = await loadJson(feed(uniqueKey('latin2'), 'rss-latin2-no-declaration.xml', 'application/rss+xml; charset=iso-8859-2'), {
        accept: FEED,
      });
      expect(header).to.contain('<title>Čebelarstvo in vrtnarstvo</title>');
      // An encoding the browser does not know: read as UTF-8 (the text survives where it is ASCII).
      expect(
        await loadJson(feed(uniqueKey('bogus'), 'rss-empty.xml', 'application/rss+xml; charset=x-no-such'), { accept: FEED }),
      ).to.contain('<title>No news yet</title>');
    });

    it('stops reading a feed larger than 5 MB', async () => {
      const big = await failure(loadJson(url('big', uniqueKey('feed-big'), '&mb=8'), { accept: FEED }));
      expect(big.kind).to.equal('invalid');
      expect(big.message).to.match(/more than the 5 MB/);
    });
  });
});
