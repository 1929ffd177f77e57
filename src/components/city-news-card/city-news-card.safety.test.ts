import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureWarningsPerTest, part, parts, textOf, titleOf } from '../../test-support/helpers.js';
import type { CityNewsCard } from './city-news-card.js';
import './city-news-card.js';

// <city-news-card>: hostile text and URLs stay inert; bodyHtml is cleaned and its links resolved.

captureWarningsPerTest();

describe('<city-news-card>', () => {
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
        const data = {
          title: payload,
          lead: payload,
          body: [payload, payload, payload],
          tags: [payload],
          image: { src: '/demo/data/ljubljana-moskva.svg', alt: payload },
          published: '2019-09-11',
        };
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
      for (const bad of [
        'javascript:window.__pwned=1',
        ' JAVASCRIPT:window.__pwned=1',
        'java\tscript:x',
        'data:text/html,<script>1</script>',
        'vbscript:x',
      ]) {
        const el = await fixture<CityNewsCard>(
          html`<city-news-card .data=${{ title: 'T', url: bad, image: { src: bad, alt: 'a' } }}></city-news-card>`,
        );
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(titleOf(el)).to.equal('T');
      }
    });

    it('resolves relative links in bodyHtml against the data URL, like the announcement url', async () => {
      const data = {
        title: 'T',
        url: 'full.html',
        bodyHtml: '<p><a href="more.html">more</a> <a href="//[">broken</a> <a href="mailto:info@example.org">mail</a></p>',
      };
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
});
