import { expect } from '@open-wc/testing';
import { hasNoItems, MAX_FEED_ITEMS, parseFeed, type Feed } from './index.js';

const load = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).text();
const ok = (r: ReturnType<typeof parseFeed>): Feed => {
  if (!r.ok) throw new Error(`expected a feed, got ${r.error.message}`);
  return r.value;
};

describe('parseFeed: JSON formats', () => {
  it('reads a JSON list of announcements, newest first with undated last', async () => {
    const text = await load('announcements.json');
    for (const input of [text, JSON.parse(text)]) {
      const r = parseFeed(input);
      const feed = ok(r);
      expect(feed.format).to.equal('announcements');
      expect(feed.items.map((a) => Object.values(a.title)[0])).to.deep.equal(['Newest news', 'Новости', 'Older news', 'Brez datuma']);
      expect(feed.items[1].lang).to.equal('ru');
      expect(feed.items[1].tags).to.deep.equal([{ ru: 'Москва' }]);
      expect(r.warnings).to.deep.equal([]);
    }
  });

  it('reads { items } with the feed language, and leaves out bad entries and unsafe URLs with warnings', async () => {
    const r = parseFeed(await load('items.json'), { base: 'https://example.org/feed.json' });
    const feed = ok(r);
    expect(feed).to.include({ format: 'items', title: 'Partner-city news', link: 'https://example.org/news/', lang: 'en' });
    expect(feed.items.map((a) => a.title)).to.deep.equal([{ sl: 'Second' }, { en: 'First' }, { en: 'Bad link' }]);
    const bad = feed.items[2];
    expect(bad.url).to.equal(undefined);
    expect(bad.image).to.equal(undefined);
    const text = r.warnings.map((w) => `${w.path} ${w.message}`);
    expect(text).to.include('items[2] title is required');
    expect(text).to.include('items[3].url must be an http, https, mailto or relative URL');
    expect(text).to.include('items[3].image.src must be an http, https, mailto or relative URL');
  });

  it('reads a JSON Feed 1.1: content_html only, numeric ids, banner images, item languages, titles from text', async () => {
    const r = parseFeed(await load('json-feed.json'), { base: 'https://www.ljubljana.si/sl/feed.json' });
    const feed = ok(r);
    expect(r.warnings).to.deep.equal([]);
    expect(feed).to.include({
      format: 'json-feed',
      title: 'Mestna občina Ljubljana — novice',
      link: 'https://www.ljubljana.si/sl/',
      lang: 'sl',
    });
    const [vienna, ru, moskva] = feed.items;
    expect(vienna.id).to.equal('42');
    expect(vienna.lang).to.equal('en');
    expect(vienna.url).to.equal('https://www.ljubljana.si/en/news/vienna/');
    expect(vienna.image).to.deep.equal({
      src: 'https://www.ljubljana.si/assets/vienna.jpg',
      alt: { en: '' },
      srcDark: undefined,
      width: undefined,
      height: undefined,
    });
    expect(vienna.bodyHtml).to.deep.equal({ en: '<p>Only HTML content, no summary.</p>' });
    expect(vienna.lead).to.equal(undefined);
    expect(ru.title.ru).to.match(/^Мэр Любляны посетил Москву\. .*…$/);
    expect(ru.title.ru.length).to.be.at.most(101);
    expect(ru.body).to.have.length(2);
    expect(moskva.tags).to.deep.equal([{ sl: 'Moskva' }, { sl: 'pobratena mesta' }]);
    expect(moskva.published?.iso).to.equal('2019-09-11T10:00:00+02:00');
    // content_html's relative links resolve against the feed's URL (a nested card has none of its own).
    expect(moskva.bodyHtml?.sl).to.contain('<a href="https://www.ljubljana.si/sl/pobratena-mesta/">Pobratena mesta</a>');
    // Without image or banner_image, no image: the JSON formats read the same on a server (no DOMParser).
    const r2 = parseFeed(
      { version: 'https://jsonfeed.org/version/1', items: [{ id: '1', title: 'x', content_html: '<p><img src="a.jpg" alt="A"></p>' }] },
      { base: 'https://example.org/feed.json' },
    );
    expect(ok(r2).items[0].image).to.equal(undefined);
    expect(ok(r2).items[0].bodyHtml).to.deep.equal({ und: '<p><img src="https://example.org/a.jpg" alt="A"></p>' });
  });

  it('reads the seed announcement as a feed of one, and in a list', async () => {
    const seed = await (await fetch('/demo/data/ljubljana-moskva-2019.json')).json();
    const one = ok(parseFeed(seed));
    expect(one.format).to.equal('announcements');
    expect(one.items).to.have.length(1);
    expect(one.items[0].title.sl).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
    expect(one.items[0].cities.map((c) => c.id)).to.deep.equal(['ljubljana', 'moskva']);
    const r = parseFeed({ items: [seed, { title: 'Another', published: '2024-01-01' }] });
    expect(ok(r).items.map((a) => a.published?.iso)).to.deep.equal(['2024-01-01', '2019-09-11']);
    expect(r.warnings).to.deep.equal([]);
  });

  it('is an error when every entry is invalid, and an empty feed when there are none', async () => {
    const r = parseFeed(await load('all-invalid.json'));
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.error.message).to.match(
      /^None of the feed's 3 entries could be read \(items\[0\] title is required; items\[1\] must be a JSON object \(an announcement\); items\[2\] title must be a text/,
    );
    expect(r.warnings.map((w) => w.path)).to.include.members(['items[0]', 'items[1]', 'items[2]']);
    for (const empty of [[], { items: [] }, '[]', ' {"items": []}', { version: 'https://jsonfeed.org/version/1.1', items: [] }]) {
      expect(hasNoItems(ok(parseFeed(empty)))).to.equal(true);
    }
  });

  it('refuses what is not a feed, with a clear message', () => {
    const message = (input: unknown) => {
      const r = parseFeed(input);
      return r.ok ? 'ok' : r.error.message;
    };
    expect(message('hello')).to.match(/neither XML \(RSS, Atom\) nor JSON/);
    expect(message('{ bad json')).to.match(/^The feed is not valid JSON/);
    expect(message(42)).to.match(/^The data is not a feed/);
    expect(message('')).to.equal('The feed is empty text');
  });

  it('leaves out an entry whose getters throw, and reads the others', () => {
    const hostile = {
      get title(): string {
        throw new Error('no title for you');
      },
    };
    const r = parseFeed({ version: 'https://jsonfeed.org/version/1.1', items: [hostile, { id: '2', title: 'Fine' }] });
    expect(ok(r).items.map((a) => a.title)).to.deep.equal([{ und: 'Fine' }]);
    expect(r.warnings).to.deep.equal([{ path: 'items[0]', message: 'could not be read (Error: no title for you)' }]);
    const all = parseFeed([hostile]);
    expect(all.ok === false && all.error.message).to.equal(
      "None of the feed's 1 entries could be read ([0] could not be read: Error: no title for you)",
    );
  });

  it('reads at most MAX_FEED_ITEMS entries, with a warning', () => {
    const items = Array.from({ length: MAX_FEED_ITEMS + 3 }, (_, i) => ({ title: `n${i}` }));
    const r = parseFeed({ items });
    expect(ok(r).items).to.have.length(MAX_FEED_ITEMS);
    expect(r.warnings).to.deep.equal([
      { path: 'items', message: `has ${MAX_FEED_ITEMS + 3} entries; only the first ${MAX_FEED_ITEMS} are read` },
    ]);
  });
});
