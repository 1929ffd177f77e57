import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import { colour, q, ready, seed, TAGS, type Widget } from '../src/test-support/helpers.js';

/*
 * Theming of every widget: `theme="auto"` follows the system, the widget's own custom
 * properties reach what they are for, reduced motion stops motion, forced-colours mode uses
 * system colours (values the browser would not pick by itself), and no widget writes a
 * `style` attribute.
 */

/** What each widget paints with its surface colour. */
const SURFACE: Record<string, string> = {
  'city-news-card': '[part~="base"]',
  'cooperation-areas': '[part~="area"]',
  'partner-city-map': '[part~="list-toggle"]',
  'city-news-feed': '[part~="controls"]',
  'partnership-timeline': '[part~="base"]',
};

async function mount(tag: string, attrs: Record<string, string> = {}, style = ''): Promise<Widget> {
  const data = await seed();
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (style) el.setAttribute('style', style);
  el.data = data;
  wrapper.append(el);
  await ready(el, 10000);
  await el.updateComplete;
  return el;
}

afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' }));

describe('theming', () => {
  for (const tag of TAGS) {
    it(`<${tag}> theme="auto" follows the system's colour scheme`, async () => {
      const el = await mount(tag, { theme: 'auto' });
      const surface = () => getComputedStyle(q(el, SURFACE[tag])!).backgroundColor;
      expect(surface()).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(surface()).to.equal('rgb(22, 27, 34)');
      el.theme = 'light';
      await el.updateComplete;
      expect(surface()).to.equal('rgb(255, 255, 255)');
    });

    it(`<${tag}> stops the skeleton's motion with reduced motion, and paints it with a system colour in forced colours`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as Widget;
      el.src = '/test-api/hang?ms=3000';
      wrapper.append(el);
      await el.updateComplete;
      const skeleton = q(el, '[part~="skeleton"]')!.classList.contains('skeleton-map') ? q(el, '[part~="skeleton"]')! : q(el, '.skeleton')!;
      expect(getComputedStyle(skeleton).animationName).to.equal('pcw-pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(skeleton).animationName).to.equal('none');
      await emulateMedia({ forcedColors: 'active' });
      if (tag !== 'partner-city-map') expect(getComputedStyle(skeleton).backgroundColor).to.equal(colour('GrayText'));
    });
  }

  it("the widgets' own custom properties reach what they are for", async () => {
    const card = await mount('city-news-card', {}, '--pcw-news-card-title-size: 31px; --pcw-color-accent: rgb(1, 2, 3)');
    expect(getComputedStyle(q(card, '[part~="title"]')!).fontSize).to.equal('31px');
    expect(getComputedStyle(q(card, '[part~="read-more"]')!).color).to.equal('rgb(1, 2, 3)');
    const areas = await mount(
      'cooperation-areas',
      { open: '', searchable: '' },
      '--pcw-areas-title-size: 27px; --pcw-color-mark: rgb(4, 5, 6); --pcw-duration: 123ms',
    );
    expect(getComputedStyle(q(areas, '[part~="area-title"]')!).fontSize).to.equal('27px');
    expect(getComputedStyle(q(areas, '.chevron')!).transitionDuration).to.equal('0.123s');
    const input = q<HTMLInputElement>(areas, '[part~="search-input"]')!;
    input.value = 'cultur';
    input.dispatchEvent(new Event('input'));
    await areas.updateComplete;
    expect(getComputedStyle(q(areas, 'mark')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    const map = await mount('partner-city-map', {}, '--pcw-map-water: rgb(7, 8, 9); --pcw-map-home: rgb(10, 11, 12)');
    expect(getComputedStyle(q(map, '.water')!).fill).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle(q(map, '.home[part~="city"]')!).fill).to.equal('rgb(10, 11, 12)');
    const timeline = await mount(
      'partnership-timeline',
      {},
      '--pcw-partnership-timeline-year-size: 29px; --pcw-partnership-timeline-title-size: 19px; --pcw-partnership-timeline-gap: 13px',
    );
    expect(getComputedStyle(q(timeline, '[part~="year-heading"]')!).fontSize).to.equal('29px');
    expect(getComputedStyle(q(timeline, '[part~="entry-title"]')!).fontSize).to.equal('19px');
    expect(getComputedStyle(q(timeline, '[part~="entries"]')!).rowGap).to.equal('13px');
  });

  it("reduced motion stops the areas' chevron turning", async () => {
    const el = await mount('cooperation-areas');
    expect(getComputedStyle(q(el, '.chevron')!).transitionDuration).to.equal('0.2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(q(el, '.chevron')!).transitionDuration).to.equal('0s');
  });

  it('forced colours: search matches and area borders use system colours', async () => {
    const el = await mount('cooperation-areas', { open: '', searchable: '' });
    const input = q<HTMLInputElement>(el, '[part~="search-input"]')!;
    input.value = 'cultur';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(q(el, 'mark')!).backgroundColor).to.equal(colour('Highlight'));
    expect(getComputedStyle(q(el, '[part~="area"]')!).borderTopColor).to.equal(colour('CanvasText'));
  });

  it('no widget writes a style attribute in its shadow root, in any state it reaches by itself or by use', async () => {
    for (const tag of TAGS) {
      const el = await mount(tag, { open: '', searchable: '', expanded: '' });
      for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button:not([part~="retry-button"])')) button.click();
      const map = el.shadowRoot!.querySelector<HTMLElement>('[part~="map"]');
      map?.focus();
      map?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(
        [...el.shadowRoot!.querySelectorAll('[style]')].map((e) => e.localName),
        tag,
      ).to.deep.equal([]);
    }
  });
});
