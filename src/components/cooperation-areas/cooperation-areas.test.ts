import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, seed, textOf } from '../../test-support/helpers.js';
import { CooperationAreas } from './cooperation-areas.js';
import './cooperation-areas.js';

const SEED = '/demo/data/ljubljana-moskva-2019.json';

const q = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const qa = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const part = (el: HTMLElement, name: string) => q(el, `[part~="${name}"]`);
const parts = (el: HTMLElement, name: string) => qa(el, `[part~="${name}"]`);
const titles = (el: HTMLElement) => parts(el, 'area-title').map((t) => textOf(t));
const visibleItems = (el: HTMLElement) => qa(el, '.panel:not([hidden]) [part~="item"]');
const ready = (el: CooperationAreas) => waitUntil(() => el.state === 'ready', 'never ready', { timeout: 5000 });
const search = async (el: CooperationAreas, text: string) => {
  const input = part(el, 'search-input') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await elementUpdated(el);
};

const areas = (n: number, items: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `area-${i}`, title: `Area ${i}`, items: Array.from({ length: items }, (_, k) => `Item ${i}.${k}`) }));

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<cooperation-areas>', () => {
  it('is defined', () => {
    expect(customElements.get('cooperation-areas')).to.equal(CooperationAreas);
  });

  describe('data', () => {
    it('renders the 7 areas and 24 items of the seed from src', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas lang="sl" layout="list" src=${SEED}></cooperation-areas>`);
      await ready(el);
      expect(titles(el)).to.deep.equal([
        'mestno upravljanje in gospodarstvo',
        'znanost in podjetništvo',
        'kultura in umetnost',
        'turizem',
        'šport',
        'izobraževanje',
        'socialna zaščita prebivalcev',
      ]);
      expect(visibleItems(el)).to.have.length(24);
      expect(textOf(visibleItems(el)[0])).to.equal('urbanistično načrtovanje in gradnja');
    });

    it('renders a bare array of areas', async () => {
      const data = (await seed()).areas as unknown[];
      const el = await fixture<CooperationAreas>(html`<cooperation-areas lang="en" layout="list" .data=${data}></cooperation-areas>`);
      expect(parts(el, 'area')).to.have.length(7);
      expect(visibleItems(el)).to.have.length(24);
      expect(titles(el)[0]).to.equal('city management and economy');
    });

    it('renders from an inline script', async () => {
      const data = await seed();
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas lang="ru" layout="list"><script type="application/json">${JSON.stringify(data)}</script></cooperation-areas>`,
      );
      expect(parts(el, 'area')).to.have.length(7);
      expect(visibleItems(el)).to.have.length(24);
      expect(titles(el)[4]).to.equal('спорт');
    });

    it('shows data that arrives after the first render (property, then attribute)', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas layout="list"></cooperation-areas>`);
      el.data = { areas: [{ title: 'Culture', items: [{ title: 'Theatre weeks' }] }] };
      await waitUntil(() => parts(el, 'area').length === 1, 'late data property not shown', { timeout: 10000 });
      expect(textOf(visibleItems(el)[0])).to.equal('Theatre weeks');
      el.data = undefined;
      el.setAttribute('data', JSON.stringify([{ title: 'Sport' }, { title: 'Tourism' }]));
      await waitUntil(() => parts(el, 'area').length === 2, 'late data attribute not shown', { timeout: 10000 });
      expect(titles(el)).to.deep.equal(['Sport', 'Tourism']);
    });

    it('falls back to the defaults when attributes are removed or unknown', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas layout="grid" heading-level="4" src=${SEED}></cooperation-areas>`);
      await ready(el);
      el.removeAttribute('layout');
      el.setAttribute('heading-level', 'nine');
      await elementUpdated(el);
      expect(el.layout).to.equal('accordion');
      expect(el.headingLevel).to.equal(2);
      expect(parts(el, 'area-toggle')).to.have.length(7);
      expect(parts(el, 'area-heading')[0].localName).to.equal('h2');
    });

    it('derives missing ids from titles and keeps them unique', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas .data=${[{ title: 'Socialna zaščita', items: ['a'] }, { title: 'Socialna zaščita' }]}></cooperation-areas>`);
      expect(el.areas.map((a) => a.id)).to.deep.equal(['socialna-zascita', 'socialna-zascita-2']);
      // What a reader can do with them: the hash of the second one opens the second area.
      const before = location.hash;
      try {
        location.hash = '#socialna-zascita-2';
        await waitUntil(() => parts(el, 'area-toggle')[1].getAttribute('aria-expanded') === 'true', 'the hash did not open the second area', { timeout: 10000 });
        expect(parts(el, 'area-toggle')[0].getAttribute('aria-expanded')).to.equal('false');
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });

    it('leaves out invalid areas and items with a warning', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas layout="list" .data=${[{ title: 'Good', items: ['one', 2, { title: 'three', url: 'javascript:alert(1)' }] }, { items: ['no title'] }]}></cooperation-areas>`);
      expect(titles(el)).to.deep.equal(['Good']);
      expect(visibleItems(el).map((i) => textOf(i))).to.deep.equal(['one', 'three']);
      expect(q(el, 'a')).to.equal(null);
      expect(warnings.calls).to.deep.equal([
        '[cooperation-areas] [0].items[1] must be a text or a map of language to text (left out)',
        '[cooperation-areas] [0].items[2].url must be an http, https, mailto or relative URL (left out)',
        '[cooperation-areas] [1].title is required (left out)',
      ]);
    });

    it('shows the empty state for an announcement without areas', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas lang="sl" .data=${{ title: 'No areas here' }}></cooperation-areas>`);
      expect(el.state).to.equal('empty');
      expect(textOf(part(el, 'empty'))).to.equal('Ni področij sodelovanja za prikaz.');
      await expect(el).to.be.accessible();
    });

    it('shows a translated alert and fires pcw-error for bad input', async () => {
      const el = document.createElement('cooperation-areas');
      el.lang = 'ru';
      el.setAttribute('data', '"just a string"');
      const event = oneEvent(el, 'pcw-error');
      document.body.append(el);
      try {
        const { detail } = await event;
        expect(detail).to.include({ kind: 'invalid', source: 'attribute' });
        await elementUpdated(el);
        expect(q(el, '[role="alert"]')).to.exist;
        expect(textOf(part(el, 'error-message'))).to.equal('Не удалось показать данные.');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
      expect(warnings.calls).to.have.length(1);
    });

    it('shows an error with retry for a failed src, and recovers', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas src="/test-api/status?code=500"></cooperation-areas>`);
      await waitUntil(() => el.state === 'error', undefined, { timeout: 10000 });
      await expect(el).to.be.accessible();
      el.src = SEED;
      await ready(el);
      expect(parts(el, 'area')).to.have.length(7);
    });
  });

  describe('layouts', () => {
    it('accordion (default): every area closed, with a button to open it', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas src=${SEED}></cooperation-areas>`);
      await ready(el);
      expect(el.layout).to.equal('accordion');
      const toggles = parts(el, 'area-toggle');
      expect(toggles).to.have.length(7);
      expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(visibleItems(el)).to.have.length(0);
      expect(part(el, 'expand-all')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('list: everything open, no toggles', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas layout="list" src=${SEED}></cooperation-areas>`);
      await ready(el);
      expect(parts(el, 'area-toggle')).to.have.length(0);
      expect(part(el, 'expand-all')).to.equal(null);
      expect(visibleItems(el)).to.have.length(24);
      await expect(el).to.be.accessible();
    });

    it('grid: columns by the widget width, not the viewport', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><cooperation-areas layout="grid" src=${SEED}></cooperation-areas></div>`);
      const el = wrapper.querySelector('cooperation-areas')!;
      await ready(el);
      const columns = () => new Set(parts(el, 'area').map((a) => Math.round(a.getBoundingClientRect().left))).size;
      wrapper.style.width = '1000px';
      await aTimeout(50);
      expect(columns()).to.equal(3);
      wrapper.style.width = '300px';
      await aTimeout(50);
      expect(columns()).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('open: opens every area without firing pcw-area-toggle', async () => {
      let toggles = 0;
      const el = await fixture<CooperationAreas>(html`<cooperation-areas open @pcw-area-toggle=${() => toggles++} src=${SEED}></cooperation-areas>`);
      await ready(el);
      expect(visibleItems(el)).to.have.length(24);
      el.open = false;
      await elementUpdated(el);
      expect(visibleItems(el)).to.have.length(0);
      el.open = true;
      await elementUpdated(el);
      expect(visibleItems(el)).to.have.length(24);
      expect(toggles).to.equal(0);
    });

    it('shows the built-in icons, none for an unknown name', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas .data=${[{ title: 'A', icon: 'culture' }, { title: 'B', icon: 'constructor' }, { title: 'C' }]}></cooperation-areas>`);
      const icons = parts(el, 'area').map((a) => a.querySelector('svg[part~="icon"]'));
      expect(icons[0]).to.exist;
      expect(icons[0]!.getAttribute('aria-hidden')).to.equal('true');
      expect(icons[1]).to.equal(null);
      expect(icons[2]).to.equal(null);
    });

    it('puts area titles in headings of heading-level', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas heading-level="4" src=${SEED}></cooperation-areas>`);
      await ready(el);
      expect(parts(el, 'area-heading').map((h) => h.localName)).to.deep.equal(Array(7).fill('h4'));
    });
  });

  describe('keyboard and events', () => {
    it('reaches an area with Tab and toggles it with Enter and Space, firing pcw-area-toggle', async () => {
      const events: { id: string; open: boolean }[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <cooperation-areas lang="en" src=${SEED} @pcw-area-toggle=${(e: CustomEvent) => events.push(e.detail)}></cooperation-areas>
      </div>`);
      const el = wrapper.querySelector('cooperation-areas')!;
      await ready(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' }); // Expand all
      await sendKeys({ press: 'Tab' }); // Collapse all
      await sendKeys({ press: 'Tab' }); // the first area
      const first = parts(el, 'area-toggle')[0];
      expect(el.shadowRoot!.activeElement).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleItems(el)).to.have.length(6);
      expect(textOf(part(el, 'count'))).to.equal('6 items');
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(events).to.deep.equal([
        { id: 'city-management', open: true },
        { id: 'city-management', open: false },
      ]);
    });

    it('expands and collapses all with the controls', async () => {
      const events: string[] = [];
      const el = await fixture<CooperationAreas>(html`<cooperation-areas src=${SEED} @pcw-area-toggle=${(e: CustomEvent) => events.push(`${e.detail.id}:${e.detail.open}`)}></cooperation-areas>`);
      await ready(el);
      part(el, 'expand-all')!.click();
      await elementUpdated(el);
      expect(visibleItems(el)).to.have.length(24);
      expect(events).to.have.length(7);
      part(el, 'collapse-all')!.click();
      await elementUpdated(el);
      expect(visibleItems(el)).to.have.length(0);
      expect(events).to.have.length(14);
    });

    it('opens the area named by the URL hash and scrolls it into view', async () => {
      const before = location.hash;
      try {
        // Far down a long page: the area starts out of view.
        const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 3000px"></div><cooperation-areas src=${SEED}></cooperation-areas></div>`);
        const el = wrapper.querySelector('cooperation-areas')!;
        await ready(el);
        const tourism = () => parts(el, 'area')[3];
        expect(tourism().getBoundingClientRect().top).to.be.greaterThan(innerHeight);
        location.hash = '#tourism';
        await waitUntil(() => parts(el, 'area-toggle')[3].getAttribute('aria-expanded') === 'true', 'hash did not open the area', { timeout: 10000 });
        expect(visibleItems(el)).to.have.length(2);
        await waitUntil(() => {
          const top = tourism().getBoundingClientRect().top;
          return top >= 0 && top < innerHeight / 2;
        }, 'the area was not scrolled into view', { timeout: 10000 });
        // A widget created when the hash is already set opens the area too.
        const late = await fixture<CooperationAreas>(html`<cooperation-areas src=${SEED}></cooperation-areas>`);
        await ready(late);
        await waitUntil(() => parts(late, 'area-toggle')[3].getAttribute('aria-expanded') === 'true', 'initial hash ignored', { timeout: 10000 });
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
        scrollTo(0, 0);
      }
    });

    it('ignores a hash that is not valid percent-encoding, without an uncaught error', async () => {
      const before = location.hash;
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
      const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        history.replaceState(null, '', '#%E0%A4%A');
        const el = await fixture<CooperationAreas>(html`<cooperation-areas src=${SEED}></cooperation-areas>`);
        await ready(el);
        location.hash = '#%E0%A4%B';
        await aTimeout(50);
        expect(uncaught).to.deep.equal([]);
        expect(parts(el, 'area-toggle').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(Array(7).fill('false'));
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });

    it('wires toggles and panels for any area id, spaces and quotes included', async () => {
      const data = ['culture arts', 'a"b', 'x y z', 'čšž ЖЖ'].map((id, i) => ({ id, title: `Area ${i}`, items: [`item ${i}`] }));
      const el = await fixture<CooperationAreas>(html`<cooperation-areas .data=${data}></cooperation-areas>`);
      for (const toggle of parts(el, 'area-toggle')) {
        const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!);
        expect(panel?.getAttribute('part'), toggle.textContent!).to.equal('panel');
        expect(panel!.getAttribute('aria-labelledby')).to.equal(toggle.id);
      }
      await expect(el).to.be.accessible();
    });

    it('keeps area ids apart from its own ids (an area called "search")', async () => {
      const before = location.hash;
      try {
        const data = [{ title: 'Search' }, { title: 'Toggle search' }, { title: 'Panel' }].map((a, i) => ({ ...a, items: [`item ${i}`] }));
        const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable .data=${data}></cooperation-areas>`);
        const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
        expect(new Set(ids).size, ids.join(', ')).to.equal(ids.length);
        // The label still names the search field, and the hash still opens the area.
        expect(el.shadowRoot!.querySelector('label')!.control).to.equal(part(el, 'search-input'));
        location.hash = '#search';
        await waitUntil(() => parts(el, 'area-toggle')[0].getAttribute('aria-expanded') === 'true', 'hash did not open the area "search"', { timeout: 10000 });
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });
  });

  describe('plurals', () => {
    const counts = async (lang: string) => {
      const data = [1, 2, 3, 4, 5, 21].map((n, i) => ({ id: `a${i}`, title: `A${i}`, items: Array.from({ length: n }, (_, k) => `i${k}`) }));
      const el = await fixture<CooperationAreas>(html`<cooperation-areas lang=${lang} .data=${data}></cooperation-areas>`);
      return parts(el, 'count').map((c) => textOf(c));
    };

    it('counts items in Slovene (four forms)', async () => {
      expect(await counts('sl')).to.deep.equal(['1 postavka', '2 postavki', '3 postavke', '4 postavke', '5 postavk', '21 postavk']);
    });

    it('counts items in Russian (three forms)', async () => {
      expect(await counts('ru')).to.deep.equal(['1 пункт', '2 пункта', '3 пункта', '4 пункта', '5 пунктов', '21 пункт']);
    });

    it('counts items in English', async () => {
      expect(await counts('en')).to.deep.equal(['1 item', '2 items', '3 items', '4 items', '5 items', '21 items']);
    });
  });

  describe('search', () => {
    it('has a labelled field and filters ignoring case and diacritics, highlighting matches', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable lang="sl" src=${SEED}></cooperation-areas>`);
      await ready(el);
      const input = part(el, 'search-input') as HTMLInputElement;
      expect(textOf(q(el, `label[for="${input.id}"]`))).to.equal('Iskanje po področjih');
      await search(el, 'ZASCITA');
      expect(titles(el)).to.deep.equal(['socialna zaščita prebivalcev']);
      expect(parts(el, 'mark').map((m) => m.textContent)).to.deep.equal(['zaščita']);
      // The title matched, so the area keeps all its items, open.
      expect(visibleItems(el)).to.have.length(2);
      expect(textOf(part(el, 'count'))).to.equal('2 postavki');
      await expect(el).to.be.accessible();
    });

    it('keeps only the matching items of areas whose title does not match, and announces the count', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable lang="sl" src=${SEED}></cooperation-areas>`);
      await ready(el);
      await search(el, 'izmenjav');
      const status = q(el, '[role="status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      const shownItems = visibleItems(el);
      expect(shownItems).to.have.length(7);
      expect(shownItems.every((i) => i.querySelector('mark'))).to.equal(true);
      expect(textOf(status)).to.equal('7 zadetkov');
      // An area whose title does not match counts the items shown.
      expect(parts(el, 'count').map((c) => textOf(c))).to.deep.equal(['1 postavka', '2 postavki', '1 postavka', '1 postavka', '2 postavki']);
      expect(titles(el)).to.deep.equal(['mestno upravljanje in gospodarstvo', 'znanost in podjetništvo', 'kultura in umetnost', 'turizem', 'izobraževanje']);
    });

    it('works in Cyrillic', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable lang="ru" src=${SEED}></cooperation-areas>`);
      await ready(el);
      await search(el, 'ТУРИЗМ');
      expect(titles(el)).to.deep.equal(['туризм']);
      expect(textOf(q(el, '[role="status"]'))).to.equal('1 результат');
    });

    it('says so when nothing matches, and Escape clears the search', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable lang="en" src=${SEED}></cooperation-areas>`);
      await ready(el);
      await search(el, 'zzzz');
      expect(parts(el, 'area')).to.have.length(0);
      expect(textOf(part(el, 'no-match'))).to.equal('No area or item matches “zzzz”.');
      expect(textOf(q(el, '[role="status"]'))).to.equal('0 results');
      await expect(el).to.be.accessible();
      part(el, 'search-input')!.focus();
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect((part(el, 'search-input') as HTMLInputElement).value).to.equal('');
      expect(parts(el, 'area')).to.have.length(7);
      expect(part(el, 'no-match')).to.equal(null);
      // The accordion is as it was before the search: closed.
      expect(visibleItems(el)).to.have.length(0);
    });
  });

  describe('safety and isolation', () => {
    it('renders hostile text in titles and items as text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await fixture<CooperationAreas>(html`<cooperation-areas layout="list" .data=${[{ title: payload, description: payload, items: [payload, { title: payload, description: payload }] }]}></cooperation-areas>`);
      expect(part(el, 'area-title')!.textContent).to.equal(payload);
      expect(visibleItems(el).map((i) => i.firstChild && textOf(i).startsWith('<img'))).to.deep.equal([true, true]);
      expect(qa(el, 'img, script')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('keeps host-page CSS out', async () => {
      const style = document.createElement('style');
      style.textContent = 'li { display: none !important; } h2 { color: rgb(255, 0, 0) !important; }';
      document.head.append(style);
      try {
        const el = await fixture<CooperationAreas>(html`<cooperation-areas layout="list" src=${SEED}></cooperation-areas>`);
        await ready(el);
        expect(getComputedStyle(parts(el, 'area')[0]).display).to.equal('block');
        expect(getComputedStyle(visibleItems(el)[0]).display).to.equal('list-item');
        expect(getComputedStyle(parts(el, 'area-heading')[0]).color).not.to.equal('rgb(255, 0, 0)');
      } finally {
        style.remove();
      }
    });
  });

  describe('scale', () => {
    it('stays responsive with 200 areas × 100 items: renders only what can be seen', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas layout="list" searchable .data=${areas(200, 100)}></cooperation-areas>`);
      expect(parts(el, 'area')).to.have.length(200);
      // Only the areas near the viewport have their items.
      await aTimeout(50);
      const rendered = qa(el, '[part~="item"]').length;
      expect(rendered).to.be.greaterThan(0);
      expect(rendered).to.be.lessThan(2000);
      // Scrolling to the end brings the last area's items (areas rendered on the way push it
      // down, so keep scrolling, as a reader would).
      const last = parts(el, 'area')[199];
      await waitUntil(() => {
        last.scrollIntoView();
        return last.querySelectorAll('[part~="item"]').length === 100;
      }, 'last area never rendered', { timeout: 3000 });
      // The search finds an item deep down.
      await search(el, 'item 187.42');
      expect(titles(el)).to.deep.equal(['Area 187']);
      await waitUntil(() => visibleItems(el).length === 1, 'match not rendered', { timeout: 10000 });
      expect(textOf(visibleItems(el)[0])).to.equal('Item 187.42');
    });
  });

  describe('accessibility (axe)', () => {
    for (const layout of ['accordion', 'list', 'grid'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`is accessible: ${layout}, ${theme}, searchable and open`, async () => {
          const el = await fixture<CooperationAreas>(html`<cooperation-areas open searchable layout=${layout} theme=${theme} src=${SEED}></cooperation-areas>`);
          await ready(el);
          await expect(el).to.be.accessible();
          await search(el, 'kult');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible while loading', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas src="/test-api/hang?ms=2000"></cooperation-areas>`);
      expect(q(el, '[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
