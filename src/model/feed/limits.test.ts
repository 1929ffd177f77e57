import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_JSON_BYTES } from '../load.js';
import { MAX_FEED_ITEMS, parseFeed } from './index.js';

/** An RSS feed of `count` items of about `itemChars` characters each. */
function rss(count: number, itemChars: number): string {
  const pad = 'ž'.repeat(Math.max(0, itemChars - 200));
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    items.push(
      `<item><title>Novica ${i}</title><link>https://example.org/${i}</link><pubDate>${day} Jan 2020 10:00:00 +0100</pubDate><description>${pad}</description></item>`,
    );
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`;
}

describe('parseFeed: size and count limits', () => {
  it('refuses text over 5 MiB with its size in the message, without reading it', () => {
    const text = rss(1, 0).replace('<title>Big</title>', `<title>Big</title><!--${'x'.repeat(MAX_JSON_BYTES)}-->`);
    expect(text.length).to.be.above(MAX_JSON_BYTES);
    const r = parseFeed(text);
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.error.message).to.equal(
        `The feed has ${text.length.toLocaleString('en')} characters (5 MB), more than the 5,242,880 (5 MB) a widget reads`,
      );
    }
    const json = JSON.stringify({ items: [{ title: 'x', lead: 'y'.repeat(MAX_JSON_BYTES) }] });
    expect(parseFeed(json).ok).to.equal(false);
  });

  it('reads a 4.9 MB RSS feed of 4,000 items, newest first', () => {
    const text = rss(4000, 1280);
    expect(text.length).to.be.within(4.8e6, MAX_JSON_BYTES);
    const r = parseFeed(text);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.warnings).to.deep.equal([]);
    expect(r.value.items).to.have.length(4000);
    expect(r.value.items[0].published?.iso).to.equal('2020-01-28T10:00:00+01:00');
    expect(r.value.items.at(-1)!.published?.iso).to.equal('2020-01-01T10:00:00+01:00');
  });

  it('cuts a 4.9 MB feed of more than MAX_FEED_ITEMS items at the limit, with a warning', () => {
    const count = MAX_FEED_ITEMS + 1000;
    const text = rss(count, 870);
    expect(text.length).to.be.within(4.8e6, MAX_JSON_BYTES);
    const r = parseFeed(text);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.items).to.have.length(MAX_FEED_ITEMS);
    expect(r.warnings).to.deep.equal([{ path: 'item', message: `has ${count} entries; only the first ${MAX_FEED_ITEMS} are read` }]);
  });

  it('says so for XML where there is no DOMParser (a server), and still reads JSON there', () => {
    const w = window as unknown as { DOMParser?: unknown };
    const saved = Object.getOwnPropertyDescriptor(window, 'DOMParser')!;
    delete w.DOMParser;
    try {
      const r = parseFeed(rss(2, 0));
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.error.message).to.equal('The feed is XML, which is read in the browser only (there is no DOMParser here)');
      // The DTD check needs no parser.
      const bomb = parseFeed('<!DOCTYPE x [<!ENTITY a "a">]><rss/>');
      expect(bomb.ok === false && bomb.error.message).to.match(/declares a DTD/);
      expect(parseFeed('[{"title": "JSON works"}]').ok).to.equal(true);
    } finally {
      Object.defineProperty(window, 'DOMParser', saved);
    }
  });

  it('never throws, for any text or JSON value', () => {
    const xmlish = fc
      .array(
        fc.constantFrom(
          '<rss>',
          '</rss>',
          '<channel>',
          '<item>',
          '</item>',
          '<title>',
          '</title>',
          '<feed xmlns="http://www.w3.org/2005/Atom">',
          '<entry>',
          '<![CDATA[',
          ']]>',
          '&amp;',
          '&lt;p&gt;',
          'x',
          ' ',
          '<!--',
          '-->',
          '<?xml version="1.0"?>',
          '<content type="xhtml">',
          '<div xmlns="http://www.w3.org/1999/xhtml">',
          '</div>',
          '<link href="javascript:x"/>',
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), xmlish, fc.jsonValue(), fc.anything()), (input) => {
        const r = parseFeed(input);
        expect(typeof r.ok).to.equal('boolean');
        if (r.ok) expect(r.value.items).to.be.an('array');
        else expect(r.error.message).to.be.a('string').and.not.equal('');
      }),
      { numRuns: 300 },
    );
  });
});
