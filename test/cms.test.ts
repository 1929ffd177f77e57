import { expect, waitUntil } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { DEFAULTS, fallbackHtml, PARSERS, snippet, type SnippetOptions, type Tag } from '../demo/embed-snippet.js';
import '../src/index.js';
import { captureWarnings, executable, sanitizeOnServer } from '../src/test-support/helpers.js';

/*
 * The CMS editor's path, end to end: the embed builder's snippets (demo/embed-snippet.ts, the
 * code the builder runs) go through the sanitisers CMSs use — sanitize-html, DOMPurify and
 * WordPress's real kses (test/cms/) — at their defaults and with the widgets allowed as a site
 * admin would allow them; the result is put into a page as the CMS would serve it.
 *
 * - allowed: every widget reaches its ready state, from `src` and from the `json` attribute,
 *   and its fallback content is no longer shown;
 * - not allowed: the tag is gone but the fallback content is there (a page is never blank);
 * - never: anything executable.
 */

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean> };
const TAGS: Tag[] = ['city-news-card', 'cooperation-areas', 'partner-city-map', 'city-news-feed', 'partnership-timeline'];
const DATA_URL = '/demo/data/ljubljana-moskva-2019.json';

let seed: Record<string, unknown>;
let allowList: Record<string, string[]>;

before(async () => {
  seed = (await (await fetch(DATA_URL)).json()) as Record<string, unknown>;
  // As the builder does with the site's address: the image URL made absolute.
  seed.image = { ...(seed.image as object), src: new URL('/demo/data/ljubljana-moskva.svg', location.href).href };
  allowList = (await (await fetch('/test-api/allow-list')).json()) as Record<string, string[]>;
});

/** The builder's snippet for a widget, its data by `src` or `json`, with the fallback content. */
function builderSnippet(tag: Tag, source: 'src' | 'json', extra: Partial<SnippetOptions> = {}): string {
  const o: SnippetOptions = { ...DEFAULTS, tag, source, url: DATA_URL, lang: 'sl', ...extra };
  const base = source === 'src' ? new URL(DATA_URL, location.href).href : undefined;
  const result = PARSERS[tag](seed, base);
  if (!result.ok) throw new Error(`the seed does not parse for ${tag}`);
  return snippet(o, source === 'json' ? seed : undefined, fallbackHtml(tag, result.value, o));
}

async function server(name: string, html: string): Promise<string> {
  // In WordPress's block editor a snippet goes into a Custom HTML block (no wpautop).
  const body = name.startsWith('kses') ? `<!-- wp:html -->\n${html}\n<!-- /wp:html -->` : html;
  return sanitizeOnServer(name, body);
}

const TAG_CHECK = new RegExp(`^(${TAGS.join('|')})$`);
const SANITISERS: Record<string, (html: string) => Promise<string>> = {
  'sanitize-html': (html) => server('sanitize-html', html),
  'sanitize-html, widgets allowed': (html) => server('sanitize-html-allow', html),
  DOMPurify: async (html) => DOMPurify.sanitize(html),
  // DOMPurify's own switch for custom elements: the three tags and their documented attributes.
  'DOMPurify, widgets allowed': async (html) =>
    DOMPurify.sanitize(html, {
      CUSTOM_ELEMENT_HANDLING: {
        tagNameCheck: TAG_CHECK,
        attributeNameCheck: (name: string, tag?: string) => !!tag && (allowList[tag] ?? []).includes(name),
        allowCustomizedBuiltInElements: false,
      },
    }),
  'WordPress kses (Author)': (html) => server('kses', html),
  'WordPress kses (Author), widgets allowed': (html) => server('kses-allow', html),
};

/** The sanitised HTML put into the page as a CMS serves it. */
function place(html: string): HTMLElement {
  const page = document.createElement('main');
  page.innerHTML = html;
  document.body.append(page);
  return page;
}

const visibleText = (page: HTMLElement) => page.innerText.replace(/\s+/g, ' ');

describe('CMS round trip: builder snippets through real sanitisers', () => {
  for (const [name, sanitise] of Object.entries(SANITISERS)) {
    const allowed = name.includes('allowed');
    for (const tag of TAGS) {
      for (const source of ['src', 'json'] as const) {
        it(`${name}: <${tag}> with ${source === 'src' ? 'src' : 'the json attribute'} ${allowed ? 'reaches its ready state' : 'leaves the fallback content'}`, async () => {
          const html = await sanitise(builderSnippet(tag, source));
          const page = place(html);
          try {
            expect(executable(page)).to.deep.equal([]);
            const widget = page.querySelector<Widget>(tag);
            if (!allowed) {
              // The widget is gone; its content is there as plain HTML.
              expect(widget).to.equal(null);
              const text = visibleText(page);
              if (tag === 'city-news-card') expect(text).to.contain('Nadaljujemo dobro sodelovanje z Moskvo');
              if (tag === 'cooperation-areas') expect(text).to.contain('mestno upravljanje in gospodarstvo');
              if (tag === 'partner-city-map') expect(text).to.contain('Moskva');
              if (tag === 'partnership-timeline') expect(text).to.contain('maj 2020: Dnevi Ljubljane v Moskvi, Moskva');
              return;
            }
            expect(widget, `the sanitiser removed <${tag}>: ${html.slice(0, 300)}`).to.not.equal(null);
            await waitUntil(
              () => widget!.state === 'ready',
              `<${tag}> is ${widget!.state}: ${widget!.shadowRoot?.textContent?.slice(0, 300)}`,
              { timeout: 8000 },
            );
            if (source === 'json') expect(JSON.parse(widget!.getAttribute('json')!)).to.deep.equal(seed);
            else expect(widget!.getAttribute('src')).to.equal(DATA_URL);
            // The map's labels come after its first frame: updateComplete waits for them.
            await widget!.updateComplete;
            const shadow = widget!.shadowRoot!.textContent!;
            if (tag === 'city-news-card') expect(shadow).to.contain('Nadaljujemo dobro sodelovanje z Moskvo');
            if (tag === 'cooperation-areas') expect(widget!.shadowRoot!.querySelectorAll('[part~="area"]')).to.have.length(7);
            if (tag === 'partner-city-map') expect(shadow).to.contain('Moskva');
            if (tag === 'partnership-timeline') expect(widget!.shadowRoot!.querySelectorAll('[part~="entry"]')).to.have.length(3);
            // The fallback content stays in the light DOM, not shown beside the widget.
            const fallback = widget!.querySelector('h2, ul, ol')!;
            expect(fallback, 'no fallback content inside the tag').to.not.equal(null);
            expect(fallback.assignedSlot).to.equal(null);
            expect(fallback.getClientRects().length).to.equal(0);
          } finally {
            page.remove();
          }
        });
      }
    }
  }

  it('lets nothing executable through any of them, from a hostile snippet or hostile data', async () => {
    const data = {
      ...seed,
      title: '<img src=x onerror="window.pwned=1">',
      url: 'javascript:window.pwned=1',
      lead: "</city-news-card><script>window.pwned=1</script>' onmouseover='window.pwned=1",
    };
    const parsed = PARSERS['city-news-card'](data);
    if (!parsed.ok) throw new Error('the hostile data does not parse');
    const options = { ...DEFAULTS, tag: 'city-news-card', source: 'json', lang: 'sl' } as const;
    const html =
      snippet(options, data, fallbackHtml('city-news-card', parsed.value, options)).replace(
        '<city-news-card',
        '<city-news-card onclick="window.pwned=1" onpcw-load="window.pwned=1"',
      ) + '<a href=" JaVaScRiPt:window.pwned=1">x</a><img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const warnings = captureWarnings();
    for (const [name, sanitise] of Object.entries(SANITISERS)) {
      const page = place(await sanitise(html));
      try {
        expect(executable(page), name).to.deep.equal([]);
        const card = page.querySelector<Widget>('city-news-card');
        if (card) {
          await waitUntil(() => card.state === 'ready', `${name}: ${card.state}`, { timeout: 8000 });
          // The data's markup is text, its javascript: URL no link.
          expect(card.shadowRoot!.textContent, name).to.contain('<img src=x onerror="window.pwned=1">');
          expect(card.shadowRoot!.querySelector('a[href^="javascript"]'), name).to.equal(null);
        }
        card?.shadowRoot?.querySelector<HTMLElement>('[part~="title"]')?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        expect((window as { pwned?: number }).pwned, name).to.equal(undefined);
      } finally {
        page.remove();
      }
    }
    warnings.restore();
    // Each card that rendered said once why its link was left out.
    expect(new Set(warnings.calls)).to.deep.equal(
      new Set(['[city-news-card] url must be an http, https, mailto or relative URL (left out)']),
    );
  });

  it('keeps awkward JSON exact through every sanitiser that allows the widgets (quotes, backslashes, markup, ampersands)', async () => {
    const data = { title: `He said "hi" \\ 'there' <b>&amp; C:\\path\\" x`, tags: ['a"b', 'c\\'] };
    const html = snippet({ ...DEFAULTS, tag: 'city-news-card', source: 'json' }, data, '');
    for (const [name, sanitise] of Object.entries(SANITISERS)) {
      if (!name.includes('allowed')) continue;
      const doc = new DOMParser().parseFromString(await sanitise(html), 'text/html');
      expect(JSON.parse(doc.querySelector('city-news-card')!.getAttribute('json')!), name).to.deep.equal(data);
    }
  });

  it('keeps loading="lazy" and downloadable through every sanitiser that allows the widgets', async () => {
    const downloadable = new Set(['city-news-card', 'cooperation-areas']);
    const html = TAGS.map(
      (tag) => `<${tag} loading="lazy"${downloadable.has(tag) ? ' downloadable' : ''} src="${DATA_URL}"></${tag}>`,
    ).join('\n');
    for (const [name, sanitise] of Object.entries(SANITISERS)) {
      if (!name.includes('allowed')) continue;
      const doc = new DOMParser().parseFromString(await sanitise(html), 'text/html');
      for (const tag of TAGS) {
        const el = doc.querySelector(tag);
        expect(el?.getAttribute('loading'), `${name}: <${tag} loading>`).to.equal('lazy');
        if (downloadable.has(tag)) expect(el?.hasAttribute('downloadable'), `${name}: <${tag} downloadable>`).to.equal(true);
      }
    }
  });
  it("keeps the map's description and downloadable through every sanitiser that allows the widgets (#16)", async () => {
    const html = `<partner-city-map description="Ljubljana's partners &amp; friends" downloadable src="${DATA_URL}"></partner-city-map>`;
    for (const [name, sanitise] of Object.entries(SANITISERS)) {
      if (!name.includes('allowed')) continue;
      const el = new DOMParser().parseFromString(await sanitise(html), 'text/html').querySelector('partner-city-map');
      expect(el?.getAttribute('description'), `${name}: description`).to.equal("Ljubljana's partners & friends");
      expect(el?.hasAttribute('downloadable'), `${name}: downloadable`).to.equal(true);
    }
  });

  it('keeps the json attribute through kses, where it cuts the old data attribute', async () => {
    const json = JSON.stringify({ title: 'Ljubljana: Moskva & co' });
    const escaped = json.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const html = await server(
      'kses-allow',
      `<city-news-card json="${escaped}"></city-news-card><cooperation-areas data="${escaped}"></cooperation-areas>`,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('city-news-card')!.getAttribute('json')).to.equal(json);
    // kses takes `data` for a URL and removes each "protocol" up to the last colon.
    expect(doc.querySelector('cooperation-areas')!.getAttribute('data')).to.equal('Moskva & co"}');
  });
});
