import { Validator } from '@cfworker/json-schema';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { parseArticle } from '../../model/parse-article.js';
import { sample } from '../../test-support/city-news-card.fixtures.js';
import { captureWarningsPerTest, emulating, part, parts, placed, q, ready, seed } from '../../test-support/helpers.js';
import type { CityNewsCard } from './city-news-card.js';
import './city-news-card.js';

// <city-news-card> inside other people's pages (#16): the type scale and the title link, the
// accent from the page, the custom-property names and their old aliases, the dark image, small
// screens with large text, print, and "Get the data".

captureWarningsPerTest();

const rect = (el: Element) => el.getBoundingClientRect();
const px = (value: string) => parseFloat(value);

const card = (data: unknown, attrs: Record<string, string> = {}, wrapperStyle = '') =>
  placed<CityNewsCard>('city-news-card', data, attrs, wrapperStyle);

/** Presses Tab from a button before the widget until `target` (in its shadow root) has focus; false if it never does. */
async function tabTo(el: HTMLElement, target: Element): Promise<boolean> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  for (let i = 0; i < 30; i++) {
    await sendKeys({ press: 'Tab' });
    if (el.shadowRoot!.activeElement === target) return true;
  }
  return false;
}

describe('<city-news-card> look (#16)', () => {
  it('follows a type scale: the lead in regular weight and larger than the body, the title larger still', async () => {
    const { el } = await card(sample);
    const lead = getComputedStyle(part(el, 'lead')!);
    const body = getComputedStyle(part(el, 'paragraph')!);
    const title = getComputedStyle(part(el, 'title')!);
    expect(lead.fontWeight).to.equal('400');
    expect(px(lead.fontSize)).to.be.greaterThan(px(body.fontSize));
    expect(px(title.fontSize)).to.be.greaterThan(px(lead.fontSize));
    expect(Number(title.fontWeight)).to.be.at.least(700);
  });

  it('the title is a heading whose link shows on hover and focus: no underline at rest, underlined in the accent when focused', async () => {
    const { el } = await card(sample, { style: '--pcw-color-accent: rgb(1, 90, 50)' });
    const heading = part(el, 'title')!;
    const link = part(el, 'link')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.contains(link)).to.equal(true);
    expect(getComputedStyle(link).textDecorationLine).to.equal('none');
    expect(await tabTo(el, link)).to.equal(true);
    expect(link.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(link).color).to.equal('rgb(1, 90, 50)');
    // And the focus ring stays.
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe (contrast included) in the ${theme} theme, focused title included`, async () => {
      const { el } = await card(sample, { theme, downloadable: '' });
      await expect(el).to.be.accessible();
      part(el, 'link')!.focus();
      await expect(el).to.be.accessible();
    });
  }
});

describe('<city-news-card> accent from the host page (#16)', () => {
  // A page with its own link colour and the README's one-line rule, on a dark-scheme page: the
  // light card takes the light value, the dark card the dark one, both with enough contrast.
  const PAGE = 'color-scheme: dark; --pcw-color-accent: light-dark(#8a1538, #f4a6bd)';

  it('a light card on a dark-scheme page takes the light value of the page rule (the card is light whatever the page)', async () => {
    const { el } = await card(sample, { theme: 'light' }, PAGE);
    expect(getComputedStyle(part(el, 'read-more')!).color).to.equal('rgb(138, 21, 56)');
    await expect(el).to.be.accessible();
  });

  it('a dark card takes the dark value', async () => {
    const { el } = await card(sample, { theme: 'dark' }, PAGE);
    expect(getComputedStyle(part(el, 'read-more')!).color).to.equal('rgb(244, 166, 189)');
    await expect(el).to.be.accessible();
  });

  it('theme="auto" follows the system between the two', async () => {
    const { el } = await card(sample, { theme: 'auto' }, 'color-scheme: light dark; --pcw-color-accent: light-dark(#8a1538, #f4a6bd)');
    await emulating({ colorScheme: 'dark' }, async () => {
      expect(getComputedStyle(part(el, 'read-more')!).color).to.equal('rgb(244, 166, 189)');
    });
    expect(getComputedStyle(part(el, 'read-more')!).color).to.equal('rgb(138, 21, 56)');
  });
});

describe('<city-news-card> custom properties (#16)', () => {
  it('reads --pcw-city-news-card-*; the old --pcw-news-card-* names still work, the new ones win', async () => {
    const neu = await card(sample, {
      style:
        '--pcw-city-news-card-title-size: 31px; --pcw-city-news-card-padding: 7px; --pcw-city-news-card-lead-size: 23px; --pcw-city-news-card-gap: 5px; --pcw-city-news-card-image-ratio: 2 / 1',
    });
    expect(getComputedStyle(part(neu.el, 'title')!).fontSize).to.equal('31px');
    expect(getComputedStyle(part(neu.el, 'lead')!).fontSize).to.equal('23px');
    expect(getComputedStyle(part(neu.el, 'content')!).paddingTop).to.equal('7px');
    expect(getComputedStyle(part(neu.el, 'content')!).rowGap).to.equal('5px');
    expect(getComputedStyle(part(neu.el, 'image')!).aspectRatio).to.equal('2 / 1');
    const old = await card(sample, {
      style: '--pcw-news-card-title-size: 29px; --pcw-news-card-padding: 9px; --pcw-news-card-gap: 3px; --pcw-news-card-image-ratio: 3 / 1',
    });
    expect(getComputedStyle(part(old.el, 'title')!).fontSize).to.equal('29px');
    expect(getComputedStyle(part(old.el, 'content')!).paddingTop).to.equal('9px');
    expect(getComputedStyle(part(old.el, 'content')!).rowGap).to.equal('3px');
    expect(getComputedStyle(part(old.el, 'image')!).aspectRatio).to.equal('3 / 1');
    const both = await card(sample, { style: '--pcw-news-card-title-size: 29px; --pcw-city-news-card-title-size: 33px' });
    expect(getComputedStyle(part(both.el, 'title')!).fontSize).to.equal('33px');
  });
});

describe('<city-news-card> dark image (#16)', () => {
  const DAY = '/demo/data/ljubljana-moskva.svg';
  const NIGHT = '/demo/data/ljubljana-moskva-night.svg';
  const withDark = { ...sample, image: { src: DAY, srcDark: NIGHT, alt: 'Ljubljana' } };
  const abs = (path: string) => new URL(path, location.href).href;

  it('the parser reads image.srcDark under the URL policy, relative to the data; the schema agrees', async () => {
    const schema = await (await fetch('/schema/announcement.schema.json')).json();
    const validator = new Validator(schema, '2020-12', false);
    const good = { title: 'T', image: { src: 'a.svg', srcDark: 'a-night.svg' } };
    const r = parseArticle(good, { base: 'https://example.org/data/x.json' });
    expect(r.ok && r.value.image?.srcDark).to.equal('https://example.org/data/a-night.svg');
    expect(r.warnings).to.deep.equal([]);
    expect(validator.validate(good).valid).to.equal(true);
    const bad = { title: 'T', image: { src: 'a.svg', srcDark: 'javascript:alert(1)' } };
    const b = parseArticle(bad);
    expect(b.ok && b.value.image?.srcDark).to.equal(undefined);
    expect(b.warnings.map((w) => w.path)).to.deep.equal(['image.srcDark']);
    expect(validator.validate(bad).valid).to.equal(false);
  });

  it('theme="dark" shows the dark variant, theme="light" the day one', async () => {
    const dark = await card(withDark, { theme: 'dark' });
    expect(part<HTMLImageElement>(dark.el, 'image')!.src).to.equal(abs(NIGHT));
    const light = await card(withDark, { theme: 'light' });
    expect(part<HTMLImageElement>(light.el, 'image')!.src).to.equal(abs(DAY));
    expect(q(light.el, 'picture')).to.equal(null);
  });

  it('theme="auto" lets the browser pick: the dark variant when the system is dark', async () => {
    await emulating({ colorScheme: 'dark' }, async () => {
      const { el } = await card(withDark, { theme: 'auto' });
      const img = part<HTMLImageElement>(el, 'image')!;
      expect(img.parentElement!.localName).to.equal('picture');
      img.loading = 'eager';
      await waitUntil(() => img.currentSrc !== '', 'the image never loaded', { timeout: 10000 });
      expect(img.currentSrc).to.equal(abs(NIGHT));
      await expect(el).to.be.accessible();
    });
    const { el } = await card(withDark, { theme: 'auto' });
    const img = part<HTMLImageElement>(el, 'image')!;
    img.loading = 'eager';
    await waitUntil(() => img.currentSrc !== '', 'the image never loaded', { timeout: 10000 });
    expect(img.currentSrc).to.equal(abs(DAY));
  });

  it("the demo's data has a night illustration", async () => {
    const data = await (await fetch('/demo/data/ljubljana-moskva-2019.json')).json();
    expect(data.image.srcDark).to.equal('ljubljana-moskva-night.svg');
    const svg = await fetch('/demo/data/ljubljana-moskva-night.svg');
    expect(svg.ok).to.equal(true);
    expect(await svg.text()).to.contain('<svg');
  });
});

describe('<city-news-card> small screens and large text (#16, WCAG 1.4.4 and 1.4.10)', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const [width, rootFont] of [
    [320, 16],
    [640, 32],
    [320, 32],
    [240, 32],
  ] as const) {
    it(`${width} px wide at a ${rootFont} px root font: nothing overflows horizontally`, async () => {
      document.documentElement.style.fontSize = `${rootFont}px`;
      const data = await seed();
      // A word longer than the column, in the lead and in a paragraph.
      const long = 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz';
      data.lead = { sl: `Program ${long}.` };
      data.body = [{ sl: `Odstavek ${long}.` }];
      const { el, wrapper } = await card(data, { downloadable: '', expanded: '', 'tag-href': '/t?tag={tag}' }, `width: ${width}px`);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const right = rect(base).right + 0.5;
      for (const node of el.shadowRoot!.querySelectorAll('[part]'))
        expect(rect(node).right, node.getAttribute('part')!).to.be.at.most(right);
    });
  }
});

describe('<city-news-card> print (#16)', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the whole body without the read-more button or the download link, and collapses again on screen', async () => {
    const { el } = await card(sample, { downloadable: '' });
    expect(parts(el, 'paragraph')).to.have.length(2);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => parts(el, 'paragraph').length === 4, 'the body is not printed in full', { timeout: 5000 });
    expect(part(el, 'read-more')).to.equal(null);
    expect(getComputedStyle(part(el, 'download')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => parts(el, 'paragraph').length === 2, 'the body stays expanded', { timeout: 5000 });
    expect(getComputedStyle(part(el, 'read-more')!).display).not.to.equal('none');
    expect(getComputedStyle(part(el, 'download')!).display).not.to.equal('none');
  });

  it('a dark card prints in the light colours (dark text on white paper)', async () => {
    const { el } = await card(sample, { theme: 'dark' });
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(part(el, 'lead')!).color).to.equal('rgb(29, 35, 42)');
  });

  it('prints no retry button', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><city-news-card src="/test-api/status?code=500"></city-news-card></div>`);
    const el = wrapper.firstElementChild as CityNewsCard;
    await waitUntil(() => el.state === 'error', 'no error', { timeout: 10000 });
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'retry-button')!).display).to.equal('none');
  });
});

describe('<city-news-card> "Get the data" (#16)', () => {
  it('downloadable adds a translated link to the announcement as JSON, named after its id', async () => {
    const data = { ...sample, id: 'ljubljana-moskva-2019', url: 'javascript:alert(1)', body: ['=HYPERLINK("x")', 'Drugi.'] };
    const { el } = await card(data, { downloadable: '' });
    const link = part<HTMLAnchorElement>(el, 'download')!;
    expect(link.textContent!.trim()).to.equal('Prenesi podatke (JSON)');
    expect(link.getAttribute('download')).to.equal('ljubljana-moskva-2019.json');
    expect(link.href).to.match(/^blob:/);
    const json = await (await fetch(link.href)).json();
    // The article as the card read it: the unsafe URL left out, the date as ISO text.
    expect(json.image.src).to.match(/ljubljana-moskva\.svg$/);
    expect({ ...json, image: undefined }).to.deep.equal({
      image: undefined,
      id: 'ljubljana-moskva-2019',
      lang: 'sl',
      published: '2019-09-11',
      title: sample.title,
      lead: { sl: sample.lead },
      body: [{ sl: '=HYPERLINK("x")' }, { sl: 'Drugi.' }],
      tags: [{ sl: 'moskva' }],
    });
    expect(await tabTo(el, link)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks the widget language, falls back to "announcement.json" without an id, and is absent without the attribute', async () => {
    const { el } = await card({ title: 'T' }, { downloadable: '', lang: 'ru' });
    const link = part<HTMLAnchorElement>(el, 'download')!;
    expect(link.textContent!.trim()).to.equal('Скачать данные (JSON)');
    expect(link.getAttribute('download')).to.equal('announcement.json');
    el.lang = 'en';
    await waitUntil(() => part(el, 'download')?.textContent!.trim() === 'Get the data (JSON)', 'not in English', { timeout: 5000 });
    el.downloadable = false;
    await el.updateComplete;
    expect(part(el, 'download')).to.equal(null);
  });

  it('makes a new address for new data and revokes the old one', async () => {
    const { el } = await card({ title: 'One' }, { downloadable: '' });
    const first = part<HTMLAnchorElement>(el, 'download')!.href;
    el.data = { title: 'Two' };
    await ready(el);
    await el.updateComplete;
    const second = part<HTMLAnchorElement>(el, 'download')!.href;
    expect(second).not.to.equal(first);
    expect((await (await fetch(second)).json()).title).to.deep.equal({ und: 'Two' });
    let failed = false;
    await fetch(first).catch(() => (failed = true));
    expect(failed, 'the old address still answers').to.equal(true);
  });
});
