import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { q, qa, ready, seed, TAGS, type Widget } from '../src/test-support/helpers.js';

/*
 * Layout at the edges: a 320 px column, long words, large text, a right-to-left page, forced
 * colours. Nothing is clipped, nothing widens the page, nothing covers the cities.
 */

const rect = (el: Element) => el.getBoundingClientRect();

async function narrow<T extends Widget>(
  tag: string,
  data: unknown,
  attrs = '',
  style = '',
  lang = 'sl',
): Promise<{ el: T; wrapper: HTMLDivElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: 320px; ${style}`}></div>`);
  wrapper.innerHTML = `<${tag} lang="${lang}" ${attrs}></${tag}>`;
  const el = wrapper.firstElementChild as T;
  el.data = data;
  await ready(el, 10000);
  await el.updateComplete;
  return { el, wrapper };
}

const cities = [
  { id: 'lj', name: 'Ljubljana', lat: 46.05, lon: 14.51, role: 'home', country: 'SI', url: 'https://www.ljubljana.si/' },
  {
    id: 'long',
    name: 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsstadt',
    lat: 48.2,
    lon: 16.37,
    country: 'AT',
    url: 'https://example.org/',
  },
  { id: 'mo', name: 'Moskva', lat: 55.75, lon: 37.62, country: 'RU' },
  { id: 'tj', name: 'Tianjin', lat: 39.1, lon: 117.2, country: 'CN' },
];

describe('layout at the edges', () => {
  it('<partner-city-map>: the zoom buttons stand in a row along the top of a narrow map, in a column on a wide one (the @container rule survives minification)', async () => {
    const { el, wrapper } = await narrow<Widget>('partner-city-map', { cities });
    const tops = () => qa(el, '.zoom button').map((b) => Math.round(rect(b).top));
    const lefts = () => qa(el, '.zoom button').map((b) => Math.round(rect(b).left));
    expect(new Set(tops()).size, 'one row at 320 px').to.equal(1);
    wrapper.style.width = '800px';
    await waitUntil(() => new Set(lefts()).size === 1, 'no column at 800 px', { timeout: 10000 });
    expect(new Set(tops()).size).to.equal(3);
  });

  it('<cooperation-areas> at 320 px: the count moves under the title before the title breaks inside a word', async () => {
    const { el } = await narrow<Widget>('cooperation-areas', [
      { title: 'mestno upravljanje in gospodarstvo', icon: 'city', items: ['a', 'b', 'c', 'd'] },
    ]);
    const title = q(el, '[part~="area-title"]')!;
    expect(rect(title).width).to.be.at.least(150);
    expect(rect(q(el, '[part~="count"]')!).top).to.be.greaterThan(rect(title).top);
  });

  it('<cooperation-areas>: a long unbroken item wraps inside the widget', async () => {
    const { el, wrapper } = await narrow<Widget>(
      'cooperation-areas',
      [{ title: 'A', items: ['https://example.org/a/very/long/unbroken/address/that/would/widen/the/page/otherwise/and/more'] }],
      'open',
    );
    expect(wrapper.scrollWidth).to.be.at.most(320);
    expect(rect(q(el, '[part~="item"]')!).right).to.be.at.most(rect(wrapper).right + 0.5);
  });

  it('<city-news-card>: a long tag wraps inside the card', async () => {
    const { el } = await narrow<Widget>('city-news-card', {
      title: 'T',
      tags: ['Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz'],
    });
    expect(rect(q(el, '[part~="tag"]')!).right).to.be.at.most(rect(q(el, '[part~="base"]')!).right + 0.5);
  });

  it('<partner-city-map> at 320 px: the list never widens the page, the buttons stand in a row and cover no city', async () => {
    const { el, wrapper } = await narrow<Widget>('partner-city-map', { cities });
    q(el, '[part~="list-toggle"]')!.click();
    await el.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(320);
    expect(rect(el).width).to.be.at.most(320);
    const zoom = q(el, '[part~="zoom-controls"]')!;
    expect(getComputedStyle(zoom).flexDirection).to.equal('row');
    await waitUntil(
      () => {
        const z = rect(zoom);
        return qa(el, '[part~="city"]').every((m) => {
          const c = rect(m);
          const x = c.left + c.width / 2;
          const y = c.top + c.height / 2;
          return !(x >= z.left && x <= z.right && y >= z.top && y <= z.bottom);
        });
      },
      'a city stays under the zoom buttons',
      { timeout: 10000 },
    );
  });

  it('<partner-city-map>: labels grow with the text size of the page', async () => {
    const { el } = await narrow<Widget>('partner-city-map', { cities: cities.slice(0, 1) }, '', 'font-size: 24px; width: 900px');
    await waitUntil(() => qa(el, '[part~="label"]').length === 1, 'no label', { timeout: 10000 });
    expect(getComputedStyle(q(el, '[part~="label"]')!).fontSize).to.equal('18px');
  });

  // The labels are placed with the widths of their text measured on a canvas; they are drawn in
  // the labels' font, bold. Measured in the normal weight (about 14 % narrower), neighbours'
  // labels overlapped (twelve cities in a row, before 3 December) and one at the edge ran past it.
  const near = [
    ...cities,
    { id: 'za', name: 'Zagreb', lat: 45.81, lon: 15.98, country: 'HR' },
    { id: 'gr', name: 'Graz', lat: 47.07, lon: 15.44, country: 'AT' },
  ];
  // Twelve cities in a row across central Europe: their labels crowd each other and the edges.
  const row = Array.from({ length: 12 }, (_, i) => ({
    id: `r${i}`,
    name: `Mestna občina ${i + 1}`,
    lat: 48 + (i % 3) * 0.8,
    lon: 2 + i * 2.5,
    country: 'SI',
  }));
  for (const [what, width, fontSize] of [
    ['six cities of Europe', 480, '16px'],
    ['six cities of Europe', 480, '32px'],
    ['Ljubljana and Moskva', 240, '32px'],
    ['twelve cities in a row', 480, '16px'],
    ['twelve cities in a row', 640, '24px'],
  ] as const) {
    it(`<partner-city-map>: every label as drawn lies inside the map and clear of the others (${what}, ${width} px, ${fontSize} text)`, async () => {
      const data = what === 'Ljubljana and Moskva' ? await seed() : { cities: what === 'twelve cities in a row' ? row : near };
      const { el } = await narrow<Widget>(
        'partner-city-map',
        data,
        '',
        `font-size: ${fontSize}; font-family: system-ui, sans-serif; width: ${width}px`,
      );
      await waitUntil(() => qa(el, '[part~="label"]').length > 1, 'no labels', { timeout: 10000 });
      const svgBox = rect(q(el, '[part~="svg"]')!);
      const boxes = qa<SVGTextElement>(el, '[part~="label"]').map((t) => {
        const { x, y, width, height } = t.getBBox();
        return { id: t.dataset.id, x, y, width, height };
      });
      const out: string[] = [];
      for (const b of boxes) {
        if (b.x < -0.5 || b.x + b.width > svgBox.width + 0.5) out.push(`${b.id} outside`);
        for (const o of boxes)
          if (o !== b && b.x < o.x + o.width - 0.5 && o.x < b.x + b.width - 0.5 && b.y < o.y + o.height - 0.5 && o.y < b.y + b.height - 0.5)
            out.push(`${b.id} over ${o.id}`);
      }
      expect(out).to.deep.equal([]);
    });
  }

  it('<partner-city-map>: the active city has a ring and is drawn on top', async () => {
    const { el } = await narrow<Widget>('partner-city-map', { cities }, '', 'width: 900px');
    q(el, '[part~="map"]')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const markers = qa(el, '.city');
    const last = markers[markers.length - 1];
    expect(last.dataset.id).to.equal('lj');
    // A ring in the focus colour, larger than the marker, around that city only, above every marker.
    const rings = qa(el, '.ring');
    expect(rings).to.have.length(1);
    expect(rings[0].dataset.id).to.equal('lj');
    expect(last.compareDocumentPosition(rings[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const ring = rect(rings[0]);
    const marker = rect(last);
    expect(ring.left + ring.width / 2).to.be.closeTo(marker.left + marker.width / 2, 1);
    // --pcw-color-focus, #0b5cad by default.
    expect(getComputedStyle(rings[0]).stroke).to.equal('rgb(11, 92, 173)');
    expect(ring.width).to.be.greaterThan(marker.width);
  });

  it('forced colours: markers keep a halo and tinted countries stay plain, so markers stand out', async () => {
    const { el } = await narrow<Widget>('partner-city-map', { cities }, '', 'width: 900px');
    await waitUntil(() => qa(el, '.country.tint').length > 0, 'no tinted country', { timeout: 10000 });
    try {
      await emulateMedia({ forcedColors: 'active' });
      const probe = document.createElement('div');
      document.body.append(probe);
      probe.style.color = 'Canvas';
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(q(el, '.city[data-id="mo"]')!).stroke).to.equal(canvas);
      expect(getComputedStyle(q(el, '.country.tint')!).fill).to.equal(canvas);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('right-to-left page: the widgets stay left to right (their languages are); dir="rtl" on a widget turns it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><city-news-card lang="en" data='{"title": "Ljubljana."}'></city-news-card><city-news-card dir="rtl" lang="en" data='{"title": "x"}'></city-news-card></div>`,
    );
    const [ltr, rtl] = [...wrapper.querySelectorAll('city-news-card')] as Widget[];
    await ltr.updateComplete;
    await rtl.updateComplete;
    expect(getComputedStyle(q(ltr, '[part~="title"]')!).direction).to.equal('ltr');
    expect(getComputedStyle(q(rtl, '[part~="title"]')!).direction).to.equal('rtl');
  });

  it('<cooperation-areas>: no "expand all" when the search matches nothing', async () => {
    const data = ['A', 'B', 'C', 'D'].map((t) => ({ title: t, items: ['x'] }));
    const { el } = await narrow<Widget>('cooperation-areas', data, 'searchable');
    expect(q(el, '[part~="expand-all"]')).to.exist;
    const input = q<HTMLInputElement>(el, '[part~="search-input"]')!;
    input.value = 'nothing like this';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(q(el, '[part~="no-match"]')).to.exist;
    // A boolean: a failing assertion that prints a widget's node can stall the test runner.
    expect(el.shadowRoot!.querySelector('[part~="expand-all"]') === null, 'expand-all shown').to.equal(true);
  });

  // 320 px at 200 % text leaves the areas a column of about 280 px: the icon, the gaps, the
  // chevron and the padding left a title 171 px, narrower than most of the seed's words in bold
  // at 36 px, and the headings broke inside words ("Mest no uprav ljanje"). Now a word breaks only
  // when it is wider than the whole row of the area's heading.
  for (const lang of ['sl', 'en', 'ru']) {
    it(`<cooperation-areas> in a 280 px column at 200 % text: an area's title breaks no word that fits its row (${lang})`, async function () {
      this.timeout(20000);
      document.documentElement.style.fontSize = '200%';
      try {
        const data = await seed();
        for (const layout of ['accordion', 'list', 'grid']) {
          const { el } = await narrow<Widget>(
            'cooperation-areas',
            data,
            `layout="${layout}"`,
            'width: 280px; font-family: system-ui, sans-serif',
            lang,
          );
          const broken: string[] = [];
          let unbroken = 0;
          for (const title of qa(el, '[part~="area-title"]')) {
            const row = title.closest('.toggle, .area-heading')!;
            const style = getComputedStyle(row);
            const room = row.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            const text = [...title.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
            for (const word of text.textContent!.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, word.index!);
              range.setEnd(text, word.index! + word[0].length);
              const rects = [...range.getClientRects()].filter((r) => r.width);
              const width = rects.reduce((sum, r) => sum + r.width, 0);
              if (new Set(rects.map((r) => Math.round(r.top))).size === 1) unbroken++;
              else if (width <= room) broken.push(`${word[0]} (${Math.round(width)} of ${Math.round(room)} px)`);
            }
          }
          expect(broken, layout).to.deep.equal([]);
          expect(unbroken, `${layout}: words read`).to.be.at.least(10);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }

  // The map of a 240 px column at 200 % text is about 238 × 148 px, and its zoom buttons' row and
  // credit took all but a pixel of its height: every city was fitted into that row (one spot, the
  // world a dot). The cities keep at least half the map; they may lie under a control.
  it('<partner-city-map> in a 240 px column at 200 % text: the cities spread over the map, not on one spot', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const world = [
        ...cities.filter((c) => c.id !== 'long'),
        { id: 'cl', name: 'Cleveland', lat: 41.5, lon: -81.7, country: 'US' },
        { id: 'ba', name: 'Buenos Aires', lat: -34.6, lon: -58.4, country: 'AR' },
      ];
      const { el } = await narrow<Widget>('partner-city-map', { cities: world }, '', 'width: 240px; font-family: system-ui, sans-serif');
      const frame = rect(q(el, '[part~="frame"]')!);
      const centres = qa(el, '[part~="city"]').map((m) => {
        const r = rect(m);
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      const xs = centres.map((c) => c.x);
      const ys = centres.map((c) => c.y);
      expect(centres.length, 'markers drawn apart').to.be.at.least(3);
      expect((Math.max(...xs) - Math.min(...xs)) / frame.width).to.be.greaterThan(0.4);
      for (const c of centres) expect(c.x > frame.left && c.x < frame.right && c.y > frame.top && c.y < frame.bottom).to.equal(true);
      expect(Math.max(...ys) - Math.min(...ys)).to.be.greaterThan(10);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  // 320 px at 200 % text (a reader's text setting, the root's font size here): a column of 240 px
  // for the widget, in the system's sans-serif font (the demo's), where a word such as
  // "Клавиатура" or "Развернуть" with its button's padding is wider than the column. Every widget
  // with every part shown (the areas' search field and its label, the "Get the data" links); what
  // `check` finds out of place in each, named.
  async function inNarrowColumn(lang: string, check: (el: Widget, box: DOMRect) => string[]): Promise<string[]> {
    const data = await seed();
    document.documentElement.style.fontSize = '200%';
    try {
      const out: string[] = [];
      for (const tag of TAGS) {
        const attrs = `downloadable${tag === 'cooperation-areas' ? ' searchable' : ''}`;
        const { el } = await narrow<Widget>(tag, data, attrs, 'width: 240px; font-family: system-ui, sans-serif', lang);
        out.push(...check(el, rect(el)).map((what) => `${tag}: ${what}`));
      }
      return out;
    } finally {
      document.documentElement.style.fontSize = '';
    }
  }
  const outside = (r: DOMRect, box: DOMRect) => r.left < box.left - 0.5 || r.right > box.right + 0.5;

  for (const lang of ['ru', 'sl']) {
    // A control breaks the word rather than reach out of the widget (before: the areas' "Razširi
    // vse" / "Развернуть все", the map's two buttons and the timeline's titles did).
    it(`every widget's buttons and links stay inside a 240 px column at 200 % text (${lang})`, async function () {
      this.timeout(30000);
      const out = await inNarrowColumn(lang, (el, box) =>
        qa(el, 'button, a')
          .filter((control) => rect(control).width > 0 && !control.closest('.visually-hidden') && outside(rect(control), box))
          .map((control) => control.textContent!.trim()),
      );
      expect(out).to.deep.equal([]);
    });

    // No text reaches past the edge either (a label, a chip, a date), read from the text's own
    // line boxes (an element's box can stay inside while its text runs out; before: the timeline's
    // dates and kind chips, the areas' search label). A scroll container (the map's table) may
    // hold wider text: the reader scrolls it.
    it(`no widget's text reaches past its edge in a 240 px column at 200 % text (${lang})`, async function () {
      this.timeout(30000);
      const out = await inNarrowColumn(lang, (el, box) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (!node.textContent!.trim() || parent.closest('.visually-hidden, svg, [hidden]')) continue;
          let scroller = false;
          for (let e: Element | null = parent; e && !scroller; e = e.parentElement)
            scroller = ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
          if (scroller) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects())
            if (r.width && outside(r, box))
              found.push(
                `"${node.textContent!.trim().slice(0, 30)}" ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}`,
              );
        }
        return found;
      });
      expect(out).to.deep.equal([]);
    });
  }
});
