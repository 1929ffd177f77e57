import { expect, fixture, html as testHtml, oneEvent } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { DataSourceController } from '../src/controllers/data-source.controller.js';
import { FEED } from '../src/model/feed/accept.js';
import { parseFeed, hasNoItems } from '../src/model/feed/index.js';
import { parseArticle } from '../src/model/parse.js';
import { hits, uniqueKey } from '../src/test-support/helpers.js';
import type { PcwEvent } from '../src/index.js';

/*
 * The data-source controller with `text: FEED` (#18): a widget that reads feeds takes the text of
 * an RSS or Atom feed from every source, and inline feed scripts; a JSON widget refuses XML as
 * before. Elements of the test's own, so that this runs without <city-news-feed>.
 */

class FeedTitles extends LitElement {
  static override properties = { data: { attribute: false }, dataText: { attribute: 'data' }, src: {} };
  data?: unknown;
  dataText?: string;
  src?: string;
  readonly source = new DataSourceController(this, {
    args: () => ({ data: this.data, dataText: this.dataText, json: undefined, src: this.src, timeout: undefined }),
    parse: parseFeed,
    isEmpty: hasNoItems,
    text: FEED,
  });

  protected override willUpdate() {
    this.source.update();
  }

  protected override render() {
    return this.source.render({
      initial: () => html`<p>nothing yet</p>`,
      loading: () => html`<p>loading</p>`,
      ready: (feed) => html`<ul>${feed.items.map((a) => html`<li>${Object.values(a.title)[0]}</li>`)}</ul>`,
      empty: () => html`<p>empty</p>`,
      error: (e) => html`<p role="alert">${e.kind}: ${e.message}</p>`,
    });
  }
}
customElements.define('feed-titles', FeedTitles);

/** The same, reading JSON only (as every other widget). */
class JsonTitle extends LitElement {
  static override properties = { dataText: { attribute: 'data' }, src: {} };
  dataText?: string;
  src?: string;
  readonly source = new DataSourceController(this, {
    args: () => ({ data: undefined, dataText: this.dataText, json: undefined, src: this.src, timeout: undefined }),
    parse: parseArticle,
  });

  protected override willUpdate() {
    this.source.update();
  }

  protected override render() {
    return this.source.render({
      initial: () => html`<p>nothing yet</p>`,
      loading: () => html`<p>loading</p>`,
      ready: (a) => html`<h2>${Object.values(a.title)[0]}</h2>`,
      empty: () => html`<p>empty</p>`,
      error: (e) => html`<p role="alert">${e.kind}: ${e.message}</p>`,
    });
  }
}
customElements.define('json-title', JsonTitle);

const shown = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const titles = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Inline</title>
  <item><title>Older</title><pubDate>Mon, 01 Jan 2018 10:00:00 GMT</pubDate></item>
  <item><title>Newer &amp; better</title><pubDate>Tue, 01 Jan 2019 10:00:00 GMT</pubDate></item></channel></rss>`;

describe('DataSourceController with text: FEED (feeds)', () => {
  it('loads an RSS src from the server, asking for feeds, and shows its items newest first', async () => {
    const key = uniqueKey('feed-src');
    const el = await fixture<FeedTitles>(testHtml`<feed-titles src="/test-api/feed?name=rss-full.xml&key=${key}"></feed-titles>`);
    expect(shown(el)).to.equal('loading');
    const { detail } = (await oneEvent(el, 'pcw-load')) as PcwEvent<'pcw-load'>;
    expect(detail.source).to.equal('src');
    expect(titles(el)).to.deep.equal([
      'Ljubljana and Vienna: a cultural programme',
      'Unsafe links are dropped',
      'Москва и Любляна',
      'Nadaljujemo dobro sodelovanje z Moskvo',
    ]);
    // Relative links resolved against the feed's URL; warnings for the javascript: link and image.
    const feed = el.source.value!;
    expect(feed.items[0].url).to.equal(new URL('/en/news/vienna/', location.href).href);
    expect(el.source.warnings.map((w) => w.path)).to.deep.equal(['item[3].url', 'item[3].image.src']);
    // A second widget of the same feed shares the answer.
    const other = await fixture<FeedTitles>(testHtml`<feed-titles src="/test-api/feed?name=rss-full.xml&key=${key}"></feed-titles>`);
    if (other.source.state !== 'ready') await oneEvent(other, 'pcw-load');
    expect(await hits(key)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('reads an Atom src served as text/xml, and shows an error for a feed of invalid entries', async () => {
    const el = await fixture<FeedTitles>(testHtml`<feed-titles src="/test-api/feed?name=atom.xml&type=text/xml"></feed-titles>`);
    await oneEvent(el, 'pcw-load');
    expect(titles(el)).to.deep.equal(['Novica z vsebino XHTML', 'Text and HTML', 'Plain text content']);
    const failed = oneEvent(el, 'pcw-error') as Promise<PcwEvent<'pcw-error'>>;
    el.src = '/test-api/feed?name=rss-all-invalid.xml';
    const { detail } = await failed;
    expect(detail).to.include({ kind: 'invalid', source: 'src' });
    expect(shown(el)).to.match(/^invalid: None of the feed's 2 entries could be read/);
    await expect(el).to.be.accessible();
  });

  it('shows the error for an entity bomb and an HTML page', async () => {
    const el = await fixture<FeedTitles>(testHtml`<feed-titles src="/test-api/feed?name=entity-bomb.xml"></feed-titles>`);
    await oneEvent(el, 'pcw-error');
    expect(shown(el)).to.equal('invalid: The feed declares a DTD (<!DOCTYPE>); feeds with DTDs or entities are not read');
    el.src = '/test-api/html';
    const { detail } = (await oneEvent(el, 'pcw-error')) as PcwEvent<'pcw-error'>;
    expect(detail.kind).to.equal('html');
  });

  it('reads an inline <script type="application/rss+xml"> and follows its changes', async () => {
    const el = await fixture<FeedTitles>(testHtml`<feed-titles><script type="application/rss+xml">${RSS}</script></feed-titles>`);
    expect(el.source.source).to.equal('inline');
    expect(titles(el)).to.deep.equal(['Newer & better', 'Older']);
    const loaded = oneEvent(el, 'pcw-load');
    el.querySelector('script')!.textContent = RSS.replace('Older', 'Oldest');
    await loaded;
    expect(titles(el)).to.deep.equal(['Newer & better', 'Oldest']);
  });

  it('reads inline application/atom+xml and application/feed+json, and XML in the data attribute and property', async () => {
    const atom = await (await fetch('/test/fixtures/feeds/atom.xml')).text();
    const jsonFeed = await (await fetch('/test/fixtures/feeds/json-feed.json')).text();
    const a = await fixture<FeedTitles>(testHtml`<feed-titles><script type="application/atom+xml">${atom}</script></feed-titles>`);
    expect(titles(a)).to.have.length(3);
    const j = await fixture<FeedTitles>(testHtml`<feed-titles><script type="application/feed+json">${jsonFeed}</script></feed-titles>`);
    expect(titles(j)[0]).to.equal('Ljubljana and Vienna sign a cultural programme');
    const attr = await fixture<FeedTitles>(testHtml`<feed-titles data=${RSS}></feed-titles>`);
    expect(titles(attr)).to.deep.equal(['Newer & better', 'Older']);
    const prop = await fixture<FeedTitles>(testHtml`<feed-titles .data=${RSS}></feed-titles>`);
    expect(prop.source.source).to.equal('property');
    expect(titles(prop)).to.deep.equal(['Newer & better', 'Older']);
    // An empty feed is the empty state; text that is neither JSON nor XML stays not-json.
    prop.data = '<rss><channel><title>none</title></channel></rss>';
    await prop.updateComplete;
    expect(shown(prop)).to.equal('empty');
    prop.data = 'plain words';
    await prop.updateComplete;
    expect(shown(prop)).to.match(/^not-json: The data property is not valid JSON/);
  });
});

describe('DataSourceController without text (every JSON widget)', () => {
  it('ignores feed scripts and refuses XML from every source exactly as before', async () => {
    const el = await fixture<JsonTitle>(testHtml`<json-title><script type="application/rss+xml">${RSS}</script></json-title>`);
    expect(el.source.state).to.equal('initial');
    el.dataText = RSS;
    await el.updateComplete;
    expect(shown(el)).to.match(/^not-json: The data attribute is not valid JSON/);
    el.dataText = undefined;
    el.src = '/test-api/feed?name=rss-full.xml';
    const { detail } = (await oneEvent(el, 'pcw-error')) as PcwEvent<'pcw-error'>;
    expect(detail.kind).to.equal('html');
    expect(detail.message).to.match(/answered with an HTML page \(application\/rss\+xml\), not JSON$/);
  });
});
