// Server rendering: the pages scripts/ssr-render.mjs renders with @lit-labs/ssr (declarative
// shadow DOM, each element from its `data` attribute), opened in frames. Without JavaScript
// the content is there; with it, the elements hydrate without errors and without fetching.
import { expect, waitUntil } from '@open-wc/testing';
import type { CityNewsCard, CityNewsFeed, CooperationAreas, PartnerCityMap, PartnershipTimeline } from '../src/index.js';
import { openFrame, part, parts, TAGS, textOf, type Widget } from '../src/test-support/helpers.js';
import { countryShapes } from '../src/test-support/partner-city-map.fixtures.js';

type FrameWindow = Window & typeof globalThis & { __ssrErrors?: string[]; __ssrWarnings?: string[] };

const DATA_FILE = 'ljubljana-moskva-2019.json';

/** Opens a page in a frame (900 × 700) and waits for its `load`. */
const open = (url: string, sandbox?: string) => openFrame(url, { sandbox, style: 'width: 900px; height: 700px; border: 0' });

const widget = <T extends Widget>(frame: HTMLIFrameElement, tag: string) => {
  const el = frame.contentDocument!.querySelector(tag) as T | null;
  // Booleans only: a failing assertion that prints another frame's node can crash the runner.
  expect(el !== null, `<${tag}> in the page`).to.equal(true);
  return el!;
};

/** The English titles of the seed's areas. */
async function areaTitles(): Promise<string[]> {
  const seed = await (await fetch(`/demo/data/${DATA_FILE}`)).json();
  return seed.areas.map((a: { title: { en: string } }) => a.title.en);
}

/** What every rendering of the seed shows, read through the (declarative or hydrated) shadow roots. */
async function expectContent(frame: HTMLIFrameElement) {
  const card = widget<CityNewsCard>(frame, 'city-news-card');
  expect(card.shadowRoot !== null, 'card shadow root').to.equal(true);
  expect(textOf(part(card, 'title'))).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
  expect(textOf(part(card, 'date'))).to.equal('sreda, 11. 9. 2019');
  expect(part(card, 'date')!.getAttribute('datetime')).to.equal('2019-09-11');
  expect(textOf(part(card, 'read-more'))).to.match(/^Preberi več/);

  const areas = widget<CooperationAreas>(frame, 'cooperation-areas');
  expect(areas.shadowRoot !== null, 'areas shadow root').to.equal(true);
  const titles = parts(areas, 'area-title').map(textOf);
  expect(titles).to.have.length(7);
  expect(titles).to.deep.equal(await areaTitles());
  expect(parts(areas, 'item')).to.have.length(24);

  const map = widget<PartnerCityMap>(frame, 'partner-city-map');
  expect(map.shadowRoot !== null, 'map shadow root').to.equal(true);
  const list = textOf(part(map, 'list'));
  expect(list).to.include('Любляна');
  expect(list).to.include('Москва');
  expect(part(map, 'svg')!.getAttribute('aria-label')).to.equal('Карта городов-партнёров (2): Любляна, Москва');
  expect(parts(map, 'city')).to.have.length(2);
  expect(parts(map, 'arc')).to.have.length(1);
  expect(parts(map, 'label').map(textOf)).to.have.members(['Любляна', 'Москва']);

  // The feed's one item, a nested card in the feed's language (English).
  const feed = widget<CityNewsFeed>(frame, 'city-news-feed');
  expect(feed.shadowRoot !== null, 'feed shadow root').to.equal(true);
  const item = feed.shadowRoot!.querySelector('city-news-card');
  expect(item !== null && item.shadowRoot !== null, 'feed card shadow root').to.equal(true);
  expect(textOf(part(item, 'title'))).to.equal('We are continuing good cooperation with Moscow');

  // The timeline's three entries at their precision, in Slovene; today (after May 2020) last.
  const timeline = widget<PartnershipTimeline>(frame, 'partnership-timeline');
  expect(timeline.shadowRoot !== null, 'timeline shadow root').to.equal(true);
  expect(parts(timeline, 'entry-title').map(textOf)).to.have.length(3);
  expect(parts(timeline, 'date').map((d) => d.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
    '2000',
    '2019-09-10',
    '2020-05',
  ]);
  expect(textOf(parts(timeline, 'date')[2])).to.equal('maj 2020');
  expect(part(timeline, 'today') !== null, 'today marker').to.equal(true);
}

/** The resources the frame's document requested. */
const requests = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => e.name);

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  frames.forEach((f) => f.remove());
  frames = [];
});

describe('server rendering (@lit-labs/ssr)', () => {
  describe('without JavaScript', () => {
    let frame: HTMLIFrameElement;
    beforeEach(async () => {
      // A sandbox without allow-scripts: the page runs no script at all.
      frame = await open('/test/fixtures/ssr/nojs.html', 'allow-same-origin');
      frames.push(frame);
    });

    it('has no script of its own: the elements stay undefined', () => {
      // (The test server injects its web-socket script into every page; the sandbox keeps it from running.)
      const scripts = [...frame.contentDocument!.scripts].map((s) => s.getAttribute('src') ?? 'inline');
      expect(scripts.filter((s) => !s.startsWith('/__web-dev-server'))).to.deep.equal([]);
      expect(frame.contentWindow!.customElements.get('city-news-card') === undefined).to.equal(true);
      expect(frame.contentDocument!.querySelectorAll(':defined:is(city-news-card, cooperation-areas, partner-city-map)').length).to.equal(
        0,
      );
    });

    it('shows every element from its declarative shadow root', async () => {
      await expectContent(frame);
    });

    it('lays the content out, styled by the server-rendered styles', () => {
      const card = widget<CityNewsCard>(frame, 'city-news-card');
      const title = part(card, 'title')!;
      expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
      // The list is for screen readers until asked for: the server's styles hide it visually.
      const map = widget<PartnerCityMap>(frame, 'partner-city-map');
      expect(part(map, 'list')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(part(map, 'svg')!.getBoundingClientRect().width).to.be.greaterThan(100);
    });

    it('shows the light-DOM fallback of a widget whose data comes from src', () => {
      const card = frame.contentDocument!.getElementById('from-src')!;
      expect(card.shadowRoot !== null, 'shadow root').to.equal(true);
      const slot = card.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement | null;
      expect(slot !== null, 'default slot').to.equal(true);
      expect(slot!.assignedElements().map((e) => e.textContent)).to.deep.equal(['Plain article text for readers without JavaScript']);
      expect(card.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      // No skeleton and nothing "busy" that would never finish.
      expect(card.shadowRoot!.querySelectorAll('[aria-busy], .skeleton').length).to.equal(0);
    });

    it('shows a timeline as the server rendered it: its today and its upcoming entries', () => {
      const stale = frame.contentDocument!.getElementById('stale-timeline') as PartnershipTimeline;
      expect(part(stale, 'today')!.querySelector('time')!.getAttribute('datetime')).to.equal('2020-02-01');
      expect(parts(stale, 'upcoming').length).to.equal(1);
    });

    it('requests no data', () => {
      expect(requests(frame).filter((r) => r.includes(DATA_FILE))).to.deep.equal([]);
    });
  });

  describe('with JavaScript', () => {
    let frame: HTMLIFrameElement;
    let win: FrameWindow;

    beforeEach(async () => {
      frame = await open('/test/fixtures/ssr/hydrate.html');
      frames.push(frame);
      win = frame.contentWindow as FrameWindow;
      await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
      for (const tag of TAGS) {
        const el = widget<Widget>(frame, tag);
        // A hydration mismatch throws in the first update: updateComplete rejects.
        await el.updateComplete;
      }
    });

    const errors = () => win.__ssrErrors ?? [];
    // Lit's dev-mode banner is expected (the test server serves Lit's development build).
    const warnings = () => (win.__ssrWarnings ?? []).filter((w) => !w.includes('Lit is in dev mode'));

    it('hydrates every element without errors', async () => {
      expect(win.__ssrErrors, 'the error recorder of the page').to.be.an('array');
      for (const tag of TAGS) {
        const el = widget<Widget>(frame, tag);
        expect(el.matches(':defined'), `${tag} defined`).to.equal(true);
        expect(el.state, `${tag} state`).to.equal('ready');
        expect(el.hasUpdated, `${tag} updated`).to.equal(true);
        // Hydrated, not rendered anew: the server's <style> is still in the shadow root, and
        // there is one copy of the content.
        expect(el.shadowRoot!.querySelector('style') !== null, `${tag} keeps the server's styles`).to.equal(true);
        expect(parts(el, 'base'), `${tag} base`).to.have.length(1);
      }
      await expectContent(frame);
      expect(errors()).to.deep.equal([]);
      // No warning either (a second copy of Lit, a change-in-update, a widget's data warning).
      expect(warnings()).to.deep.equal([]);
    });

    it('hydrates a widget whose data comes from src: fallback while loading, then the data', async () => {
      const card = frame.contentDocument!.getElementById('from-src') as CityNewsCard;
      await waitUntil(() => card.state === 'ready', 'the src card never became ready', { timeout: 5000 });
      await card.updateComplete;
      expect(textOf(part(card, 'title'))).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      expect(card.shadowRoot!.querySelector('slot:not([name])') === null, 'fallback hidden once the data is shown').to.equal(true);
      expect(errors()).to.deep.equal([]);
      expect(warnings()).to.deep.equal([]);
    });

    it('does not fetch the data: the data attribute is enough', () => {
      const names = requests(frame);
      // The entry did load through the test server (so the entries are the frame's own).
      expect(names.some((n) => n.includes('/test/fixtures/ssr/hydrate-entry.ts'))).to.equal(true);
      expect(names.filter((n) => n.includes(DATA_FILE))).to.deep.equal([]);
      for (const tag of TAGS) {
        expect(widget<Widget>(frame, tag).src, `${tag} src`).to.equal(undefined);
      }
    });

    it("hydrates a timeline rendered on another day with the server's today, then shows the reader's", async () => {
      // Rendered as on 1 February 2020 (the Days of May 2020 upcoming), without a now of its own.
      const stale = frame.contentDocument!.getElementById('stale-timeline') as PartnershipTimeline;
      const d = new Date();
      const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      await waitUntil(
        () => part(stale, 'today')?.querySelector('time')?.getAttribute('datetime') === today,
        "the reader's today is not shown",
        {
          timeout: 5000,
        },
      );
      await stale.updateComplete;
      expect(parts(stale, 'upcoming').length).to.equal(0);
      expect(parts(stale, 'entry-title').length).to.equal(3);
      expect(parts(stale, 'base').length, 'one copy of the content').to.equal(1);
      expect(errors()).to.deep.equal([]);
      expect(warnings()).to.deep.equal([]);
    });

    it('is interactive after hydration', async () => {
      const card = widget<CityNewsCard>(frame, 'city-news-card');
      expect(card.expanded).to.equal(false);
      expect(parts(card, 'paragraph')).to.have.length(2);
      part(card, 'read-more')!.click();
      await card.updateComplete;
      expect(card.expanded).to.equal(true);
      expect(part(card, 'read-more')!.getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(part(card, 'read-more'))).to.equal('Prikaži manj');
      expect(parts(card, 'paragraph').length).to.be.greaterThan(2);

      const map = widget<PartnerCityMap>(frame, 'partner-city-map');
      const toggle = part(map, 'list-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await map.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(part(map, 'list')!.classList.contains('visually-hidden')).to.equal(false);
      // The country shapes load lazily, in the browser only.
      // (The countries are one path per fill class: their rings are counted.)
      await waitUntil(() => countryShapes(map) > 20, 'the country shapes never loaded', { timeout: 5000 });
      expect(parts(map, 'label').map(textOf)).to.have.members(['Любляна', 'Москва']);

      expect(errors()).to.deep.equal([]);
      expect(warnings()).to.deep.equal([]);
      expect(requests(frame).filter((n) => n.includes(DATA_FILE))).to.deep.equal([]);
    });
  });
});
