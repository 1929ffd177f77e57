import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { CityNewsCard, CityNewsFeed, CooperationAreas, PartnerCityMap, PartnershipTimeline } from '../src/index.js';
import { captureWarningsPerTest, TAGS } from '../src/test-support/helpers.js';

/*
 * Strangers' data: a battery of script, markup and URL payloads placed in every text and URL
 * field of every widget, through every data source. Then every link and button is clicked.
 * Nothing may execute, no dangerous URL may reach an attribute, and no iframe, form or foreign
 * script may appear.
 */

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const TEXT_PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'">',
  "' onmouseover='window.__pwned = 1' x='",
  '<iframe src="javascript:window.__pwned = 1"></iframe>',
  '<form action="javascript:window.__pwned = 1"><button>go</button></form>',
  '<a href="javascript:window.__pwned = 1">link</a>',
  '{{constructor.constructor("window.__pwned = 1")()}}',
  '${window.__pwned = 1}',
  '<%= window.__pwned = 1 %>',
  '#{window.__pwned = 1}',
  '[[${window.__pwned}]]',
  '<style>*{display:none}</style>',
];

const URL_PAYLOADS = [
  'javascript:window.__pwned = "url"',
  'JaVaScRiPt:window.__pwned = 1',
  '   javascript:window.__pwned = 1',
  '\tjavascript:window.__pwned = 1',
  'java\nscript:window.__pwned = 1',
  'vbscript:msgbox(1)',
  ' VBScript:msgbox(1)',
  'data:text/html,<script>window.__pwned = 1</script>',
  '  DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'data:image/svg+xml,<svg onload="window.__pwned=1">',
  'file:///etc/passwd',
];

/** One announcement with a payload in every text and URL field that any widget reads. */
function hostile(text: string, url: string) {
  return {
    lang: 'en',
    id: text,
    published: '2019-09-11',
    title: { en: text, sl: text },
    lead: text,
    body: [text, text, text],
    url,
    image: { src: url, alt: text },
    tags: [text, { en: text }],
    cities: [
      { id: 'home', name: text, country: 'SI', lat: 46, lon: 14.5, role: 'home', url, description: text, since: '2000' },
      { id: 'partner', name: { en: text }, country: 'RU', lat: 55.7, lon: 37.6, url, description: { en: text } },
      { id: text, name: text, country: text, role: text, lat: 50, lon: 20, since: text, url },
    ],
    areas: [
      { id: 'a', title: text, description: text, icon: text, items: [text, { title: text, description: text, url }] },
      { title: { en: text }, items: [{ title: text, url }] },
    ],
    // The timeline's one valid entry (past: no calendar link) carries the payloads; the others have bad dates.
    events: [
      { title: text, place: text, url, date: text },
      { title: text, place: text, description: text, url, date: '2019-05-01', id: text },
    ],
    partnership: { cities: ['home', text, 'partner'], agreements: [{ title: text, date: text, from: text, place: text, url }] },
    links: [
      ['home', text],
      [text, 'partner'],
      ['home', 'partner'],
    ],
  };
}

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];
const ALLOWED_TAGS_WITH_URLS = ['a', 'img'];

/** Every element inside the widget's shadow root (and, for nested ones, theirs). */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

function assertInert(widget: HTMLElement) {
  const elements = allElements(widget.shadowRoot!);
  for (const el of elements) {
    expect(['script', 'iframe', 'form', 'object', 'embed', 'frame', 'base', 'meta', 'link'], `<${el.localName}> rendered`).not.to.include(
      el.localName,
    );
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `${el.localName}[${attr}]`).to.equal(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster'].includes(attr)) {
        expect(ALLOWED_TAGS_WITH_URLS, `${attr} on <${el.localName}>`).to.include(el.localName);
        const value = el.getAttribute(attr)!;
        expect(SAFE_PROTOCOLS, `${attr}="${value}"`).to.include(new URL(value, location.href).protocol);
      }
    }
  }
  // Light DOM: only the card's own JSON-LD script may be added.
  for (const script of widget.querySelectorAll('script')) {
    expect(['application/json', 'application/ld+json']).to.include(script.type);
  }
  expect(window.__pwned).to.equal(undefined);
}

/**
 * Clicks every link and button, then hovers and focuses, and checks again. Only navigation to
 * a safe URL is stopped (it would leave the test page): a dangerous URL that slipped through
 * would really run, and `__pwned` would tell.
 */
async function poke(widget: HTMLElement) {
  const stop = (e: Event) => {
    const link = (e.composedPath()[0] as Element).closest?.('a[href]') as HTMLAnchorElement | null;
    if (link && SAFE_PROTOCOLS.includes(new URL(link.href, location.href).protocol)) e.preventDefault();
  };
  window.addEventListener('click', stop);
  try {
    for (const el of allElements(widget.shadowRoot!)) {
      if (el instanceof HTMLAnchorElement || el instanceof HTMLButtonElement) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
        el.click();
        await aTimeout(0);
      }
    }
    const map = widget.shadowRoot!.querySelector<HTMLElement>('[part~="map"]');
    if (map) {
      map.focus();
      map.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
      await aTimeout(0);
      for (const a of widget.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="tooltip"] a')) a.click();
    }
    await aTimeout(20);
  } finally {
    window.removeEventListener('click', stop);
  }
}

type Source = 'property' | 'attribute' | 'inline' | 'src';

async function mount(
  tag: (typeof TAGS)[number],
  source: Source,
  data: unknown,
): Promise<CityNewsCard | CooperationAreas | PartnerCityMap | CityNewsFeed | PartnershipTimeline> {
  const el = document.createElement(tag);
  el.setAttribute('debug', '');
  if (tag === 'city-news-card') el.setAttribute('expanded', '');
  if (tag === 'cooperation-areas') el.setAttribute('open', '');
  // The feed's cards in full, so that every field of the announcement is shown (in their shadow roots).
  if (tag === 'city-news-feed') el.setAttribute('item-variant', 'full');
  const json = JSON.stringify(data);
  if (source === 'property') el.data = data;
  if (source === 'attribute') el.setAttribute('data', json);
  if (source === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  if (source === 'src') el.src = `/test-api/echo?body=${encodeURIComponent(json)}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await waitUntil(() => el.state === 'ready', `${tag} from ${source} never got ready (${el.state})`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const warnings = captureWarningsPerTest();
beforeEach(() => (window.__pwned = undefined));

describe('hostile data', () => {
  it('the battery can fail: a dangerous link that slipped through would run when poked', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // `void`: a javascript: URL that evaluates to a string would replace the test page.
    host.attachShadow({ mode: 'open' }).innerHTML = '<a href="javascript:void(window.__pwned = &quot;poked&quot;)">x</a>';
    await poke(host);
    await waitUntil(() => window.__pwned === 'poked', 'the poke did not follow the link', { timeout: 10000 });
    window.__pwned = undefined;
  });

  for (const tag of TAGS) {
    for (const source of ['property', 'attribute', 'inline', 'src'] as Source[]) {
      it(`<${tag}> from ${source}: nothing executes, no dangerous URL or element appears`, async () => {
        for (let i = 0; i < Math.max(TEXT_PAYLOADS.length, URL_PAYLOADS.length); i++) {
          const text = TEXT_PAYLOADS[i % TEXT_PAYLOADS.length];
          const url = URL_PAYLOADS[i % URL_PAYLOADS.length];
          const el = await mount(tag, source, hostile(text, url));
          // The payload is shown, as text.
          expect(
            allElements(el.shadowRoot!)
              .map((e) => e.shadowRoot?.textContent ?? e.textContent)
              .join(' '),
          ).to.contain(text.trim().slice(0, 12));
          assertInert(el);
          await poke(el);
          assertInert(el);
          el.remove();
        }
        // Every dangerous URL was reported (a warning per dropped URL), never used.
        expect(warnings.calls.some((w) => w.includes('must be an http, https, mailto or relative URL'))).to.equal(true);
      });
    }
  }

  it('<city-news-card> bodyHtml: DOMPurify keeps the text and none of the payloads', async () => {
    const card = document.createElement('city-news-card');
    card.setAttribute('expanded', '');
    card.data = {
      title: 'T',
      bodyHtml: TEXT_PAYLOADS.join('<p>between</p>') + URL_PAYLOADS.map((u) => `<a href="${u.replace(/"/g, '&quot;')}">x</a>`).join(''),
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(card);
    await waitUntil(() => card.shadowRoot!.querySelectorAll('[part~="body"] p').length > 3, 'rich text not shown', { timeout: 10000 });
    assertInert(card);
    await poke(card);
    assertInert(card);
    expect(card.shadowRoot!.querySelectorAll('[part~="body"] a[href]')).to.have.length(0);
  });
});
