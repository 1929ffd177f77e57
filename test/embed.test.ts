import { expect, waitUntil } from '@open-wc/testing';

/*
 * The embed builder (demo/embed.html), driven like an editor would: choose a widget and its
 * data, see the check with paths, the live preview and the snippet, copy it.
 */

type Frame = { win: Window; doc: Document };

async function openBuilder(): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.src = '/demo/embed.html';
  frame.style.cssText = 'width: 1200px; height: 900px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector('#snippet-code')?.textContent !== undefined && doc.defaultView!.customElements.get('city-news-card'),
    'builder did not start',
    { timeout: 10000 },
  );
  return { win: frame.contentWindow!, doc };
}

const $ = <T extends Element>(f: Frame, selector: string) => f.doc.querySelector<T>(selector)!;
const snippet = (f: Frame) => $(f, '#snippet-code').textContent ?? '';
const validation = (f: Frame) => $(f, '#validation').textContent?.replace(/\s+/g, ' ').trim() ?? '';

function choose(f: Frame, selector: string) {
  const input = $<HTMLInputElement>(f, selector);
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(f: Frame, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(f, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('embed builder (demo/embed.html)', () => {
  let f: Frame;
  before(async function () {
    this.timeout(15000);
    f = await openBuilder();
  });

  it('writes a src snippet with the article as fallback content, checks the data with the library and previews the widget', async () => {
    choose(f, '#widget-card');
    choose(f, '#source-src');
    const url = `${location.origin}/demo/data/ljubljana-moskva-2019.json?typed`;
    type(f, '#data-url', url);
    // Typing waits for a pause, then the snippet, the check and the preview follow.
    await waitUntil(() => validation(f).includes('✓ valid'), `no valid check: ${validation(f)}`, { timeout: 5000 });
    expect(validation(f)).to.equal('✓ valid · an announcement');
    await waitUntil(() => snippet(f).includes('</h2>'), `no fallback content: ${snippet(f)}`, { timeout: 5000 });
    const text = snippet(f);
    expect(text.startsWith(`<city-news-card src="${url}">\n`)).to.equal(true);
    // Without a lang, the fallback is in the data's language (the page's, most likely).
    expect(text).to.contain(
      '<h2><a href="https://www.ljubljana.si/sl/aktualno/nadaljujemo-dobro-sodelovanje-z-moskvo/">Nadaljujemo dobro sodelovanje z Moskvo</a></h2>',
    );
    expect(text).to.contain('<p><time datetime="2019-09-11">sreda, 11. 9. 2019</time></p>');
    // No script in the page's snippet: the library is loaded once, by the site's template, pinned.
    expect(text).not.to.contain('<script');
    const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    expect($(f, '#template-code').textContent).to.equal(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/partner-city-widgets@${version}/dist/partner-city-widgets.js"></script>`,
    );
    const card = $(f, '#preview city-news-card') as HTMLElement & { state: string };
    await waitUntil(() => card.state === 'ready', 'preview not ready', { timeout: 10000 });
    expect(card.getAttribute('src')).to.equal(url);
    expect($<HTMLButtonElement>(f, '#copy').disabled).to.equal(false);
  });

  it('tells a path on the editor’s site (cannot be checked from here) from invalid data, and still writes the snippet', async () => {
    choose(f, '#widget-card');
    choose(f, '#source-src');
    type(f, '#data-site', '');
    type(f, '#data-url', '/media/news/ljubljana-moskva-2019.json');
    await waitUntil(() => validation(f).includes('Cannot be checked from here'), `no neutral note: ${validation(f)}`, { timeout: 5000 });
    expect($(f, '#validation [role="alert"]')).to.equal(null);
    expect(snippet(f)).to.match(/^<city-news-card src="\/media\/news\/ljubljana-moskva-2019\.json"><\/city-news-card>$/);
    expect($(f, '#snippet-note').textContent).to.contain('Paste the JSON to include it');
    // With the site's address the same path is checked there.
    type(f, '#data-url', '/demo/data/ljubljana-moskva-2019.json');
    type(f, '#data-site', location.origin);
    await waitUntil(() => validation(f).includes('✓ valid'), `not checked against the site: ${validation(f)}`, { timeout: 5000 });
    expect(snippet(f)).to.contain('<city-news-card src="/demo/data/ljubljana-moskva-2019.json">');
    type(f, '#data-site', '');
  });

  it('says a file another site does not share (CORS) cannot be checked from here, not that it is wrong', async () => {
    choose(f, '#widget-card');
    choose(f, '#source-src');
    // The same server under another name is another origin, and it sends no CORS headers.
    const other = `${location.protocol}//127.0.0.1:${location.port}/demo/data/ljubljana-moskva-2019.json`;
    type(f, '#data-url', other);
    await waitUntil(() => snippet(f).includes(other), `snippet not updated: ${snippet(f)}`, { timeout: 5000 });
    await waitUntil(() => validation(f).includes('CORS'), `no neutral note: ${validation(f)}`, { timeout: 8000 });
    expect(validation(f)).to.contain('CORS');
    expect($(f, '#validation [role="alert"]')).to.equal(null);
    expect(snippet(f)).to.contain(`<city-news-card src="${other}">`);
    // Pasting the file's JSON checks it and adds the fallback content.
    type(f, '#data-json', JSON.stringify({ title: 'Pasted stand-in' }));
    await waitUntil(() => snippet(f).includes('<h2>Pasted stand-in</h2>'), `pasted JSON not used: ${snippet(f)}`, { timeout: 5000 });
    expect(validation(f)).to.contain('✓ valid');
    type(f, '#data-json', '');
  });

  it('puts pasted JSON in the json attribute (never data, never a script), with paths for its problems', async () => {
    choose(f, '#widget-map');
    choose(f, '#source-json');
    const data = {
      cities: [
        { id: 'lj', name: 'Ljubljana', lat: 46.05, lon: 14.51, role: 'home' },
        { id: 'x', name: 'Nowhere', lat: 123, lon: 0 },
        { id: 'mo', name: "Moskva </script> 'x' & <b>", lat: 55.75, lon: 37.62 },
      ],
    };
    type(f, '#data-json', JSON.stringify(data));
    await waitUntil(() => validation(f).includes('cities[1].lat'), `no path in the check: ${validation(f)}`, { timeout: 5000 });
    expect(validation(f)).to.contain('must be a number between -90 and 90');
    const text = snippet(f);
    expect(text).not.to.match(/\sdata=|<script/);
    // Parsed as a browser (or a sanitiser) would: the attribute holds exactly the data.
    const parsed = new DOMParser().parseFromString(text, 'text/html').querySelector('partner-city-map')!;
    expect(JSON.parse(parsed.getAttribute('json')!)).to.deep.equal(data);
    expect([...parsed.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Ljubljana (home city)',
      "Moskva </script> 'x' & <b>",
    ]);
    const map = $(f, '#preview partner-city-map') as HTMLElement & { state: string };
    await waitUntil(() => map.state === 'ready', 'preview map not ready', { timeout: 10000 });
  });

  it('makes relative image and link URLs in pasted JSON absolute against the site’s address, and warns without one', async () => {
    choose(f, '#widget-card');
    choose(f, '#source-json');
    type(f, '#data-site', '');
    type(f, '#data-json', JSON.stringify({ title: 'T', url: 'novice/t', image: { src: '/media/t.jpg', srcDark: 't-night.jpg', alt: '' } }));
    await waitUntil(() => validation(f).includes('relative URL'), `no warning: ${validation(f)}`, { timeout: 5000 });
    expect(validation(f)).to.contain('image.src ("/media/t.jpg") is a relative URL');
    expect(validation(f)).to.contain('image.srcDark ("t-night.jpg") is a relative URL');
    type(f, '#data-site', 'https://www.ljubljana.si/sl/');
    await waitUntil(() => snippet(f).includes('https://www.ljubljana.si/media/t.jpg'), `not made absolute: ${snippet(f)}`, {
      timeout: 5000,
    });
    const parsed = new DOMParser().parseFromString(snippet(f), 'text/html').querySelector('city-news-card')!;
    expect(JSON.parse(parsed.getAttribute('json')!)).to.deep.equal({
      title: 'T',
      url: 'https://www.ljubljana.si/sl/novice/t',
      image: { src: 'https://www.ljubljana.si/media/t.jpg', srcDark: 'https://www.ljubljana.si/sl/t-night.jpg', alt: '' },
    });
    expect(validation(f)).to.contain('Made absolute against your site’s address');
    type(f, '#data-site', '');
  });

  it('takes the language as a full locale (en-GB gives British dates) and refuses what is not one', async () => {
    choose(f, '#widget-card');
    choose(f, '#source-json');
    type(f, '#data-json', JSON.stringify({ title: 'T', published: '2019-09-11' }));
    type(f, '#opt-lang', 'en-gb');
    await waitUntil(() => snippet(f).includes('lang="en-GB"'), `no locale: ${snippet(f)}`, { timeout: 5000 });
    expect(snippet(f)).to.contain('11/09/2019</time>');
    type(f, '#opt-lang', 'en_US');
    await waitUntil(() => !$<HTMLElement>(f, '#opt-lang-error').hidden, 'no error for a bad locale', { timeout: 5000 });
    expect(snippet(f)).not.to.contain('lang=');
    expect($(f, '#snippet-note').textContent).to.contain('“en_US” is not a language tag');
    type(f, '#opt-lang', '');
  });

  it('writes the accent colour as a custom property on the element and as a rule for the site', async () => {
    choose(f, '#widget-card');
    choose(f, '#source-json');
    type(f, '#data-json', JSON.stringify({ title: 'T', body: ['One.', 'Two.', 'Three.'] }));
    const use = $<HTMLInputElement>(f, '#opt-use-accent');
    use.checked = true;
    use.dispatchEvent(new Event('change', { bubbles: true }));
    const colour = $<HTMLInputElement>(f, '#opt-accent');
    colour.value = '#8a1538';
    colour.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => snippet(f).includes('style="--pcw-color-accent: #8a1538"'), `no accent: ${snippet(f)}`, { timeout: 5000 });
    expect($(f, '#template-code').textContent).to.contain(
      'city-news-card, cooperation-areas, partner-city-map, city-news-feed, partnership-timeline { --pcw-color-accent: #8a1538; }',
    );
    const card = $(f, '#preview city-news-card') as HTMLElement & { state: string };
    await waitUntil(() => card.state === 'ready', 'preview not ready', { timeout: 10000 });
    expect(f.win.getComputedStyle(card).getPropertyValue('--pcw-color-accent').trim()).to.equal('#8a1538');
    const more = card.shadowRoot!.querySelector('[part~="read-more"]')!;
    expect(f.win.getComputedStyle(more).color).to.equal('rgb(138, 21, 56)');
    use.checked = false;
    use.dispatchEvent(new Event('change', { bubbles: true }));
  });

  it('follows the options in the snippet and the preview', async () => {
    choose(f, '#widget-areas');
    choose(f, '#source-src');
    type(f, '#data-url', `${location.origin}/demo/data/ljubljana-moskva-2019.json`);
    choose(f, '#layout-grid');
    const searchable = $<HTMLInputElement>(f, '#opt-searchable');
    searchable.checked = true;
    searchable.dispatchEvent(new Event('change', { bubbles: true }));
    type(f, '#opt-lang', 'ru');
    choose(f, '#theme-dark');
    await waitUntil(
      () => snippet(f).includes('layout="grid"') && snippet(f).includes('lang="ru"'),
      `options not in the snippet: ${snippet(f)}`,
      { timeout: 5000 },
    );
    expect(snippet(f)).to.contain('searchable');
    expect(snippet(f)).to.contain('theme="dark"');
    const areas = $(f, '#preview cooperation-areas');
    expect(['layout', 'lang', 'theme'].map((a) => areas.getAttribute(a))).to.deep.equal(['grid', 'ru', 'dark']);
    expect(areas.hasAttribute('searchable')).to.equal(true);
    // The fallback content: the areas as headings and lists, in Russian.
    await waitUntil(() => snippet(f).includes('<h2>'), `no fallback: ${snippet(f)}`, { timeout: 5000 });
    const parsed = new DOMParser().parseFromString(snippet(f), 'text/html');
    expect(parsed.querySelectorAll('cooperation-areas > h2')).to.have.length(7);
    expect(parsed.querySelectorAll('cooperation-areas > ul > li')).to.have.length(24);
    type(f, '#opt-lang', '');
    choose(f, '#theme-light');
  });

  it('offers the feed: an RSS URL checked as a feed, its newest items as fallback links, its options', async () => {
    choose(f, '#widget-feed');
    choose(f, '#source-src');
    const url = `${location.origin}/demo/data/sample-news.xml`;
    type(f, '#data-url', url);
    // (The check of the previous data, read as a feed of one, shows until the URL's answer comes.)
    await waitUntil(() => validation(f).includes('(rss)'), `no check of the feed: ${validation(f)}`, { timeout: 5000 });
    expect(validation(f)).to.equal('✓ valid · 6 announcements (rss)');
    choose(f, '#feed-layout-compact');
    type(f, '#opt-limit', '3');
    await waitUntil(() => snippet(f).includes('limit="3"'), `options not in the snippet: ${snippet(f)}`, { timeout: 5000 });
    const parsed = new DOMParser().parseFromString(snippet(f), 'text/html');
    const feed = parsed.querySelector('city-news-feed')!;
    expect(feed.getAttribute('src')).to.equal(url);
    expect(feed.getAttribute('layout')).to.equal('compact');
    // The fallback: the three newest items as dated links.
    expect(feed.querySelectorAll(':scope > ul > li')).to.have.length(3);
    expect(feed.querySelector('li a')!.getAttribute('href')).to.equal('https://example.org/sample-news/razstava');
    expect(feed.querySelector('li time')!.getAttribute('datetime')).to.match(/^2022-02-03/);
    const preview = $(f, '#preview city-news-feed') as HTMLElement & { state: string };
    await waitUntil(() => preview.state === 'ready', 'preview not ready', { timeout: 10000 });
    expect(preview.getAttribute('limit')).to.equal('3');
    type(f, '#opt-limit', '0');
    choose(f, '#feed-layout-list');
  });

  it('offers the timeline: the seed checked as entries, them as a dated list for fallback, its options', async () => {
    choose(f, '#widget-timeline');
    choose(f, '#source-src');
    const url = `${location.origin}/demo/data/ljubljana-moskva-2019.json`;
    type(f, '#data-url', url);
    await waitUntil(() => validation(f).includes('3 entries'), `no check of the timeline: ${validation(f)}`, { timeout: 5000 });
    choose(f, '#timeline-layout-horizontal');
    const order = $<HTMLSelectElement>(f, '#opt-order');
    order.value = 'newest';
    order.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => snippet(f).includes('order="newest"'), `options not in the snippet: ${snippet(f)}`, { timeout: 5000 });
    const parsed = new DOMParser().parseFromString(snippet(f), 'text/html');
    const timeline = parsed.querySelector('partnership-timeline')!;
    expect(timeline.getAttribute('layout')).to.equal('horizontal');
    // The fallback: the three entries in time order, each with its <time>.
    expect([...timeline.querySelectorAll(':scope > ol > li > time:first-child')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2000',
      '2019-09-10',
      '2020-05',
    ]);
    const preview = $(f, '#preview partnership-timeline') as HTMLElement & { state: string };
    await waitUntil(() => preview.state === 'ready', 'preview not ready', { timeout: 10000 });
    expect(preview.getAttribute('order')).to.equal('newest');
    order.value = 'oldest';
    order.dispatchEvent(new Event('change', { bubbles: true }));
    choose(f, '#timeline-layout-vertical');
  });

  it('gives no snippet for JSON that does not parse, and says why', async () => {
    choose(f, '#source-json');
    type(f, '#data-json', '{"title": "cut off');
    await waitUntil(() => validation(f).includes('not valid JSON'), `no syntax error: ${validation(f)}`, { timeout: 5000 });
    expect(snippet(f)).to.equal('');
    expect($<HTMLButtonElement>(f, '#copy').disabled).to.equal(true);
    expect($(f, '#snippet-note').textContent).to.contain('Fix the JSON above');
    type(f, '#data-json', '');
  });

  it('copies the snippet with one click, or selects it for copying by hand', async () => {
    choose(f, '#widget-card');
    choose(f, '#source-src');
    type(f, '#data-url', '/demo/data/ljubljana-moskva-2019.json');
    await waitUntil(() => snippet(f).includes('<city-news-card'), 'no card snippet', { timeout: 5000 });
    $<HTMLButtonElement>(f, '#copy').click();
    const status = () => $(f, '#copy-status').textContent ?? '';
    await waitUntil(() => status() !== '', 'no copy status', { timeout: 5000 });
    expect(status()).to.match(/^(Copied|Could not copy: the text is selected below)/);
    if (status() !== 'Copied') {
      // Without clipboard access, the plain-text copy is opened and selected.
      expect($<HTMLDetailsElement>(f, '#snippet-plain').open).to.equal(true);
      expect($<HTMLTextAreaElement>(f, '#snippet-text').value).to.equal(snippet(f));
    }
  });
});
