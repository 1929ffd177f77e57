import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { captureWarningsPerTest, part, parts, placed, q, qa, seed } from '../../test-support/helpers.js';
import type { CooperationAreas } from './cooperation-areas.js';
import './cooperation-areas.js';

// <cooperation-areas> inside other people's pages (#16): small screens and large text (the
// chevron keeps its row), print (every area open, no controls), the custom-property names and
// their old aliases, and "Get the data" as CSV.

captureWarningsPerTest();

const rect = (el: Element) => el.getBoundingClientRect();

const areas = (data: unknown, attrs: Record<string, string> = {}, wrapperStyle = '') =>
  placed<CooperationAreas>('cooperation-areas', data, attrs, wrapperStyle);

const search = async (el: CooperationAreas, value: string) => {
  const input = part<HTMLInputElement>(el, 'search-input')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};

describe('<cooperation-areas> small screens and large text (#16, WCAG 1.4.4 and 1.4.10)', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const [width, rootFont] of [
    [375, 18],
    [320, 16],
    [640, 32],
    [320, 32],
    [240, 32],
  ] as const) {
    // Narrower than 13 times the title's size (1.125rem), an area puts its icon and chevron in a
    // row above the title, which has the whole width (before, at 320 px and 32 px the title had
    // 171 px and broke inside words).
    const narrow = width < 13 * 1.125 * rootFont;
    it(`${width} px wide at a ${rootFont} px root font: each chevron stays ${narrow ? "in the icon's row above" : 'beside'} its title and count, nothing overflows`, async () => {
      document.documentElement.style.fontSize = `${rootFont}px`;
      const { el, wrapper } = await areas(await seed(), { searchable: '', downloadable: '' }, `width: ${width}px`);
      part(el, 'expand-all')!.click();
      await el.updateComplete;
      for (const toggle of parts(el, 'area-toggle')) {
        const chevron = rect(toggle.querySelector('.chevron')!);
        const title = rect(toggle.querySelector('[part~="area-title"]')!);
        const count = rect(toggle.querySelector('[part~="count"]')!);
        const name = toggle.textContent!.trim();
        const icon = rect(toggle.querySelector('[part~="icon"]')!);
        if (narrow) {
          // At the end of the icon's row, the title and the count under both, as wide as the row.
          expect(chevron.top, name).to.be.below(icon.bottom);
          expect(chevron.bottom, name).to.be.above(icon.top);
          expect(title.top, name).to.be.at.least(Math.max(chevron.bottom, icon.bottom));
          expect(title.left, name).to.be.closeTo(icon.left, 0.5);
          expect(chevron.left, name).to.be.above(rect(toggle).left + rect(toggle).width / 2);
        } else {
          // Right of the title and of the count, not on a line of its own under them.
          expect(chevron.left, name).to.be.at.least(Math.max(title.right, count.right) - 0.5);
          expect(chevron.top, name).to.be.below(count.bottom);
          expect(title.left, name).to.be.above(icon.right);
        }
        expect(chevron.right, name).to.be.at.most(rect(toggle).right + 0.5);
      }
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const right = rect(base).right + 0.5;
      for (const node of qa(el, '[part]')) {
        expect(rect(node).right, node.getAttribute('part')!).to.be.at.most(right);
        if (node.clientWidth) expect(node.scrollWidth, node.getAttribute('part')!).to.be.at.most(node.clientWidth);
      }
    });
  }
});

describe('<cooperation-areas> narrow areas follow the page', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  /** Whether the first area's title lies under its icon (the narrow heading) rather than beside it. */
  const underIcon = (el: CooperationAreas) => rect(parts(el, 'area-title')[0]).top >= rect(parts(el, 'icon')[0]).bottom;

  // The reader enlarges the text on a page whose widget keeps its width (a sidebar of 300 px):
  // the heading follows without a reload, and back.
  it('takes the narrow heading when the text grows, and leaves it when the text shrinks again', async () => {
    const { el } = await areas(await seed(), { searchable: '' }, 'width: 300px');
    expect(underIcon(el), 'narrow at 16 px').to.equal(false);
    document.documentElement.style.fontSize = '32px';
    await waitUntil(() => underIcon(el), 'the title stays beside the icon at 32 px', { timeout: 5000 });
    // The box that measures the view lies over the search field's label: the label takes the
    // click (and focuses the field).
    const label = part(el, 'search-label')!;
    const { left, top } = rect(label);
    expect(el.shadowRoot!.elementFromPoint(left + 4, top + 2)).to.equal(label);
    document.documentElement.style.fontSize = '16px';
    await waitUntil(() => !underIcon(el), 'the title stays under the icon at 16 px', { timeout: 5000 });
  });

  // A grid's columns are narrower than the widget: the columns decide (grid-column minimum 10rem).
  it('in a grid, takes the narrow heading by the width of a column, also when the layout changes', async () => {
    const { el } = await areas(await seed(), {}, 'width: 520px; --pcw-cooperation-areas-column-min: 10rem');
    expect(underIcon(el), 'an accordion 520 px wide').to.equal(false);
    el.layout = 'grid';
    await el.updateComplete;
    expect(parts(el, 'area').filter((a) => rect(a).top === rect(parts(el, 'area')[0]).top).length, 'columns').to.equal(3);
    expect(underIcon(el), 'a column of 165 px').to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<cooperation-areas> print (#16)', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints every area open with all its items and none of the controls; on screen the accordion is as it was', async () => {
    const data = await seed();
    const total = (data.areas as { items: unknown[] }[]).reduce((n, a) => n + a.items.length, 0);
    const { el } = await areas(data, { searchable: '', downloadable: '' });
    parts(el, 'area-toggle')[1].click();
    await el.updateComplete;
    await search(el, 'kultur');
    await emulateMedia({ media: 'print' });
    await waitUntil(() => parts(el, 'item').length === total, 'not every item is printed', { timeout: 5000 });
    for (const panel of parts(el, 'panel')) expect(getComputedStyle(panel).display).not.to.equal('none');
    for (const name of ['search', 'controls', 'download']) expect(getComputedStyle(part(el, name)!).display, name).to.equal('none');
    expect(getComputedStyle(q(el, '.chevron')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => parts(el, 'item').length < total, 'still printing', { timeout: 5000 });
    // The search and the areas it opened are back.
    expect(part<HTMLInputElement>(el, 'search-input')!.value).to.equal('kultur');
    expect(getComputedStyle(part(el, 'search')!).display).not.to.equal('none');
  });

  it('a large widget (items rendered as they come near) prints every item', async () => {
    const data = Array.from({ length: 40 }, (_, i) => ({
      title: `Area ${i}`,
      items: Array.from({ length: 10 }, (_, j) => `item ${i}.${j}`),
    }));
    const { el } = await areas(data, { open: '' }, 'height: 200px; overflow: auto');
    expect(parts(el, 'item').length).to.be.below(400);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => parts(el, 'item').length === 400, 'not every item is printed', { timeout: 5000 });
  });
});

describe('<cooperation-areas> custom properties (#16)', () => {
  it('reads --pcw-cooperation-areas-*; the old --pcw-areas-* names still work, the new ones win', async () => {
    const data = [{ title: 'A', items: ['x'] }];
    const neu = await areas(data, { style: '--pcw-cooperation-areas-title-size: 27px; --pcw-cooperation-areas-gap: 13px' });
    expect(getComputedStyle(part(neu.el, 'area-title')!).fontSize).to.equal('27px');
    expect(getComputedStyle(part(neu.el, 'area-list')!).rowGap).to.equal('13px');
    const old = await areas(data, { style: '--pcw-areas-title-size: 25px; --pcw-areas-gap: 11px' });
    expect(getComputedStyle(part(old.el, 'area-title')!).fontSize).to.equal('25px');
    expect(getComputedStyle(part(old.el, 'area-list')!).rowGap).to.equal('11px');
    const grid = await areas(
      data,
      { layout: 'grid', style: '--pcw-areas-column-min: 100px; --pcw-cooperation-areas-column-min: 150px' },
      'width: 320px',
    );
    expect(getComputedStyle(part(grid.el, 'area-list')!).gridTemplateColumns.split(' ')).to.have.length(2);
  });
});

describe('<cooperation-areas> "Get the data" (#16)', () => {
  const hostile = {
    id: 'ljubljana-moskva-2019',
    lang: 'sl',
    areas: [
      {
        id: 'culture',
        title: { sl: 'kultura', en: 'culture' },
        items: [
          '=HYPERLINK("http://evil.example","x")',
          { title: 'razstave, "odprte"', description: '@opis', url: 'https://example.org/a' },
        ],
      },
      { id: 'sport', title: '-šport', items: [] },
    ],
  };

  it('downloadable adds a translated link to the areas as CSV, named after the announcement, its cells escaped', async () => {
    const { el } = await areas(hostile, { downloadable: '' });
    const link = part<HTMLAnchorElement>(el, 'download')!;
    expect(link.textContent!.trim()).to.equal('Prenesi podatke (CSV)');
    expect(link.getAttribute('download')).to.equal('ljubljana-moskva-2019-areas.csv');
    expect(link.href).to.match(/^blob:/);
    const response = await fetch(link.href);
    expect(response.headers.get('content-type')).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await response.text()).to.equal(
      [
        '"id","area","item","description","url"',
        `"culture","kultura","'=HYPERLINK(""http://evil.example"",""x"")","",""`,
        `"culture","kultura","razstave, ""odprte""","'@opis","https://example.org/a"`,
        `"sport","'-šport","","",""`,
        '',
      ].join('\r\n'),
    );
    await expect(el).to.be.accessible();
  });

  it('is reached by Tab after the areas, in the widget language (English texts for lang="en")', async () => {
    const { el } = await areas(hostile, { downloadable: '', lang: 'en' });
    const link = part<HTMLAnchorElement>(el, 'download')!;
    await waitUntil(() => link.textContent!.trim() === 'Get the data (CSV)', 'not in English', { timeout: 5000 });
    expect((await (await fetch(link.href)).text()).split('\r\n')[1]).to.match(/^"culture","culture",/);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = el.shadowRoot!.activeElement === link;
    }
    expect(reached, 'Tab never reached the link').to.equal(true);
  });

  it('a bare array is named areas.csv; in Russian the label is Russian; without the attribute there is no link', async () => {
    const { el } = await areas([{ title: 'A', items: ['x'] }], { downloadable: '', lang: 'ru' });
    expect(part(el, 'download')!.getAttribute('download')).to.equal('areas.csv');
    expect(part(el, 'download')!.textContent!.trim()).to.equal('Скачать данные (CSV)');
    el.downloadable = false;
    await el.updateComplete;
    expect(part(el, 'download')).to.equal(null);
  });
});
