import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { PcwErrorDetail } from '../../events.js';
import { captureWarnings, hits, seed, textOf, uniqueKey } from '../../test-support/helpers.js';
import { CityNewsCard } from './city-news-card.js';
import './city-news-card.js';

const sample = {
  lang: 'sl',
  published: '2019-09-11',
  title: { sl: 'Nadaljujemo dobro sodelovanje z Moskvo', en: 'Continuing good cooperation with Moscow', ru: 'Продолжаем хорошее сотрудничество с Москвой' },
  lead: 'Župan je podpisal program.',
  body: ['Prvi odstavek.', 'Drugi odstavek.', 'Tretji odstavek.', 'Četrti odstavek.'],
  url: 'https://www.ljubljana.si/sl/aktualno/',
  image: { src: '/demo/data/ljubljana-moskva.svg', alt: 'Ljubljana' },
  tags: ['moskva'],
};

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: HTMLElement, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const titleOf = (el: HTMLElement) => textOf(part(el, 'title'));
const ready = (el: CityNewsCard) => waitUntil(() => el.state === 'ready', 'card never became ready', { timeout: 5000 });
const failed = (el: CityNewsCard) => waitUntil(() => el.state === 'error', 'card never showed an error', { timeout: 5000 });

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<city-news-card>', () => {
  it('is defined', () => {
    expect(customElements.get('city-news-card')).to.equal(CityNewsCard);
    expect(document.createElement('city-news-card')).to.be.instanceOf(CityNewsCard);
  });

  describe('data sources', () => {
    it('shows its light-DOM content and stays initial without any source', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card><p>Static article</p></city-news-card>`);
      expect(el.state).to.equal('initial');
      const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.equal('Static article');
    });

    it('fires pcw-load (bubbling, composed) with the model, the source and the warnings', async () => {
      let event: CustomEvent | undefined;
      const wrapper = await fixture<HTMLDivElement>(html`<div @pcw-load=${(e: CustomEvent) => (event = e)}>
        <city-news-card lang="sl" src="/demo/data/ljubljana-moskva-2019.json"></city-news-card>
      </div>`);
      await waitUntil(() => event, 'no pcw-load reached the wrapper', { timeout: 10000 });
      expect(event!.bubbles && event!.composed).to.equal(true);
      expect(event!.detail.source).to.equal('src');
      expect(event!.detail.data.title.sl).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      expect(event!.detail.warnings).to.deep.equal([]);
      // By the time pcw-load fires, the content is on screen.
      expect(titleOf(wrapper.querySelector('city-news-card')!)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
    });

    it('renders from the data property', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" .data=${sample}></city-news-card>`);
      expect(el.state).to.equal('ready');
      expect(titleOf(el)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      expect(textOf(part(el, 'lead'))).to.equal('Župan je podpisal program.');
    });

    it('renders from the data attribute (JSON text)', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" data=${JSON.stringify(sample)}></city-news-card>`);
      expect(titleOf(el)).to.equal('Continuing good cooperation with Moscow');
    });

    it('takes JSON text through the data property too (as frameworks pass it), with the attribute\'s errors', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" .data=${JSON.stringify(sample)}></city-news-card>`);
      expect(el.state).to.equal('ready');
      expect(titleOf(el)).to.equal('Continuing good cooperation with Moscow');
      el.data = '{"title": "cut';
      await elementUpdated(el);
      expect(el.state).to.equal('error');
      expect(warnings.calls[0]).to.match(/^\[city-news-card\] The data property is not valid JSON/);
      el.data = JSON.stringify({ title: 'Fixed' });
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('Fixed');
    });

    it('renders from the json attribute (the text-safe name for CMS pages), with data winning when both are set', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" json=${JSON.stringify(sample)}></city-news-card>`);
      expect(el.state).to.equal('ready');
      expect(titleOf(el)).to.equal('Continuing good cooperation with Moscow');
      el.setAttribute('json', JSON.stringify({ title: 'Changed json' }));
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('Changed json');
      el.setAttribute('data', JSON.stringify({ title: 'From data' }));
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('From data');
      el.removeAttribute('data');
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('Changed json');
      el.removeAttribute('json');
      await elementUpdated(el);
      expect(el.state).to.equal('initial');
    });

    it('renders from an inline <script type="application/json"> and re-reads it when its text changes', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en"><script type="application/json">${JSON.stringify(sample)}</script></city-news-card>`);
      expect(titleOf(el)).to.equal('Continuing good cooperation with Moscow');
      el.querySelector('script')!.textContent = JSON.stringify({ title: 'Changed inline' });
      await waitUntil(() => titleOf(el) === 'Changed inline', 'inline change not picked up', { timeout: 10000 });
    });

    it('renders from src (the seed article)', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" src="/demo/data/ljubljana-moskva-2019.json"></city-news-card>`);
      await ready(el);
      expect(titleOf(el)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      expect(textOf(part(el, 'date'))).to.equal('sreda, 11. 9. 2019');
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2019-09-11');
      // Relative URLs in fetched data resolve against the data's URL, not the page.
      expect(part(el, 'image')!.getAttribute('src')).to.equal(new URL('/demo/data/ljubljana-moskva.svg', location.href).href);
    });

    it('follows the precedence property > attribute > inline script > src', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card
        src="/test-api/announcement?title=From%20src"
        data=${JSON.stringify({ title: 'From attribute' })}
        .data=${{ title: 'From property' }}
        ><script type="application/json">{"title": "From script"}</script></city-news-card
      >`);
      expect(titleOf(el)).to.equal('From property');
      el.data = undefined;
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('From attribute');
      el.removeAttribute('data');
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('From script');
      el.querySelector('script')!.remove();
      await waitUntil(() => titleOf(el) === 'From src', 'src not used after the script went', { timeout: 10000 });
    });

    it('re-renders when src changes', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/announcement?title=First"></city-news-card>`);
      await waitUntil(() => titleOf(el) === 'First', undefined, { timeout: 10000 });
      el.src = '/test-api/announcement?title=Second';
      await waitUntil(() => titleOf(el) === 'Second', 'second src not shown', { timeout: 10000 });
    });

    it('never lets a late answer for an old src overwrite the newer one', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/announcement?title=Old&amp;delay=600"></city-news-card>`);
      el.src = '/test-api/announcement?title=New';
      await waitUntil(() => titleOf(el) === 'New', undefined, { timeout: 10000 });
      await aTimeout(900);
      expect(titleOf(el)).to.equal('New');
    });

    it('makes one request for 20 cards with the same src', async () => {
      const key = uniqueKey('shared');
      const url = `/test-api/announcement?key=${key}&delay=100`;
      const container = await fixture<HTMLDivElement>(html`<div>${Array.from({ length: 20 }, () => html`<city-news-card src=${url}></city-news-card>`)}</div>`);
      const cards = [...container.querySelectorAll('city-news-card')];
      await waitUntil(() => cards.every((c) => c.state === 'ready'), 'not every card got ready', { timeout: 10000 });
      // A card added later is served from the same completed request.
      const late = document.createElement('city-news-card');
      late.src = url;
      container.append(late);
      await waitUntil(() => late.state === 'ready', undefined, { timeout: 10000 });
      expect(await hits(key)).to.equal(1);
    });

    it('shows light-DOM fallback content until it renders, and hides it afterwards', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/announcement?delay=300"><p>Plain article text</p></city-news-card>`);
      const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Plain article text']);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      await ready(el);
      expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
    });

    it('keeps light-DOM fallback content under the error message when the data cannot be loaded', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/status?code=500"><p>Plain article text</p></city-news-card>`);
      await failed(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Plain article text']);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state for an empty object', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" data="{}"></city-news-card>`);
      expect(el.state).to.equal('empty');
      expect(textOf(part(el, 'empty'))).to.equal('There is no announcement to show.');
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    const faults: [string, string, Partial<PcwErrorDetail>][] = [
      ['HTTP 404', '/test-api/status?code=404', { kind: 'http', status: 404 }],
      ['HTTP 500', '/test-api/status?code=500', { kind: 'http', status: 500 }],
      ['a network error', 'http://127.0.0.1:9/unreachable.json', { kind: 'network' }],
      ['an HTML page', '/test-api/html', { kind: 'html' }],
      ['bad JSON', '/test-api/bad-json', { kind: 'not-json' }],
      ['the wrong shape', '/test-api/wrong-shape', { kind: 'invalid' }],
      ['a missing title', '/test-api/no-title', { kind: 'invalid', path: 'title' }],
    ];
    for (const [name, src, expected] of faults) {
      it(`shows a translated alert and fires pcw-error for ${name}`, async () => {
        const el = document.createElement('city-news-card');
        el.lang = 'sl';
        el.src = src;
        const event = oneEvent(el, 'pcw-error');
        document.body.append(el);
        try {
          const { detail } = await event;
          expect(detail).to.include({ ...expected, source: 'src' });
          expect(detail.url).to.equal(new URL(src, location.href).href);
          await elementUpdated(el);
          const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
          expect(alert).to.exist;
          expect(textOf(part(el, 'error-message'))).to.equal(expected.kind === 'invalid' ? 'Podatkov ni bilo mogoče prikazati.' : 'Podatkov ni bilo mogoče naložiti.');
          expect(textOf(part(el, 'error-details'))).to.contain(detail.message);
          expect(textOf(part(el, 'retry-button'))).to.equal('Poskusi znova');
          expect(warnings.calls).to.deep.equal([`[city-news-card] ${detail.message}`]);
        } finally {
          el.remove();
        }
      });
    }

    it('says what came back when the answer is an HTML page', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/html"></city-news-card>`);
      await failed(el);
      expect(el.shadowRoot!.querySelector('[part~="error-details"] p')!.textContent).to.match(/HTML page \(text\/html.*\), not JSON/);
    });

    it('recovers on retry (a flaky endpoint that fails once)', async () => {
      const key = uniqueKey('flaky');
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" src=${`/test-api/flaky?key=${key}`}></city-news-card>`);
      await failed(el);
      part(el, 'retry-button')!.click();
      await ready(el);
      expect(titleOf(el)).to.equal('We are continuing good cooperation with Moscow');
      expect(await hits(key)).to.equal(2);
    });

    it('times out a request that never answers', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" timeout="300" src="/test-api/hang?ms=3000"></city-news-card>`);
      const { detail } = await oneEvent(el, 'pcw-error');
      expect(detail.kind).to.equal('timeout');
      expect(textOf(part(el, 'error-message'))).to.equal('The data could not be loaded.');
    });

    it('times out a body that stops arriving, as a timeout', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" timeout="400" src="/test-api/slow-body?ms=3000"></city-news-card>`);
      const { detail } = await oneEvent(el, 'pcw-error');
      expect(detail.kind).to.equal('timeout');
      expect(detail.message).to.match(/^No answer from .*slow-body.* within 0\.4 s$/);
    });

    it('shows an error (no retry button) for invalid JSON in the data attribute', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="ru" data="{oops"></city-news-card>`);
      expect(el.state).to.equal('error');
      expect(textOf(part(el, 'error-message'))).to.equal('Не удалось показать данные.');
      expect(part(el, 'retry-button')).to.equal(null);
      expect(warnings.calls[0]).to.match(/^\[city-news-card\] The data attribute is not valid JSON/);
    });

    it('names the json attribute when its JSON is invalid (a sanitiser that cut it, say)', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" json='"x"}'></city-news-card>`);
      expect(el.state).to.equal('error');
      expect(textOf(part(el, 'error-message'))).to.equal('The data could not be shown.');
      expect(warnings.calls[0]).to.match(/^\[city-news-card\] The json attribute is not valid JSON/);
    });

    it('fires pcw-error for a data property of the wrong shape', async () => {
      const el = document.createElement('city-news-card');
      setTimeout(() => {
        el.data = ['not', 'an', 'announcement'];
        document.body.append(el);
      });
      const { detail } = await oneEvent(el, 'pcw-error');
      expect(detail).to.include({ kind: 'invalid', source: 'property' });
      el.remove();
    });
  });

  describe('validation warnings', () => {
    it('leaves out invalid items with one console warning each, and lists them with debug', async () => {
      const data = { ...sample, tags: ['moskva', 42], image: { src: 'javascript:alert(1)', alt: 'x' } };
      const el = await fixture<CityNewsCard>(html`<city-news-card debug lang="en" .data=${data}></city-news-card>`);
      expect(parts(el, 'tag').map((t) => t.textContent)).to.deep.equal(['moskva']);
      expect(part(el, 'image')).to.equal(null);
      expect(warnings.calls).to.deep.equal([
        '[city-news-card] image.src must be an http, https, mailto or relative URL (left out)',
        '[city-news-card] tags[1] must be a text or a map of language to text (left out)',
      ]);
      expect(textOf(part(el, 'warnings'))).to.contain('2 problems in the data');
      expect(textOf(part(el, 'warnings'))).to.contain('tags[1] must be a text');
    });

    it('leaves out a URL that cannot be resolved against the data URL, and shows the rest', async () => {
      const body = encodeURIComponent(JSON.stringify({ title: 'Fine title', url: '//[', image: { src: 'http://[', alt: '' } }));
      const el = await fixture<CityNewsCard>(html`<city-news-card src=${`/test-api/echo?body=${body}`}></city-news-card>`);
      await ready(el);
      expect(titleOf(el)).to.equal('Fine title');
      expect(part(el, 'link')).to.equal(null);
      expect(part(el, 'image')).to.equal(null);
      expect(warnings.calls).to.deep.equal([
        '[city-news-card] url must be an http, https, mailto or relative URL (left out)',
        '[city-news-card] image.src must be an http, https, mailto or relative URL (left out)',
      ]);
    });

    it('does not show warnings to visitors without debug', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${{ ...sample, tags: [42] }}></city-news-card>`);
      expect(part(el, 'warnings')).to.equal(null);
      expect(warnings.calls).to.have.length(1);
    });
  });

  describe('safety', () => {
    const payloads = [
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 1">',
      '"><svg onload="window.__pwned=1">',
      '{{constructor.constructor("window.__pwned=1")()}}',
      '${window.__pwned = 1}',
    ];

    it('renders script and markup payloads in every text field as text', async () => {
      for (const payload of payloads) {
        const data = { title: payload, lead: payload, body: [payload, payload, payload], tags: [payload], image: { src: '/demo/data/ljubljana-moskva.svg', alt: payload }, published: '2019-09-11' };
        const el = await fixture<CityNewsCard>(html`<city-news-card expanded .data=${data}></city-news-card>`);
        expect(titleOf(el)).to.equal(payload.replace(/\s+/g, ' ').trim());
        expect(part(el, 'lead')!.textContent).to.equal(payload);
        expect(parts(el, 'paragraph').map((p) => p.textContent)).to.deep.equal([payload, payload, payload]);
        expect(part(el, 'tag')!.textContent).to.equal(payload);
        expect(part(el, 'image')!.getAttribute('alt')).to.equal(payload);
        expect(el.shadowRoot!.querySelectorAll('script, svg, [onerror], [onload]')).to.have.length(0);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      }
    });

    it('never lets javascript: or data: URLs reach href or src', async () => {
      for (const bad of ['javascript:window.__pwned=1', ' JAVASCRIPT:window.__pwned=1', 'java\tscript:x', 'data:text/html,<script>1</script>', 'vbscript:x']) {
        const el = await fixture<CityNewsCard>(html`<city-news-card .data=${{ title: 'T', url: bad, image: { src: bad, alt: 'a' } }}></city-news-card>`);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(titleOf(el)).to.equal('T');
      }
    });

    it('resolves relative links in bodyHtml against the data URL, like the announcement url', async () => {
      const data = { title: 'T', url: 'full.html', bodyHtml: '<p><a href="more.html">more</a> <a href="//[">broken</a> <a href="mailto:info@example.org">mail</a></p>' };
      const body = encodeURIComponent(JSON.stringify(data));
      const fromSrc = await fixture<CityNewsCard>(html`<city-news-card src=${`/test-api/echo?body=${body}`}></city-news-card>`);
      await waitUntil(() => fromSrc.shadowRoot!.querySelector('[part~="body"] a'), 'rich text never rendered', { timeout: 10000 });
      const hrefs = (el: CityNewsCard) => [...part(el, 'body')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      const base = new URL('/test-api/echo', location.href);
      expect(part(fromSrc, 'link')!.getAttribute('href')).to.equal(new URL('full.html', base).href);
      expect(hrefs(fromSrc)).to.deep.equal([new URL('more.html', base).href, null, 'mailto:info@example.org']);
      // Data given on the page: links stay relative to the page.
      const inline = await fixture<CityNewsCard>(html`<city-news-card .data=${data}></city-news-card>`);
      await waitUntil(() => inline.shadowRoot!.querySelector('[part~="body"] a'), 'rich text never rendered', { timeout: 10000 });
      expect(hrefs(inline)).to.deep.equal(['more.html', null, 'mailto:info@example.org']);
    });

    it('cleans bodyHtml with DOMPurify (allowlist) and keeps safe links only', async () => {
      const bodyHtml =
        '<p>Safe <strong>bold</strong> <a href="https://example.org" onclick="window.__pwned=1">link</a></p>' +
        '<p><a href="javascript:window.__pwned=1">bad</a><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script></p>' +
        '<iframe src="https://example.org"></iframe><form action="https://evil.example"><input></form><p style="color:red">styled</p>';
      const el = await fixture<CityNewsCard>(html`<city-news-card expanded .data=${{ title: 'T', bodyHtml }}></city-news-card>`);
      await waitUntil(() => el.shadowRoot!.querySelector('strong'), 'rich text never rendered', { timeout: 10000 });
      const body = part(el, 'body')!;
      expect(body.querySelector('strong')!.textContent).to.equal('bold');
      const links = [...body.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org', null]);
      expect(links[0].getAttribute('onclick')).to.equal(null);
      expect(body.querySelectorAll('img, script, iframe, form, input, [style]')).to.have.length(0);
      expect(textOf(body)).to.contain('styled');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('languages and dates', () => {
    it('switches title and date format with lang (sl, en, ru)', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" .data=${sample}></city-news-card>`);
      expect(titleOf(el)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      expect(textOf(part(el, 'date'))).to.equal('sreda, 11. 9. 2019');
      el.lang = 'en';
      await waitUntil(() => titleOf(el) === 'Continuing good cooperation with Moscow', undefined, { timeout: 10000 });
      expect(textOf(part(el, 'date'))).to.equal('Wednesday, 9/11/2019');
      el.lang = 'ru';
      await waitUntil(() => titleOf(el) === 'Продолжаем хорошее сотрудничество с Москвой', undefined, { timeout: 10000 });
      expect(textOf(part(el, 'date'))).to.equal('среда, 11.09.2019');
      expect(textOf(part(el, 'read-more'))).to.equal('Читать далее (ещё 2 абзаца)');
    });

    it('writes the long date form with date-style="long"', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" date-style="long" .data=${sample}></city-news-card>`);
      expect(textOf(part(el, 'date'))).to.equal('sreda, 11. september 2019');
    });

    it('shows partial dates at their precision', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="ru" .data=${{ ...sample, published: '2020-05' }}></city-news-card>`);
      expect(textOf(part(el, 'date'))).to.equal('май 2020 г.');
      el.data = { ...sample, published: 2000 };
      await elementUpdated(el);
      expect(textOf(part(el, 'date'))).to.equal('2000');
    });

    it('takes the language from an ancestor, then the document, and follows changes of <html lang>', async () => {
      const before = document.documentElement.lang;
      try {
        document.documentElement.lang = 'ru';
        const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
        expect(titleOf(el)).to.equal('Продолжаем хорошее сотрудничество с Москвой');
        document.documentElement.lang = 'en';
        await waitUntil(() => titleOf(el) === 'Continuing good cooperation with Moscow', 'html lang change ignored', { timeout: 10000 });
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="sl"><city-news-card .data=${sample}></city-news-card></div>`);
        const inner = wrapper.querySelector('city-news-card')!;
        await elementUpdated(inner);
        expect(titleOf(inner)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('follows lang changes inside other shadow roots (a card in a framework component)', async () => {
      // Two levels of someone else's shadow DOM: outer host > shadow > section[lang] > inner host > shadow > card.
      const outer = await fixture<HTMLDivElement>(html`<div></div>`);
      const outerRoot = outer.attachShadow({ mode: 'open' });
      outerRoot.innerHTML = '<section lang="sl"><div></div></section>';
      const innerRoot = outerRoot.querySelector('div')!.attachShadow({ mode: 'open' });
      innerRoot.innerHTML = '<p lang="sl"><city-news-card></city-news-card></p>';
      const el = innerRoot.querySelector('city-news-card') as CityNewsCard;
      el.data = sample;
      await waitUntil(() => titleOf(el) === 'Nadaljujemo dobro sodelovanje z Moskvo', 'language of the shadow ancestor not used', { timeout: 10000 });
      innerRoot.querySelector('p')!.lang = 'en';
      await waitUntil(() => titleOf(el) === 'Continuing good cooperation with Moscow', 'lang change in the inner shadow root ignored', { timeout: 10000 });
      innerRoot.querySelector('p')!.removeAttribute('lang');
      await waitUntil(() => titleOf(el) === 'Nadaljujemo dobro sodelovanje z Moskvo', 'lang removal in the inner shadow root ignored', { timeout: 10000 });
      outerRoot.querySelector('section')!.lang = 'ru';
      await waitUntil(() => titleOf(el) === 'Продолжаем хорошее сотрудничество с Москвой', 'lang change in the outer shadow root ignored', { timeout: 10000 });
    });

    it('falls back to the announcement language, then the first text given', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="de" .data=${{ lang: 'sl', title: { en: 'English', sl: 'Slovensko' } }}></city-news-card>`);
      expect(titleOf(el)).to.equal('Slovensko');
      el.data = { title: { ru: 'Русский', en: 'English' } };
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('Русский');
    });
  });

  describe('view', () => {
    it('puts the title in a heading of heading-level, linked to url', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(part(el, 'link')!.getAttribute('href')).to.equal('https://www.ljubljana.si/sl/aktualno/');
      el.headingLevel = 4;
      await elementUpdated(el);
      expect(part(el, 'title')!.localName).to.equal('h4');
      const plain = await fixture<CityNewsCard>(html`<city-news-card heading-level="3" .data=${{ title: 'No link' }}></city-news-card>`);
      expect(part(plain, 'title')!.localName).to.equal('h3');
      expect(part(plain, 'link')).to.equal(null);
    });

    it('shows the image lazily with its alt text, or as decorative', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal('Ljubljana');
      el.data = { ...sample, image: { src: '/demo/data/ljubljana-moskva.svg', alt: '' } };
      await elementUpdated(el);
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('');
    });

    it('toggles "Read more" / "Show less" by keyboard, reflecting expanded and firing pcw-toggle', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" .data=${sample}></city-news-card>`);
      expect(parts(el, 'paragraph')).to.have.length(2);
      const button = part(el, 'read-more')!;
      expect(textOf(button)).to.equal('Read more (2 more paragraphs)');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      const toggled = oneEvent(el, 'pcw-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await toggled).detail).to.deep.equal({ expanded: true });
      await elementUpdated(el);
      expect(el.hasAttribute('expanded')).to.equal(true);
      expect(parts(el, 'paragraph')).to.have.length(4);
      expect(textOf(part(el, 'read-more'))).to.equal('Show less');
      expect(part(el, 'read-more')!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(el.expanded).to.equal(false);
      expect(parts(el, 'paragraph')).to.have.length(2);
    });

    it('falls back to the defaults when attributes are removed or unknown', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card variant="compact" date-style="long" preview-paragraphs="1" lang="sl" .data=${sample}></city-news-card>`);
      el.removeAttribute('variant');
      el.setAttribute('date-style', 'fancy');
      el.setAttribute('preview-paragraphs', 'x');
      await elementUpdated(el);
      expect(el.variant).to.equal('full');
      expect(el.dateStyle).to.equal('numeric');
      expect(el.previewParagraphs).to.equal(2);
      expect(textOf(part(el, 'date'))).to.equal('sreda, 11. 9. 2019');
      expect(parts(el, 'paragraph')).to.have.length(2);
    });

    it('has no read-more button for a short body', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${{ ...sample, body: ['Only one.'] }}></city-news-card>`);
      expect(part(el, 'read-more')).to.equal(null);
      expect(parts(el, 'paragraph')).to.have.length(1);
    });

    it('shows tags as plain text without tag-href: nothing that looks pressable does nothing', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
      const tag = part(el, 'tag')!;
      expect(tag.localName).to.equal('span');
      expect(el.shadowRoot!.querySelectorAll('[part~="tags"] a, [part~="tags"] button')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('makes tags links with tag-href ({tag} URL-encoded), firing a cancelable pcw-tag-select', async () => {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card tag-href="/iskanje?tag={tag}" .data=${{ ...sample, tags: ['moskva', 'mestna uprava & promet'] }}></city-news-card>`,
      );
      const links = parts(el, 'tag') as HTMLAnchorElement[];
      expect(links.map((a) => a.localName)).to.deep.equal(['a', 'a']);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/iskanje?tag=moskva', '/iskanje?tag=mestna%20uprava%20%26%20promet']);
      await expect(el).to.be.accessible();
      // A page that filters by itself cancels the event, and the link is not followed.
      const seen: string[] = [];
      el.addEventListener('pcw-tag-select', (e) => {
        seen.push(e.detail.tag);
        e.preventDefault();
      });
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      links[1].dispatchEvent(click);
      expect(seen).to.deep.equal(['mestna uprava & promet']);
      expect(click.defaultPrevented).to.equal(true);
    });

    it('follows a tag link when no listener cancels pcw-tag-select', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card tag-href="#tag-{tag}" .data=${sample}></city-news-card>`);
      const event = oneEvent(el, 'pcw-tag-select');
      part(el, 'tag')!.click();
      expect((await event).detail).to.deep.equal({ tag: 'moskva' });
      await waitUntil(() => location.hash === '#tag-moskva', 'the link was not followed', { timeout: 10000 });
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('keeps tags as text when tag-href would make an unsafe link', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card tag-href="javascript:alert('{tag}')" .data=${sample}></city-news-card>`);
      expect(part(el, 'tag')!.localName).to.equal('span');
    });

    it('shows only date, title and lead with variant="compact"', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card variant="compact" .data=${sample}></city-news-card>`);
      expect(part(el, 'date')).to.exist;
      expect(part(el, 'title')).to.exist;
      expect(part(el, 'lead')).to.exist;
      for (const name of ['body', 'image', 'tags', 'read-more']) expect(part(el, name), name).to.equal(null);
    });

    it('adds schema.org NewsArticle JSON-LD with structured-data', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card structured-data lang="sl" .data=${sample}></city-news-card>`);
      const ldScript = () => el.querySelector('script[type="application/ld+json"]');
      // The writer is a lazy chunk: the script appears once it has loaded.
      await waitUntil(ldScript, 'no JSON-LD written', { timeout: 10000 });
      const ld = JSON.parse(ldScript()!.textContent!);
      expect(ld).to.include({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Nadaljujemo dobro sodelovanje z Moskvo', datePublished: '2019-09-11', inLanguage: 'sl' });
      el.lang = 'en';
      await waitUntil(() => JSON.parse(ldScript()!.textContent!).inLanguage === 'en', 'JSON-LD not rewritten for the new language', { timeout: 10000 });
      el.structuredData = false;
      await elementUpdated(el);
      await aTimeout(0);
      expect(ldScript()).to.equal(null);
      expect(el.querySelectorAll('script')).to.have.length(0);
    });

    it('writes no JSON-LD when structured-data is turned off or the card removed before the writer loads', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card structured-data .data=${sample}></city-news-card>`);
      el.structuredData = false;
      const other = await fixture<CityNewsCard>(html`<city-news-card structured-data .data=${sample}></city-news-card>`);
      const parent = other.parentElement!;
      other.remove();
      // Long enough for the lazy module to load (it is cached after the first test).
      await aTimeout(100);
      expect(el.querySelector('script')).to.equal(null);
      expect(other.querySelector('script')).to.equal(null);
      parent.append(other);
      await waitUntil(() => other.querySelector('script[type="application/ld+json"]'), 'JSON-LD not written after reconnecting', { timeout: 10000 });
    });

    it('keeps host-page CSS out', async () => {
      const style = document.createElement('style');
      style.textContent = 'h2 { color: rgb(255, 0, 0) !important; } p { display: none !important; }';
      document.head.append(style);
      try {
        const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
        expect(getComputedStyle(part(el, 'title')!).color).not.to.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(part(el, 'lead')!).display).not.to.equal('none');
        expect(part(el, 'lead')!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        style.remove();
      }
    });

    it('applies the dark theme, and follows the system with theme="auto"', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card theme="dark" .data=${sample}></city-news-card>`);
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
      el.theme = 'auto';
      await elementUpdated(el);
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('lets the page theme it through --pcw-* custom properties', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card class="themed" .data=${sample}></city-news-card>`);
      el.style.setProperty('--pcw-color-surface', 'rgb(1, 2, 3)');
      el.style.setProperty('--pcw-news-card-title-size', '40px');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'title')!).fontSize).to.equal('40px');
    });

    it('stops the skeleton animation when reduced motion is asked for', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/hang?ms=2000"></city-news-card>`);
      const bar = el.shadowRoot!.querySelector('.skeleton')!;
      expect(getComputedStyle(bar).animationName).to.equal('pcw-pulse');
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(bar).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('uses system colours in forced-colors mode', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
      try {
        await emulateMedia({ forcedColors: 'active' });
        const border = getComputedStyle(part(el, 'base')!).borderTopColor;
        const canvasText = getComputedStyle(document.body).color;
        expect(border).to.equal(canvasText);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('inherits the host page font by default', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif"><city-news-card .data=${sample}></city-news-card></div>`);
      const el = wrapper.querySelector('city-news-card')!;
      expect(getComputedStyle(part(el, 'lead')!).fontFamily).to.equal('Georgia, serif');
    });
  });

  describe('accessibility (axe)', () => {
    it('is accessible when ready', async () => {
      const data = await seed();
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${data}></city-news-card>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/hang?ms=2000"></city-news-card>`);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible with an error', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/status?code=500"></city-news-card>`);
      await failed(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible compact', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card variant="compact" .data=${sample}></city-news-card>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, expanded', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card theme="dark" expanded .data=${sample}></city-news-card>`);
      await expect(el).to.be.accessible();
    });
  });
});
