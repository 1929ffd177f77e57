// The benchmark's pages and generated data, all deterministic. Every page carries the same
// small inline script (BENCH_SCRIPT) that records, relative to navigation start
// (performance.now()), when the content is rendered, and every long task.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { geoBounds, geoContains, geoInterpolate } from 'd3-geo';
import { feature } from 'topojson-client';

const ROOT = new URL('../', import.meta.url);
const read = (rel) => readFileSync(new URL(rel, ROOT), 'utf8');

// ---------------------------------------------------------------- in-page timing

/**
 * `__bench.poll(check, settle)`: runs `check` in every animation frame; when it returns true,
 * records `rendered` and, `settle` ms later, sets `done` (so that long tasks right after the
 * render are counted too); a string is an error. `__bench.staticReady(settle)`: rendered =
 * DOMContentLoaded + the first animation frame.
 */
export const BENCH_SCRIPT = `<script>
(() => {
  const B = (window.__bench = { longtasks: [], done: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { B.noLongtasks = String(e); }
  /** Rendered now; the runner, when it reads main-thread time or waits for rendered, hears of it through its binding. */
  B.stamp = () => {
    B.rendered = performance.now();
    // (for traces: the inline pages mark it in their check already)
    if (!performance.getEntriesByName('pcw-rendered').length) performance.mark('pcw-rendered');
    if (window.__benchRendered) window.__benchRendered();
  };
  /** Done: the runner waits on this binding rather than poll the page (bench/wait.mjs). */
  B.end = () => {
    B.done = true;
    if (window.__benchDone) window.__benchDone();
  };
  const finish = (settle) => {
    B.stamp();
    setTimeout(B.end, settle);
  };
  B.fail = (message) => { B.error = message; B.end(); };
  B.poll = (check, settle = 0) => {
    const loop = () => {
      let r;
      try { r = check(); } catch (e) { return B.fail(String((e && e.stack) || e)); }
      if (r === true) finish(settle);
      else if (typeof r === 'string') B.fail(r);
      else requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  B.staticReady = (settle = 0) =>
    document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => finish(settle)));
  /** true when the widget is ready, a string when it is in its error state, else false. */
  B.ready = (el) => {
    if (!el) return false;
    if (el.state === 'error') return el.localName + ' is in its error state: ' + ((el.source && el.source.error && el.source.error.message) || '?');
    return el.state === 'ready' && !!el.shadowRoot;
  };
  /** A map is drawn: ready, country shapes and all markers in its SVG, at its final size. */
  // The width of each map element at the last layout, from a ResizeObserver on the element (there
  // from the first check, long before the map is ready): reading clientWidth in the check would
  // force a layout in the animation frame, before the stamp, which no other page of the bench
  // does (they stamp before the frame's layout, Leaflet's page among them). (It observed the
  // ready view's frame, which is new when the map becomes ready: its first size came after that
  // frame's layout, so the stamp waited a frame more than Leaflet's, and counted the work of the
  // task after the drawn frame.)
  const widths = new WeakMap();
  B.mapDrawn = (map, cities) => {
    if (map && !widths.has(map)) {
      widths.set(map, undefined);
      new ResizeObserver(([entry]) => widths.set(map, entry.contentRect.width)).observe(map);
    }
    const r = B.ready(map);
    if (r !== true) return r;
    const root = map.shadowRoot;
    const svg = root.querySelector('svg');
    if (!svg) return false;
    // At its final size: as wide as the element, less the frame's border (1 px each side).
    const width = widths.get(map);
    if (width === undefined || Math.abs(width - Number(svg.getAttribute('width'))) > 3) return false;
    // The countries first (one query), then every city drawn: alone, or in a group of cities
    // that overlap at this zoom (its count); the harness's own work stays small until then.
    if (root.querySelector('[part~="country"]') === null) return false;
    let drawn = root.querySelectorAll('circle[part~="city"]').length;
    for (const c of root.querySelectorAll('.cluster .count')) drawn += Number(c.textContent);
    return drawn === cities;
  };
})();
</script>`;

const BASE_CSS = `body{font:16px/1.5 system-ui,sans-serif;color:#1d232a;margin:0 auto;max-width:960px;padding:16px}
partner-city-map,.map-box{display:block;width:960px}`;

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page({ title, lang = 'en', head = '', body }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${BENCH_SCRIPT}
<style>${BASE_CSS}</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

const BUNDLE = '<script type="module" src="/dist/partner-city-widgets.js"></script>';

// ---------------------------------------------------------------- deterministic data

/** mulberry32: a small seeded PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'vin',
  'ra',
  'mest',
  'no',
  'ber',
  'ga',
  'sol',
  'tri',
  'an',
  'de',
  'por',
  'vel',
  'ki',
  'mar',
  'sa',
  'to',
  'ul',
  'zen',
  'bra',
  'ni',
  'cor',
  'el',
];
function placeName(rand) {
  const n = 2 + Math.floor(rand() * 3);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------- 2. the seed page

export const SEED_URL = '/data/ljubljana-moskva-2019.json';

export function seedPages() {
  const ours = page({
    title: 'Seed: widgets',
    lang: 'sl',
    head: `${BUNDLE}
<script>
__bench.poll(() => {
  const card = document.querySelector('city-news-card');
  const areas = document.querySelector('cooperation-areas');
  const map = document.querySelector('partner-city-map');
  for (const el of [card, areas, map]) { const r = __bench.ready(el); if (r !== true) return r; }
  if (!card.shadowRoot.querySelector('[part~="title"]')?.textContent.trim()) return false;
  if (areas.shadowRoot.querySelectorAll('[part~="item"]').length !== 24) return false;
  return __bench.mapDrawn(map, 2);
});
</script>`,
    body: `<city-news-card src="${SEED_URL}"></city-news-card>
<cooperation-areas layout="list" src="${SEED_URL}"></cooperation-areas>
<partner-city-map src="${SEED_URL}"></partner-city-map>`,
  });
  return { ours };
}

/**
 * The static "limit" of the seed page: the card's text (date, title, lead, every paragraph,
 * tags, the image), the 7 areas with their 24 items as lists, and the map as the inline SVG
 * the widget itself drew (serialised from its shadow DOM, `mapSvg`) plus the list of cities.
 * Without `mapSvg`, only the list of cities.
 */
export function seedStaticPage(mapSvg) {
  const seed = JSON.parse(read('demo/data/ljubljana-moskva-2019.json'));
  const sl = (t) => (typeof t === 'string' ? t : (t?.sl ?? ''));
  const date = new Intl.DateTimeFormat('sl', { day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date(seed.published));
  const card = `<article class="card">
<img src="/data/${esc(seed.image.src)}" alt="${esc(sl(seed.image.alt))}" width="${seed.image.width}" height="${seed.image.height}" loading="lazy" decoding="async" style="max-width:100%;height:auto">
<time datetime="${esc(seed.published)}">${esc(date)}</time>
<h2><a href="${esc(seed.url)}">${esc(sl(seed.title))}</a></h2>
<p class="lead">${esc(sl(seed.lead))}</p>
${seed.body.map((p) => `<p>${esc(sl(p))}</p>`).join('\n')}
<ul class="tags">${seed.tags.map((t) => `<li>${esc(sl(t))}</li>`).join('')}</ul>
</article>`;
  const areas = `<section class="areas"><ul>
${seed.areas
  .map(
    (a) =>
      `<li><h3>${esc(sl(a.title))}</h3><ul>${a.items.map((i) => `<li>${esc(sl(typeof i === 'object' && i.title ? i.title : i))}</li>`).join('')}</ul></li>`,
  )
  .join('\n')}
</ul></section>`;
  const mapCss = `<style>.map-box svg{display:block;width:100%;height:auto;border:1px solid #c9d1d9;border-radius:.5rem}
.water{fill:#dcebf7}.country{fill:#f4f1ea;stroke:#aab5c0;stroke-width:.6}.country.tint,.country.home{fill:#f6dc9f}.country.home{stroke:#b42318}
.arc{fill:none;stroke:#0b5cad;stroke-width:2;stroke-linecap:round}.hit{fill:transparent}.marker{fill:#0b5cad;stroke:#fff;stroke-width:2}.home .marker{fill:#b42318}
.label{fill:#1d232a;font-size:12px;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}</style>`;
  const cities = `<ul class="cities">${seed.cities.map((c) => `<li>${esc(sl(c.name))}${c.role === 'home' ? ' (domače mesto)' : c.since ? ` (od ${esc(c.since)})` : ''}</li>`).join('')}</ul>`;
  const map = `<section class="map-box">${mapSvg ?? ''}${cities}</section>`;
  return page({
    title: 'Seed: static limit',
    lang: 'sl',
    head: `${mapCss}<script>__bench.staticReady();</script>`,
    body: `${card}\n${areas}\n${map}`,
  });
}

/**
 * The country paths of a hand-made static SVG of the map: the widget's own projection
 * (src/components/partner-city-map/projection.ts fitProjection, compiled with esbuild), clipped to
 * the view and rounded to 0.1 px, with the widget's classes (home country, tinted countries).
 */
export async function staticCountryPaths(cities, width, height) {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [new URL('../src/components/partner-city-map/projection.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'pcw-projection-'));
  try {
    const file = join(dir, 'projection.mjs');
    writeFileSync(file, out.outputFiles[0].text);
    const { fitProjection } = await import(pathToFileURL(file).href);
    // Clipped to the frame and rounded to 0.1 px by the projection itself (as the widget draws).
    const fitted = fitProjection(cities, width, height);
    const codes = alpha2Table();
    const home = cities.find((c) => c.role === 'home')?.country;
    const tinted = new Set(cities.map((c) => c.country).filter(Boolean));
    return countriesGeoJson()
      .features.map((f) => {
        const d = fitted.path(f);
        const code = codes[String(f.id)];
        const cls = code && tinted.has(code) ? (code === home ? 'country home' : 'country tint') : 'country';
        return d ? `<path class="${cls}" d="${d}"></path>` : '';
      })
      .join('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 3. 1,000 cards

const TOPICS = [
  'Cultural exchange',
  'Youth football cup',
  'Water utilities visit',
  'Tourism fair',
  'Science week',
  'Jazz festival',
  'Urban transport forum',
  'Library twinning',
  'Social care seminar',
  'Student exchange',
];

export function announcements(n = 1000) {
  const rand = prng(1000);
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    const city = placeName(rand);
    return {
      lang: 'en',
      published: day,
      title: `${TOPICS[i % TOPICS.length]} with ${city} (no. ${i + 1})`,
      lead: `The delegations of Ljubljana and ${city} met on ${day} to plan the next steps; announcement ${i + 1} of ${n}.`,
      url: `https://example.org/news/${i + 1}`,
    };
  });
}

/** The page rule the README recommends: every widget is a block before its code has loaded. */
export const DISPLAY_RULE = 'city-news-card, cooperation-areas, partner-city-map { display: block; }';

export function cardsPages(n = 1000) {
  const list = announcements(n);
  const ours = page({
    title: `${n} cards: widgets`,
    head: `${BUNDLE}
<script>
let next = 0;
__bench.poll(() => {
  const cards = document.getElementsByTagName('city-news-card');
  if (cards.length !== ${n}) return false;
  for (; next < cards.length; next++) {
    const r = __bench.ready(cards[next]);
    if (r !== true) return r;
    if (!cards[next].shadowRoot.querySelector('[part~="title"]')) return false;
  }
  return true;
}, 1000);
</script>`,
    body: list.map((a) => `<city-news-card data='${esc(JSON.stringify(a))}'></city-news-card>`).join('\n'),
  });
  // The same page with the rule the README recommends for pages with many widgets: the cards
  // are blocks from the first layout, so the upgrade does not turn a thousand inline elements
  // into blocks at once.
  const styled = ours.replace('</head>', `<style>${DISPLAY_RULE}</style>\n</head>`);
  // The rule as a library could add it itself: a constructed sheet adopted by the document when
  // its script starts, after the page was parsed (a module script) and before it defines the
  // elements; a classic script at the end of the body stands in for that moment.
  const lateRule = ours.replace(
    '</body>',
    `<script>{ const s = new CSSStyleSheet(); s.replaceSync(${JSON.stringify(DISPLAY_RULE)}); document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; }</script>\n</body>`,
  );
  const fmt = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'numeric', year: 'numeric' });
  const limit = page({
    title: `${n} cards: static limit`,
    head: `<script>__bench.staticReady(1000);</script>`,
    body: list
      .map(
        (a) =>
          `<article class="card"><time datetime="${a.published}">${fmt.format(new Date(a.published))}</time><h2><a href="${esc(a.url)}">${esc(a.title)}</a></h2><p>${esc(a.lead)}</p></article>`,
      )
      .join('\n'),
  });
  // The floor: the same 1,000 cards as minimal Lit elements (CARDS_LIT_SOURCE, bundled with Lit by
  // the bench): each reads its announcement from its `data` attribute, the date already formatted
  // (as the static page has it), and renders the static card's DOM in a shadow root, a block from
  // its own style. Loaded like our bundle (a module script in the head), and with the same 1,000
  // inline elements to turn into blocks at upgrade.
  const lit = page({
    title: `${n} cards: minimal Lit elements`,
    head: `<script type="module" src="/pages/cards-lit.js"></script>
<script>
__bench.poll(() => {
  const cards = document.getElementsByTagName('min-news');
  if (cards.length !== ${n}) return false;
  for (const c of cards) if (!c.shadowRoot || !c.shadowRoot.querySelector('h2')) return false;
  return true;
}, 1000);
</script>`,
    body: list
      .map((a) => `<min-news data='${esc(JSON.stringify({ ...a, date: fmt.format(new Date(a.published)) }))}'></min-news>`)
      .join('\n'),
  });
  // The same floor with the page rule in its head: blocks from the first layout, so the upgrade
  // makes no inline box a block (the floor's one long style recalculation without it).
  const litStyled = lit.replace('</head>', `<style>min-news { display: block; }</style>\n</head>`);
  return { ours, styled, lateRule, limit, lit, litStyled };
}

/**
 * The 1,000 cards' floor (section 3): a minimal Lit element that renders what the static page
 * has for each card (article, time, linked heading, lead) from its `data` JSON, in its shadow
 * root, with a block display and the date given already formatted. No data layer, no states, no
 * languages, no events: what any Lit element of the same DOM costs.
 */
export const CARDS_LIT_SOURCE = `import { LitElement, html, css } from 'lit';
class MinNews extends LitElement {
  static properties = { data: {} };
  static styles = css\`:host{display:block}.card{margin:0 0 16px}time{display:block;color:#57606a}h2{margin:4px 0;font-size:1.25rem}a{color:#0b5cad}\`;
  render() {
    const a = JSON.parse(this.data);
    return html\`<article class="card"><time datetime=\${a.published}>\${a.date}</time><h2><a href=\${a.url}>\${a.title}</a></h2><p>\${a.lead}</p></article>\`;
  }
}
customElements.define('min-news', MinNews);
`;

// ---------------------------------------------------------------- 3b. a feed of 1,000 items (#18)

/**
 * One `<city-news-feed>` of `n` announcements (inline JSON, no request; page-size 10, compact
 * cards) vs the same list as static HTML: all `n` items (what a page without the widget would
 * carry) and its first page only (what the widget renders). `after`, in the widget's page: how
 * long "Load more" and a search keystroke take until the new cards are rendered.
 */
export function feedPages(n = 1000) {
  const list = announcements(n);
  const ours = page({
    title: `feed of ${n}: widget`,
    head: `${BUNDLE}
<script>
__bench.poll(() => {
  const feed = document.querySelector('city-news-feed');
  const r = __bench.ready(feed);
  if (r !== true) return r;
  const cards = feed.shadowRoot.querySelectorAll('city-news-card');
  if (cards.length !== 10) return false;
  for (const c of cards) if (!c.shadowRoot || !c.shadowRoot.querySelector('[part~="title"]')) return false;
  return true;
}, 1000);
</script>`,
    body: `<city-news-feed page-size="10"><script type="application/json">${JSON.stringify(list).replace(/</g, '\\u003c')}</script></city-news-feed>`,
  });
  const fmt = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'numeric', year: 'numeric' });
  // Newest first, as the widget shows them.
  const items = [...list]
    .reverse()
    .map(
      (a) =>
        `<li><article class="card"><time datetime="${a.published}">${fmt.format(new Date(a.published))}</time><h2><a href="${esc(a.url)}">${esc(a.title)}</a></h2><p>${esc(a.lead)}</p></article></li>`,
    );
  const staticPage = (count) =>
    page({
      title: `feed of ${n}: static, ${count} items`,
      head: `<script>__bench.staticReady(1000);</script>`,
      body: `<ul>${items.slice(0, count).join('\n')}</ul>`,
    });
  return { ours, all: staticPage(n), firstPage: staticPage(10) };
}

/** In the widget's page after rendered: "Load more" and a search, each until its cards are rendered (ms). */
export async function feedInteraction() {
  const feed = document.querySelector('city-news-feed');
  const root = feed.shadowRoot;
  const titled = (want) =>
    new Promise((resolve) => {
      const loop = () => {
        const cards = [...root.querySelectorAll('city-news-card')];
        if (cards.length === want && cards.every((c) => c.shadowRoot?.querySelector('[part~="title"]'))) resolve();
        else requestAnimationFrame(loop);
      };
      loop();
    });
  let t = performance.now();
  root.querySelector('[part~="more"]').click();
  await titled(20);
  const moreMs = performance.now() - t;
  const input = root.querySelector('[part~="search-input"]');
  t = performance.now();
  input.value = 'no. 99';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  // "no. 99", "no. 990" … "no. 999": 11 matches, the first page of 10.
  await titled(10);
  const searchMs = performance.now() - t;
  return {
    moreMs: Math.round(moreMs * 10) / 10,
    searchMs: Math.round(searchMs * 10) / 10,
    cardsInDom: root.querySelectorAll('city-news-card').length,
  };
}

// ---------------------------------------------------------------- 3c. a timeline of 300 entries (#19)

/**
 * One `<partnership-timeline>` of `n` bare entries (inline JSON: a day, a title, a place, every
 * fifth a range of days and an agreement; `now` fixed, so the page does not depend on the day it
 * runs) vs the same entries as a static HTML list (year headings, dates, titles, places).
 */
export function timelinePages(n = 300) {
  const rand = prng(1900);
  const entries = Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(i * 27.3) * 86400000).toISOString().slice(0, 10);
    const range = i % 5 === 0;
    const end = range ? new Date(Date.parse(day) + 3 * 86400000).toISOString().slice(0, 10) : undefined;
    return {
      id: `e${i + 1}`,
      date: day,
      ...(end && { end }),
      kind: range ? 'agreement' : 'event',
      title: `${TOPICS[i % TOPICS.length]} (no. ${i + 1})`,
      place: placeName(rand),
    };
  });
  const json = JSON.stringify({ id: 'bench', entries }).replace(/</g, '\\u003c');
  const ours = page({
    title: `timeline of ${n}: widget`,
    head: `${BUNDLE}
<script>
__bench.poll(() => {
  const t = document.querySelector('partnership-timeline');
  const r = __bench.ready(t);
  if (r !== true) return r;
  return t.shadowRoot.querySelectorAll('[part~="entry"]').length === ${n};
}, 1000);
</script>`,
    body: `<partnership-timeline now="2010-06-01"><script type="application/json">${json}</script></partnership-timeline>`,
  });
  const fmt = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  let year = '';
  const items = [];
  for (const e of entries) {
    const y = e.date.slice(0, 4);
    if (y !== year) items.push(`<li><h3>${(year = y)}</h3></li>`);
    const when = `<time datetime="${e.date}">${fmt.format(new Date(e.date))}</time>${e.end ? ` – <time datetime="${e.end}">${fmt.format(new Date(e.end))}</time>` : ''}`;
    items.push(`<li><article><p>${when}</p><h4>${esc(e.title)}</h4><p>${esc(e.place)}</p></article></li>`);
  }
  const staticPage = page({
    title: `timeline of ${n}: static`,
    head: `<script>__bench.staticReady(1000);</script>`,
    body: `<ol>${items.join('\n')}</ol>`,
  });
  return { ours, static: staticPage };
}

// ---------------------------------------------------------------- 4. 300-city map vs Leaflet

const HOME = { id: 'ljubljana', name: 'Ljubljana', country: 'SI', lat: 46.0511, lon: 14.5051, role: 'home' };

/** Natural Earth 110m countries (world-atlas) as GeoJSON, via topojson-client. */
export function countriesGeoJson() {
  const topo = JSON.parse(read('node_modules/world-atlas/countries-110m.json'));
  return feature(topo, topo.objects.countries);
}

/** ISO numeric → alpha-2, read from the generated table of the map (country-codes.ts). */
export function alpha2Table() {
  try {
    const src = read('src/components/partner-city-map/country-codes.ts');
    return Object.fromEntries([...src.matchAll(/'([^']+)':\s*'([A-Z]{2})'/g)].map((m) => [m[1], m[2]]));
  } catch {
    return {};
  }
}

/**
 * 300 cities: Ljubljana (home) and 299 places on land across the world (uniform on the sphere
 * between 56° S and 72° N, kept when a Natural Earth country contains them), each with that
 * country's code; links: home → every other city (the default without `links`). Plus, for
 * Leaflet, the great-circle arcs as 32 points each (d3-geo geoInterpolate, computed here).
 */
export function network300(geo = countriesGeoJson(), n = 300) {
  const rand = prng(300);
  const codes = alpha2Table();
  const boxes = geo.features.filter((f) => f.id !== '010').map((f) => ({ f, b: geoBounds(f) }));
  const inBox = ([[x0, y0], [x1, y1]], lon, lat) => lat >= y0 && lat <= y1 && (x0 <= x1 ? lon >= x0 && lon <= x1 : lon >= x0 || lon <= x1);
  const s0 = Math.sin((-56 * Math.PI) / 180);
  const s1 = Math.sin((72 * Math.PI) / 180);
  const cities = [HOME];
  const names = new Set([HOME.name]);
  let guard = 0;
  while (cities.length < n && guard++ < 100000) {
    const lat = (Math.asin(s0 + rand() * (s1 - s0)) * 180) / Math.PI;
    const lon = rand() * 360 - 180;
    const hit = boxes.find(({ f, b }) => inBox(b, lon, lat) && geoContains(f, [lon, lat]));
    if (!hit) continue;
    let name = placeName(rand);
    while (names.has(name)) name += ' ' + placeName(rand);
    names.add(name);
    const city = {
      id: `c${cities.length}`,
      name,
      lat: +lat.toFixed(4),
      lon: +lon.toFixed(4),
      role: 'partner',
      since: String(1950 + Math.floor(rand() * 70)),
    };
    const code = codes[String(hit.f.id ?? hit.f.properties?.name)];
    if (code) city.country = code;
    cities.push(city);
  }
  const arcs = cities.slice(1).map((c) => {
    const at = geoInterpolate([HOME.lon, HOME.lat], [c.lon, c.lat]);
    let prev;
    return Array.from({ length: 32 }, (_, i) => {
      let [lon, lat] = at(i / 31);
      // Unwrapped longitudes, so that an arc across the antimeridian stays one line.
      if (prev !== undefined) while (lon - prev > 180) lon -= 360;
      if (prev !== undefined) while (prev - lon > 180) lon += 360;
      prev = lon;
      return [+lat.toFixed(4), +lon.toFixed(4)];
    });
  });
  const tinted = new Set(
    geo.features.filter((f) => codes[String(f.id)] && cities.some((c) => c.country === codes[String(f.id)])).map((f) => String(f.id)),
  );
  return { widgetData: { lang: 'en', cities }, leafletData: { cities, arcs, tinted: [...tinted] } };
}

export function mapPages(n = 300, bundle = '/dist/partner-city-widgets.js') {
  const ours = page({
    title: `${n}-city map: partner-city-map`,
    head: `<script type="module" src="${bundle}"></script>
<script>__bench.poll(() => __bench.mapDrawn(document.querySelector('partner-city-map'), ${n}));</script>`,
    body: `<partner-city-map src="/pages/network-${n}.json"></partner-city-map>`,
  });
  const leaflet = page({
    title: `${n}-city map: Leaflet 1.9`,
    head: `<link rel="stylesheet" href="/leaflet/leaflet.css"><script src="/leaflet/leaflet.js"></script>`,
    body: `<div id="map" class="map-box" style="height:600px"></div>
<script>
Promise.all([
  fetch('/pages/countries-110m.geojson').then((r) => r.json()),
  fetch('/pages/network-${n}-leaflet.json').then((r) => r.json()),
]).then(([countries, net]) => {
  const map = L.map('map', { preferCanvas: false, zoomSnap: 0 });
  map.fitBounds(net.cities.map((c) => [c.lat, c.lon]), { padding: [24, 24] });
  const tinted = new Set(net.tinted);
  L.geoJSON(countries, {
    style: (f) => ({ color: '#aab5c0', weight: 0.6, fillColor: tinted.has(String(f.id)) ? '#f6dc9f' : '#f4f1ea', fillOpacity: 1 }),
  }).addTo(map);
  L.layerGroup(net.arcs.map((points) => L.polyline(points, { color: '#0b5cad', weight: 2, interactive: false }))).addTo(map);
  L.layerGroup(net.cities.map((c) => L.circleMarker([c.lat, c.lon], {
    radius: c.role === 'home' ? 7 : 5, color: '#ffffff', weight: 2, fillColor: c.role === 'home' ? '#b42318' : '#0b5cad', fillOpacity: 1,
  }).bindTooltip(c.name))).addTo(map);
  requestAnimationFrame(() => {
    __bench.stamp();
    __bench.extra = { paths: document.querySelectorAll('#map svg path').length };
    __bench.end();
  });
}).catch((e) => __bench.fail(String(e)));
</script>`,
  });
  return { ours, leaflet };
}

// ---------------------------------------------------------------- 5. 20,000 area items

const ICONS = ['city', 'science', 'culture', 'tourism', 'sport', 'education', 'social'];

export function areasData(areas = 200, items = 100) {
  const rand = prng(20000);
  return {
    lang: 'en',
    areas: Array.from({ length: areas }, (_, i) => ({
      id: `area-${i + 1}`,
      icon: ICONS[i % ICONS.length],
      title: `Area ${i + 1}: ${TOPICS[i % TOPICS.length].toLowerCase()} with ${placeName(rand)}`,
      items: Array.from(
        { length: items },
        (_, j) => `Item ${i + 1}.${j + 1}: ${TOPICS[(i + j) % TOPICS.length].toLowerCase()} in ${placeName(rand)}`,
      ),
    })),
  };
}

export function areasPage(areas = 200, items = 100) {
  return page({
    title: `${areas * items} area items`,
    head: `${BUNDLE}
<script>
__bench.poll(() => {
  const el = document.querySelector('cooperation-areas');
  const r = __bench.ready(el);
  if (r !== true) return r;
  const root = el.shadowRoot;
  if (root.querySelectorAll('[part~="area"]').length !== ${areas}) return false;
  // Items render lazily near the viewport: the first area's items must be there.
  const first = root.querySelector('[part~="area"] [part~="items"]');
  return !!first && first.querySelectorAll('[part~="item"]').length === ${items};
}, 1000);
</script>`,
    body: `<cooperation-areas layout="list" src="/pages/areas-${areas * items}.json"></cooperation-areas>`,
  });
}

// ---------------------------------------------------------------- 7. hostile sizes

/**
 * Inputs an attacker or a careless export can send, each past a limit of the widgets (README,
 * "Security and limits"). `before`: what the attack run measured before the limits (issue #12).
 * Each page is rendered when its widget has reached a final state: ready, or its error.
 */
export function hostilePages() {
  const settled = (selector, extra = 'true') => `<script>
__bench.poll(() => {
  const el = document.querySelector('${selector}');
  if (!el || !el.shadowRoot) return false;
  if (el.state !== 'ready' && el.state !== 'error' && el.state !== 'empty') return false;
  return ${extra};
}, 1000);
</script>`;
  const rand = prng(12);
  const cities = (n) => ({
    cities: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      name: `${placeName(rand)} ${i}`,
      lat: rand() * 140 - 70,
      lon: rand() * 360 - 180,
      role: i ? 'partner' : 'home',
    })),
  });
  const areas = (n, items) =>
    Array.from({ length: n }, (_, i) => ({ title: `Area ${i % 50}`, items: Array.from({ length: items }, (_, k) => `Item ${k}`) }));
  const body = (bytes) => `<p>${'word <b onclick="x()">bold</b> '.repeat(Math.round(bytes / 32))}</p>`;
  const cases = [
    {
      key: 'areas100k',
      what: '100,000 areas, one title for every 2,000 (1,000 read)',
      before: 'seconds to minutes (quadratic)',
      data: { areas: areas(100000, 0) },
      tag: 'cooperation-areas',
      attrs: 'layout="accordion"',
    },
    {
      key: 'areasList10k',
      what: '10,000 areas of one item, list layout (1,000 read)',
      before: 'seconds (quadratic)',
      data: areas(10000, 1),
      tag: 'cooperation-areas',
      attrs: 'layout="list"',
    },
    {
      key: 'cities10k',
      what: '10,000 cities (1,000 read)',
      before: '9 s task, 334 MB',
      data: cities(10000),
      tag: 'partner-city-map',
      attrs: '',
    },
    {
      key: 'body1mb',
      what: 'bodyHtml of 1 MB (over the 200,000-character limit: left out)',
      before: 'seconds in the sanitiser',
      data: { title: 'Big body', bodyHtml: body(1024 * 1024) },
      tag: 'city-news-card',
      attrs: 'expanded',
    },
    {
      key: 'body190k',
      what: 'bodyHtml of 190,000 characters with 6,000 onclick attributes (under the limit: sanitised)',
      before: '—',
      data: { title: 'Long body', bodyHtml: body(190000) },
      tag: 'city-news-card',
      attrs: 'expanded',
    },
    {
      key: 'json8mb',
      what: 'an 8 MB answer (over the 5 MB limit: error, read no further)',
      before: 'read and parsed whole',
      data: { title: 'Huge', lead: 'x'.repeat(8 * 1024 * 1024) },
      tag: 'city-news-card',
      attrs: '',
    },
    {
      key: 'search',
      what: 'search "a" in an item of 1,000,000 characters (100 marks)',
      before: 'hundreds of thousands of <mark>s',
      data: [{ title: 'Long', items: ['a '.repeat(500000)] }],
      tag: 'cooperation-areas',
      attrs: 'searchable open',
      search: 'a',
    },
  ];
  const files = {};
  const pages = {};
  for (const c of cases) {
    files[`hostile-${c.key}.json`] = JSON.stringify(c.data);
    // A search is typed once the widget is ready; rendered when its results are shown.
    const extra = c.search
      ? `(() => { const i = el.shadowRoot.querySelector('[part~="search-input"]'); if (!i) return false; if (i.value !== '${c.search}') { i.value = '${c.search}'; i.dispatchEvent(new Event('input')); return false; } return !!el.shadowRoot.querySelector('[part~="mark"]'); })()`
      : 'true';
    pages[`hostile-${c.key}.html`] = page({
      title: c.what,
      head: `${BUNDLE}\n${settled(c.tag, extra)}`,
      body: `<${c.tag} ${c.attrs} src="/pages/hostile-${c.key}.json"></${c.tag}>`,
    });
  }
  return { cases: cases.map(({ key, what, before }) => ({ key, what, before })), files, pages };
}

// ---------------------------------------------------------------- 8. card + areas, inline data (#15)

/**
 * The seed announcement as the pages of section 8 carry it inline (its image at an absolute path,
 * so that every variant loads the same file), and its texts in Slovene.
 */
function inlineSeed() {
  const data = JSON.parse(read('demo/data/ljubljana-moskva-2019.json'));
  data.image = { ...data.image, src: `/data/${data.image.src}` };
  return data;
}
const inSl = (t) => (typeof t === 'string' ? t : (t?.sl ?? ''));

/** The styles of the static page and of the minimal Lit elements: the same rules in both. */
const INLINE_CSS = `.card,.areas{display:block;margin:0 0 24px}.card img{display:block;max-width:100%;height:auto;aspect-ratio:16/9;object-fit:cover}
.card time{display:block;color:#57606a;margin:8px 0}.card h2{margin:0 0 8px;font-size:1.5rem}.card a{color:#0b5cad}.lead{font-weight:600}
.tags{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}.tags li{padding:2px 8px;border:1px solid #c9d1d9;border-radius:999px}
.areas ul{margin:0;padding-left:20px}.areas h3{margin:16px 0 4px;font-size:1.1rem}`;

/** The card's and the areas' content as static HTML: what the minimal Lit elements render too. */
function inlineMarkup(data, date) {
  const card = `<article class="card">
<img src="${esc(data.image.src)}" alt="${esc(inSl(data.image.alt))}" width="${data.image.width}" height="${data.image.height}">
<time datetime="${esc(data.published)}">${esc(date)}</time>
<h2><a href="${esc(data.url)}">${esc(inSl(data.title))}</a></h2>
<p class="lead">${esc(inSl(data.lead))}</p>
${data.body.map((p) => `<p>${esc(inSl(p))}</p>`).join('\n')}
<ul class="tags">${data.tags.map((t) => `<li>${esc(inSl(t))}</li>`).join('')}</ul>
</article>`;
  const areas = `<section class="areas"><ul>
${data.areas
  .map(
    (a) =>
      `<li><h3>${esc(inSl(a.title))}</h3><ul>${a.items.map((i) => `<li>${esc(inSl(typeof i === 'object' && i.title ? i.title : i))}</li>`).join('')}</ul></li>`,
  )
  .join('\n')}
</ul></section>`;
  return { card, areas };
}

/**
 * The floor: two minimal Lit elements, `<min-card>` and `<min-areas>`, that read the same JSON
 * from their `json` attribute and render the static page's DOM (and styles) in their shadow roots;
 * the date comes as an attribute, already formatted (as the static page has it). Bundle with Lit
 * (esbuild, from the project's node_modules).
 */
export const INLINE_LIT_SOURCE = `import { LitElement, html, css, unsafeCSS } from 'lit';
const sl = (t) => (typeof t === 'string' ? t : (t && t.sl) || '');
const styles = unsafeCSS(${JSON.stringify(INLINE_CSS)});
class MinCard extends LitElement {
  static properties = { json: {}, date: {} };
  static styles = styles;
  render() {
    const a = JSON.parse(this.json);
    return html\`<article class="card">
<img src=\${a.image.src} alt=\${sl(a.image.alt)} width=\${a.image.width} height=\${a.image.height}>
<time datetime=\${a.published}>\${this.date}</time>
<h2><a href=\${a.url}>\${sl(a.title)}</a></h2>
<p class="lead">\${sl(a.lead)}</p>
\${a.body.map((p) => html\`<p>\${sl(p)}</p>\`)}
<ul class="tags">\${a.tags.map((t) => html\`<li>\${sl(t)}</li>\`)}</ul>
</article>\`;
  }
}
class MinAreas extends LitElement {
  static properties = { json: {} };
  static styles = styles;
  render() {
    const d = JSON.parse(this.json);
    return html\`<section class="areas"><ul>\${d.areas.map(
      (a) => html\`<li><h3>\${sl(a.title)}</h3><ul>\${a.items.map((i) => html\`<li>\${sl(typeof i === 'object' && i.title ? i.title : i)}</li>\`)}</ul></li>\`,
    )}</ul></section>\`;
  }
}
customElements.define('min-card', MinCard);
customElements.define('min-areas', MinAreas);
`;

/**
 * In a page where the widgets have rendered: for each `tags` element, its shadow DOM as HTML
 * (Lit's marker comments left out), the CSS text of its adopted style sheets and its attributes
 * but the data. Run in the browser (page.evaluate).
 */
export function captureShadows(tags) {
  return tags.map((tag) => {
    const el = document.querySelector(tag);
    const root = el.shadowRoot;
    const copy = document.createElement('template');
    copy.innerHTML = root.innerHTML;
    const walker = document.createTreeWalker(copy.content, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.remove();
    const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const attributes = Object.fromEntries(
      [...el.attributes].filter((a) => !['json', 'data', 'src'].includes(a.name)).map((a) => [a.name, a.value]),
    );
    return { html: copy.innerHTML, css, attributes };
  });
}

/**
 * The floor of our own DOM (section 8, `same`): two minimal Lit elements, `<same-card>` and
 * `<same-areas>`, each rendering the shadow DOM and styles that the card and the areas rendered
 * (captureShadows), as one static template, after reading the same JSON. What the widgets' DOM
 * and styles cost in Lit without any script of ours: the data layer, the languages, the states.
 */
export function sameDomLitSource(captures) {
  const literal = (s) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  const element = (name, { html, css }) => `class extends LitElement {
  static properties = { json: {} };
  static styles = unsafeCSS(${JSON.stringify(css)});
  render() {
    JSON.parse(this.json);
    return html\`${literal(html)}\`;
  }
}`;
  return `import { LitElement, html, unsafeCSS } from 'lit';
customElements.define('same-card', ${element('card', captures[0])});
customElements.define('same-areas', ${element('areas', captures[1])});
`;
}

/**
 * Section 8's pages, all in Slovene with the seed announcement inline:
 * - `widgets`: <city-news-card expanded> and <cooperation-areas layout="list"> with the data in
 *   `json`, dist/partner-city-widgets.js; rendered = both ready, the title and the 24 items shown;
 * - `loader`: the same with dist/loader.js (only the two widgets' chunks, not the map's code);
 * - `static`: the same content as static HTML (inlineMarkup); rendered = DOMContentLoaded + a frame;
 * - `lit`: the same DOM from two minimal Lit elements (`litUrl`, INLINE_LIT_SOURCE bundled);
 * - `fallback` (with `snippets`, the embed builder's snippets for the two widgets, fallback content
 *   inside): the widgets as an editor pastes them; rendered = both ready.
 * Every page marks `pcw-rendered` (User Timing) when rendered, for the trace's window.
 */
export function inlinePages({ litUrl = '/pages/inline-lit.js', snippets, same } = {}) {
  const data = inlineSeed();
  const date = new Intl.DateTimeFormat('sl', {
    weekday: 'long',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(data.published));
  const json = esc(JSON.stringify(data));
  const { card, areas } = inlineMarkup(data, date);
  const poll = (check) =>
    `<script>__bench.poll(() => { const r = (${check})(); if (r === true) performance.mark('pcw-rendered'); return r; });</script>`;
  const widgetsReady = `() => {
  const card = document.querySelector('city-news-card');
  const areas = document.querySelector('cooperation-areas');
  for (const el of [card, areas]) { const r = __bench.ready(el); if (r !== true) return r; }
  if (!card.shadowRoot.querySelector('[part~="title"]')?.textContent.trim()) return false;
  return areas.shadowRoot.querySelectorAll('[part~="item"]').length === ${data.areas.reduce((n, a) => n + a.items.length, 0)};
}`;
  const pages = {
    'inline-widgets.html': page({
      title: 'Card + areas, inline data: widgets',
      lang: 'sl',
      head: `${BUNDLE}\n${poll(widgetsReady)}`,
      body: `<city-news-card expanded json="${json}"></city-news-card>\n<cooperation-areas layout="list" json="${json}"></cooperation-areas>`,
    }),
    'inline-loader.html': page({
      title: 'Card + areas, inline data: widgets through loader.js',
      lang: 'sl',
      head: `<script type="module" src="/dist/loader.js"></script>\n${poll(widgetsReady)}`,
      body: `<city-news-card expanded json="${json}"></city-news-card>\n<cooperation-areas layout="list" json="${json}"></cooperation-areas>`,
    }),
    'inline-app.html': page({
      title: 'Card + areas, inline data: the two elements built together (as an app bundler would)',
      lang: 'sl',
      head: `<script type="module" src="/pages/app/entry.js"></script>\n${poll(widgetsReady)}`,
      body: `<city-news-card expanded json="${json}"></city-news-card>\n<cooperation-areas layout="list" json="${json}"></cooperation-areas>`,
    }),
    'inline-static.html': page({
      title: 'Card + areas, inline data: static HTML',
      lang: 'sl',
      head: `<style>${INLINE_CSS}</style>\n${poll("() => document.readyState !== 'loading'")}`,
      body: `${card}\n${areas}`,
    }),
    'inline-lit.html': page({
      title: 'Card + areas, inline data: minimal Lit elements',
      lang: 'sl',
      head: `<script type="module" src="${esc(litUrl)}"></script>
${poll(`() => { const els = [...document.querySelectorAll('min-card, min-areas')]; return els.length === 2 && els.every((e) => e.hasUpdated && e.shadowRoot.querySelector('li')); }`)}`,
      body: `<min-card date="${esc(date)}" json="${json}"></min-card>\n<min-areas json="${json}"></min-areas>`,
    }),
  };
  // The floor of our own DOM (with `same`, what captureShadows gave): the widgets' shadow DOM and
  // styles as rendered, copied into two minimal Lit elements (sameDomLitSource).
  if (same)
    pages['inline-same.html'] = page({
      title: "Card + areas, inline data: minimal Lit elements of the widgets' own DOM",
      lang: 'sl',
      head: `<script type="module" src="/pages/inline-same.js"></script>
${poll(`() => { const els = [...document.querySelectorAll('same-card, same-areas')]; return els.length === 2 && els.every((e) => e.hasUpdated && e.shadowRoot.querySelector('li')); }`)}`,
      body: same
        .map(({ attributes }, i) => {
          const tag = i ? 'same-areas' : 'same-card';
          const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${esc(v)}"`);
          return `<${tag}${attrs.join('')} json="${json}"></${tag}>`;
        })
        .join('\n'),
    });
  if (snippets)
    pages['inline-fallback.html'] = page({
      title: 'Card + areas as the embed builder writes them (fallback content inside)',
      lang: 'sl',
      head: `${BUNDLE}\n${poll(widgetsReady)}`,
      body: snippets.join('\n'),
    });
  return pages;
}
