import { expect } from '@open-wc/testing';
import { hasNoItems, parseFeed, type Feed } from './index.js';

const load = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).text();
const ok = (r: ReturnType<typeof parseFeed>): Feed => {
  if (!r.ok) throw new Error(`expected a feed, got ${r.error.message}`);
  return r.value;
};
const error = (r: ReturnType<typeof parseFeed>): string => {
  if (r.ok) throw new Error('expected an error, got a feed');
  return r.error.message;
};
const warnings = (r: ReturnType<typeof parseFeed>) => r.warnings.map((w) => `${w.path} ${w.message}`);

describe('parseFeed: RSS', () => {
  it('reads RSS 2.0 with content:encoded, media:content, enclosures, CDATA, categories and RFC 822 dates', async () => {
    const r = parseFeed(await load('rss-full.xml'), { base: 'https://www.ljubljana.si/sl/feed.rss' });
    const feed = ok(r);
    expect(feed).to.include({
      format: 'rss',
      title: 'Mestna občina Ljubljana: mednarodno sodelovanje',
      link: 'https://www.ljubljana.si/sl/mednarodno/',
      lang: 'sl',
    });
    expect(feed.items.map((a) => a.published?.iso)).to.deep.equal([
      '2021-03-02T09:30:00Z',
      '2020-01-06T12:00:00Z',
      '2019-12-01T08:00:00-05:00',
      '2019-09-11T10:00:00+02:00',
    ]);
    const [vienna, unsafe, ru, moskva] = feed.items;
    expect(moskva.title).to.deep.equal({ sl: 'Nadaljujemo dobro sodelovanje z Moskvo' });
    expect(moskva.id).to.equal('mol-2019-09-11');
    expect(moskva.url).to.equal('https://www.ljubljana.si/sl/aktualno/moskva/');
    expect(moskva.lead).to.deep.equal({ sl: 'Župan je sprejel delegacijo iz Moskve.' });
    // content:encoded is the body, its relative links resolved against the feed's URL.
    expect(moskva.bodyHtml?.sl).to.contain('<a href="https://www.ljubljana.si/sl/pobratena-mesta/">Pobratena mesta</a>');
    expect(moskva.bodyHtml?.sl).to.contain('src="https://www.ljubljana.si/img/inline.jpg"');
    expect(moskva.image).to.deep.include({
      src: 'https://www.ljubljana.si/assets/moskva.jpg',
      alt: { sl: 'Župan in delegacija v mestni hiši' },
      width: 1200,
      height: 800,
    });
    expect(moskva.tags).to.deep.equal([{ sl: 'Moskva' }, { sl: 'pobratena mesta' }]);
    // A two-digit year, GMT, a relative link, an image enclosure after an audio one.
    expect(vienna.url).to.equal('https://www.ljubljana.si/en/news/vienna/');
    expect(vienna.lead).to.deep.equal({ sl: 'Plain text description — with a dash.' });
    expect(vienna.bodyHtml).to.equal(undefined);
    expect(vienna.image?.src).to.equal('https://www.ljubljana.si/assets/vienna.jpg');
    // A permalink guid is the link; a thumbnail in a media:group is the image.
    expect(ru.url).to.equal('https://www.ljubljana.si/ru/moskva/');
    expect(ru.image?.src).to.equal('https://www.ljubljana.si/assets/thumb.jpg');
    expect(ru.title).to.deep.equal({ sl: 'Москва и Любляна' });
    // javascript: links and images are left out, with warnings; the item stays.
    expect(unsafe.url).to.equal(undefined);
    expect(unsafe.image).to.equal(undefined);
    expect(warnings(r)).to.deep.equal([
      'item[3].url must be an http, https, mailto or relative URL',
      'item[3].image.src must be an http, https, mailto or relative URL',
    ]);
  });

  it('reads HTML in description as a text lead (its first paragraph) and the body (the rest), and items without title or date', async () => {
    const r = parseFeed(await load('rss-html-description.xml'));
    const feed = ok(r);
    expect(r.warnings).to.deep.equal([]);
    expect(feed.lang).to.equal('en-gb');
    const [chengdu, untitled] = feed.items;
    expect(chengdu.lang).to.equal('en-gb');
    // The first paragraph once: as the lead, not again at the start of the body.
    expect(chengdu.lead?.['en-gb']).to.equal('The mayor received a delegation from Chengdu.');
    expect(chengdu.bodyHtml?.['en-gb']).to.match(/^<p>They spoke about <a href="\/en\/tourism\/">tourism<\/a> &amp; culture\.<\/p><img/);
    // One short paragraph: the lead alone.
    expect(untitled.lead?.['en-gb']).to.equal('An item with no title and no date: its title is made from this text.');
    expect(untitled.bodyHtml).to.equal(undefined);
    // Without a base the relative image stays relative (to the page); its alt comes along.
    expect(chengdu.image).to.deep.include({ src: '/images/chengdu.jpg', alt: { 'en-gb': 'The mayor and the delegation' } });
    expect(chengdu.published).to.equal(undefined);
    expect(untitled.title['en-gb']).to.equal('An item with no title and no date: its title is made from this text.');
    expect(untitled.published).to.equal(undefined);
  });

  it('makes a long one-paragraph HTML description the body, with its start as the lead', () => {
    const long = 'Word '.repeat(100).trim();
    const feed = ok(
      parseFeed(`<rss><channel><item><title>T</title><description>&lt;p&gt;${long}&lt;/p&gt;</description></item></channel></rss>`),
    );
    const [item] = feed.items;
    expect(Object.values(item.lead ?? {})[0]).to.match(/^Word Word .*…$/);
    expect(Object.values(item.lead ?? {})[0].length).to.be.at.most(301);
    expect(Object.values(item.bodyHtml ?? {})[0]).to.equal(`<p>${long}</p>`);
  });

  it('warns about an unreadable pubDate by its RSS name, and decodes a description escaped twice without making it a body', () => {
    const r = parseFeed(
      `<rss><channel><item><title>T</title><pubDate>sometime in May</pubDate><description>Tom &amp;amp; Jerry&amp;#8217;s</description></item></channel></rss>`,
    );
    const [item] = ok(r).items;
    expect(item.published).to.equal(undefined);
    expect(item.lead).to.deep.equal({ und: 'Tom & Jerry’s' });
    expect(item.bodyHtml).to.equal(undefined);
    expect(warnings(r)).to.deep.equal([
      'item[0].pubDate is not a date (RFC 822, like "Wed, 11 Sep 2019 10:00:00 +0200"): "sometime in May"',
    ]);
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates, subjects and language', async () => {
    const feed = ok(parseFeed(await load('rdf.xml')));
    expect(feed).to.include({ format: 'rss', title: 'RSS 1.0', lang: 'de' });
    expect(feed.items[0]).to.deep.include({ title: { de: 'Erste Nachricht' }, url: 'https://example.org/1', tags: [{ de: 'Wien' }] });
    expect(feed.items[0].published?.iso).to.equal('2020-01-02T03:04:05+01:00');
  });

  it('leaves out a bad item with a warning naming it, and shows the rest', async () => {
    const r = parseFeed(await load('rss-one-bad.xml'));
    expect(ok(r).items.map((a) => a.title.und)).to.deep.equal(['Good two', 'Good one']);
    expect(warnings(r)).to.deep.equal(['item[1] "bad-guid-7": title is required']);
  });

  it('is an error when every item is invalid, and an empty feed when there is none', async () => {
    expect(error(parseFeed(await load('rss-all-invalid.xml')))).to.match(
      /^None of the feed's 2 entries could be read \(item\[0\] "a": title is required; item\[1\] title is required\)$/,
    );
    const empty = ok(parseFeed(await load('rss-empty.xml')));
    expect(hasNoItems(empty)).to.equal(true);
    expect(empty).to.include({ title: 'No news yet', link: 'https://example.org/' });
  });
});

describe('parseFeed: Atom', () => {
  it('reads text, html and xhtml content, with relative links against xml:base (feed, entry, content)', async () => {
    const r = parseFeed(await load('atom.xml'), { base: 'https://elsewhere.example/atom.xml' });
    const feed = ok(r);
    expect(r.warnings).to.deep.equal([]);
    expect(feed).to.include({
      format: 'atom',
      title: "Ljubljana's partner cities",
      link: 'https://www.ljubljana.si/en/partners/',
      lang: 'en',
    });
    const [xhtml, html, text] = feed.items;
    // html: the title's markup becomes text; links in the content resolve against the feed's xml:base.
    expect(html.title).to.deep.equal({ en: 'Text and HTML' });
    expect(html.url).to.equal('https://www.ljubljana.si/en/news/html-entry/');
    expect(html.lead).to.deep.equal({ en: 'A summary in plain text.' });
    expect(html.bodyHtml?.en).to.contain('href="https://www.ljubljana.si/sl/relative/"');
    expect(html.image).to.deep.include({ src: 'https://www.ljubljana.si/en/img/photo.jpg', alt: { en: 'A photo' } });
    expect(html.tags).to.deep.equal([{ en: 'Moscow' }, { en: 'culture' }]);
    expect(html.published?.iso).to.equal('2019-09-11T10:00:00+02:00');
    // xhtml: the div's inner markup as HTML; the entry's and the content's xml:base; its own language.
    expect(xhtml.lang).to.equal('sl');
    expect(xhtml.published?.iso).to.equal('2020-05-20T12:00:00+02:00');
    expect(xhtml.url).to.equal('https://www.ljubljana.si/sl/novice/xhtml-novica/');
    expect(xhtml.image?.src).to.equal('https://www.ljubljana.si/sl/novice/slike/naslovna.png');
    const body = xhtml.bodyHtml?.sl ?? '';
    expect(body).to.match(
      /^<p>Vsebina <strong>XHTML<\/strong> s <a href="https:\/\/www\.ljubljana\.si\/sl\/novice\/vsebina\/povezava\.html">povezavo<\/a>\.<\/p>/,
    );
    expect(body).to.contain('<img src="https://www.ljubljana.si/sl/novice/vsebina/slika.jpg" alt="Slika">');
    expect(body).not.to.contain('xmlns');
    // text: plain paragraphs, markup-like text stays text.
    expect(text.bodyHtml).to.equal(undefined);
    expect(text.body).to.deep.equal([{ en: 'Only text, with <tags> that stay text.' }]);
    expect(text.url).to.equal('https://example.org/absolute');
  });
});

describe('parseFeed: XML safety', () => {
  it('refuses an entity bomb before parsing it', async () => {
    const r = parseFeed(await load('entity-bomb.xml'));
    expect(error(r)).to.equal('The feed declares a DTD (<!DOCTYPE>); feeds with DTDs or entities are not read');
  });

  it('refuses a DTD with an external entity, also after a comment', async () => {
    expect(error(parseFeed(await load('doctype-external.xml')))).to.match(/declares a DTD/);
    expect(error(parseFeed('\ufeff  <!doctype rss><rss/>'))).to.match(/declares a DTD/);
  });

  it('reports malformed XML with the parser’s message', async () => {
    expect(error(parseFeed(await load('malformed.xml')))).to.match(/^The feed is not well-formed XML \(.*(line|column).*\)$/);
    expect(error(parseFeed('<rss><channel>'))).to.match(/^The feed is not well-formed XML/);
  });

  it('refuses XML that is not a feed, and an HTML page', () => {
    expect(error(parseFeed('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).to.equal(
      "The XML is not a feed: its root is <svg>, not <rss>, <rdf:RDF> or Atom's <feed>",
    );
    expect(error(parseFeed('<html><body><p>x</p></body></html>'))).to.equal('The text is an HTML page, not a feed');
    expect(error(parseFeed('<feed><entry><title>no namespace</title></entry></feed>'))).to.match(/not a feed/);
  });

  it('never runs script or loads anything from the feed while reading it', async () => {
    const w = window as unknown as { pcwFeedRan?: boolean };
    const xml = `<rss><channel><item><title>x</title><description><![CDATA[<img src="/test-api/never" onerror="window.pcwFeedRan=true"><script>window.pcwFeedRan=true</script>]]></description></item></channel></rss>`;
    const feed = ok(parseFeed(xml));
    expect(feed.items[0].lead).to.equal(undefined);
    // One more task: an error handler of an image would have run by now.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(w.pcwFeedRan).to.equal(undefined);
    expect(performance.getEntriesByName(new URL('/test-api/never', location.href).href)).to.have.length(0);
  });
});
