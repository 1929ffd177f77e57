import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { centre, city, openListRows, markers, network, settled, transform } from '../../test-support/partner-city-map.fixtures.js';
import { captureWarningsPerTest, part, parts, q, qa, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import type { PartnerCityMap } from './partner-city-map.js';
import './partner-city-map.js';

// <partner-city-map> for people (#16): the keyboard (focus, Enter, the visible hint, the list of
// keys, the tooltip's link), the author's description, the reset symbol, overlapping cities,
// small screens and large text, print, "Get the data", the custom-property names.

captureWarningsPerTest();

const rect = (el: Element) => el.getBoundingClientRect();
const status = (el: PartnerCityMap) => textOf(q(el, '#status'));
const active = (el: PartnerCityMap) => q(el, '.city.active')?.getAttribute('data-id');

/** A map after a button, focused with Tab from it. */
async function tabbedTo(data: unknown, attrs = '', style = ''): Promise<PartnerCityMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}><button id="before">before</button></div>`);
  wrapper.insertAdjacentHTML('beforeend', `<partner-city-map ${attrs}></partner-city-map>`);
  const el = wrapper.querySelector('partner-city-map')!;
  el.data = data;
  await ready(el);
  await settled(el);
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
  await elementUpdated(el);
  return el;
}

const withLinks = {
  cities: [
    city('ljubljana', 'Ljubljana', 46.05, 14.51, { country: 'SI', role: 'home', url: 'https://www.ljubljana.si/' }),
    city('zagreb', 'Zagreb', 45.81, 15.98, { country: 'HR', url: 'https://www.zagreb.hr/' }),
    city('parma', 'Parma', 44.8, 10.33, { country: 'IT' }),
  ],
};

describe('<partner-city-map> by keyboard (#16)', () => {
  it('Tab to the map makes the home city active, shown and announced; Enter selects it', async () => {
    const el = await tabbedTo(network, 'lang="en"');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'map'));
    expect(active(el)).to.equal('ljubljana');
    expect(textOf(part(el, 'tooltip'))).to.contain('Ljubljana');
    expect(status(el)).to.equal('Ljubljana, Slovenia, home city');
    const selected = oneEvent(el, 'pcw-city-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.city.id).to.equal('ljubljana');
  });

  it('comes back to the city last active; a click does not make one active', async () => {
    const el = await tabbedTo(network);
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(active(el)).to.equal('zagreb');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Shift+Tab' });
    await elementUpdated(el);
    expect(active(el)).to.equal(undefined);
    await sendKeys({ press: 'Tab' });
    await elementUpdated(el);
    expect(active(el)).to.equal('zagreb');
    // A click on an empty spot of the sea focuses the map without choosing a city.
    part<HTMLButtonElement>(el, 'zoom-in')!.focus();
    await elementUpdated(el);
    const f = rect(part(el, 'frame')!);
    await sendMouse({ type: 'click', position: [Math.round(f.left + 8), Math.round(f.bottom - 30)] });
    await elementUpdated(el);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'map'));
    expect(active(el)).to.equal(undefined);
  });

  it('a city under the pointer when the map takes the keyboard focus is the one announced', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    const el = document.createElement('partner-city-map') as PartnerCityMap;
    el.lang = 'en';
    el.data = network;
    wrapper.append(el);
    await ready(el);
    await settled(el);
    const { x, y } = centre(q(el, '.city[data-id="parma"]')!);
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await elementUpdated(el);
    expect(active(el)).to.equal('parma');
    expect(status(el)).to.equal('');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await elementUpdated(el);
    expect(status(el)).to.equal('Parma, Italy');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows a short translated hint from when the map takes keyboard focus until a key is used on it', async () => {
    const el = await tabbedTo(network, 'lang="sl"');
    const hint = part(el, 'keys-hint')!;
    expect(getComputedStyle(hint).display).to.equal('block');
    expect(textOf(hint)).to.equal('Puščice: mesta · Enter: izberi · Tab: spletna stran · ?: vse tipke');
    // Inside the map: it does not cover the zoom buttons.
    const h = rect(hint);
    expect(h.right).to.be.at.most(rect(part(el, 'zoom-controls')!).left);
    // The first key on the map: the reader has begun, the map is theirs to see (on a small map the
    // hint covered much of it). A key the map does not use leaves it; back on the map by keyboard,
    // it shows again.
    const shownAfter = async (key: string) => {
      await sendKeys({ press: key });
      await elementUpdated(el);
      return getComputedStyle(hint).display !== 'none';
    };
    expect(await shownAfter('a'), 'after a key the map does not use').to.equal(true);
    expect(await shownAfter('ArrowRight'), 'after an arrow key').to.equal(false);
    expect(await shownAfter('Shift+Tab'), 'off the map').to.equal(false);
    expect(await shownAfter('Tab'), 'back on the map').to.equal(true);
  });

  for (const rootFont of [16, 32])
    it(`a 320 px map at a ${rootFont} px root font: the keys hint covers none of the zoom buttons, which are a row along its top`, async () => {
      document.documentElement.style.fontSize = `${rootFont}px`;
      try {
        const el = await tabbedTo(network, 'lang="en"', 'width: 320px');
        const hint = rect(part(el, 'keys-hint')!);
        const frame = rect(part(el, 'frame')!);
        expect(hint.width).to.be.above(0);
        for (const button of ['zoom-in', 'zoom-out', 'zoom-reset']) {
          const b = rect(part(el, button)!);
          const apart = hint.right <= b.left || b.right <= hint.left || hint.bottom <= b.top || b.bottom <= hint.top;
          expect(apart, `the hint over ${button}`).to.equal(true);
        }
        expect(hint.left).to.be.at.least(frame.left);
        expect(hint.right).to.be.at.most(frame.right);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

  it('the map’s accessible name tells a screen-reader user about Tab to the website and ? for the keys', async () => {
    for (const [lang, tab] of [
      ['en', 'Tab reaches the active city’s website, ? lists all keys'],
      ['sl', 'Tab doseže spletno stran izbranega mesta, ? pokaže vse tipke'],
      ['ru', 'Tab — сайт выбранного города, ? — все клавиши'],
    ]) {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map lang=${lang} .data=${network}></partner-city-map>`);
      await ready(el);
      expect(part(el, 'map')!.getAttribute('aria-label'), lang).to.contain(tab);
    }
  });

  it('a "Keyboard" button and ? show the full list of keys, translated', async () => {
    const el = await tabbedTo(network, 'lang="en"');
    const toggle = part<HTMLButtonElement>(el, 'keys-toggle')!;
    const keys = part(el, 'keys')!;
    expect(textOf(toggle)).to.equal('Keyboard');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(keys.hidden).to.equal(true);
    await sendKeys({ press: '?' });
    await elementUpdated(el);
    expect(keys.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(keys.querySelectorAll('dt')).to.have.length(8);
    expect(textOf(keys)).to.contain('into the city’s tooltip (its website link)');
    await expect(el).to.be.accessible();
    toggle.click();
    await elementUpdated(el);
    expect(keys.hidden).to.equal(true);
    el.lang = 'ru';
    // The language change reaches the map through an observer, and its update may wait for the
    // next slice on a busy machine: wait for what the reader sees.
    await waitUntil(() => textOf(toggle) === 'Клавиатура', `the toggle says "${textOf(toggle)}"`, { timeout: 5000 });
  });

  it('Tab from the active city reaches its tooltip’s website link; leaving it closes the tooltip', async () => {
    const el = await tabbedTo(withLinks, 'lang="en"');
    expect(active(el)).to.equal('ljubljana');
    await sendKeys({ press: 'Tab' });
    await elementUpdated(el);
    const link = part<HTMLAnchorElement>(el, 'tooltip-link')!;
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(link.href).to.equal('https://www.ljubljana.si/');
    // Back to the map and into the next city's tooltip.
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(active(el)).to.equal('zagreb');
    await sendKeys({ press: 'Tab' });
    await elementUpdated(el);
    expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('https://www.zagreb.hr/');
    // On to the zoom buttons: the tooltip goes.
    await sendKeys({ press: 'Tab' });
    await elementUpdated(el);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'zoom-in'));
    expect(part(el, 'tooltip')).to.equal(null);
  });
});

describe('<partner-city-map> description (#16)', () => {
  const describedBy = (el: PartnerCityMap) => part(el, 'map')!.getAttribute('aria-describedby')!.split(' ');

  it('the description attribute is shown under the map and is its accessible description', async () => {
    const el = await fixture<PartnerCityMap>(
      html`<partner-city-map lang="en" description="Ljubljana's partners, in the order of the agreements." .data=${network}></partner-city-map>`,
    );
    const box = part(el, 'description')!;
    expect(box.hidden).to.equal(false);
    expect(rect(box).height).to.be.above(0);
    expect(rect(box).top).to.be.at.least(rect(part(el, 'frame')!).bottom);
    expect(describedBy(el)).to.deep.equal(['description', 'status']);
    expect(textOf(el.shadowRoot!.getElementById(describedBy(el)[0]))).to.equal("Ljubljana's partners, in the order of the agreements.");
    await expect(el).to.be.accessible();
  });

  it('comes from the data (mapDescription, in the map’s language); the attribute replaces it', async () => {
    const data = { ...network, mapDescription: { sl: 'Mreža Ljubljane.', en: 'The network of Ljubljana.' } };
    const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" .data=${data}></partner-city-map>`);
    expect(textOf(part(el, 'description'))).to.equal('The network of Ljubljana.');
    el.description = 'By the author.';
    await elementUpdated(el);
    expect(textOf(part(el, 'description'))).to.equal('By the author.');
  });

  it('a description slot replaces both and is read as the description', async () => {
    const el = await fixture<PartnerCityMap>(
      html`<partner-city-map description="attribute" .data=${network}><p slot="description">Written <em>by the author</em>.</p></partner-city-map>`,
    );
    const slot = q<HTMLSlotElement>(el, 'slot[name="description"]')!;
    expect(slot.closest('#description')).to.exist;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Written by the author.']);
    expect(rect(el.querySelector('[slot="description"]')!).height).to.be.above(0);
    expect(describedBy(el)).to.include('description');
    await expect(el).to.be.accessible();
  });

  it('without one there is no empty box, and the map is described by its status only', async () => {
    const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
    expect(part(el, 'description')!.hidden).to.equal(true);
    expect(describedBy(el)).to.deep.equal(['status']);
    // A slotted description added later shows.
    el.insertAdjacentHTML('beforeend', '<p slot="description">Later.</p>');
    await waitUntil(() => describedBy(el).includes('description'), 'the slotted description never showed');
    expect(part(el, 'description')!.hidden).to.equal(false);
  });
});

describe('<partner-city-map> reset symbol (#16)', () => {
  it('is a frame of four corners (fit to view), not a circular reload arrow, and keeps its label', async () => {
    const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" .data=${network}></partner-city-map>`);
    const reset = part(el, 'zoom-reset')!;
    expect(reset.getAttribute('aria-label')).to.equal('Reset view');
    const d = reset.querySelector('path')!.getAttribute('d')!;
    expect(d, 'no arc').not.to.match(/[aA]/);
    expect(d.match(/M/g)).to.have.length(4);
  });
});

describe('<partner-city-map> overlapping cities (#16)', () => {
  const europe = {
    cities: [
      city('ljubljana', 'Ljubljana', 46.05, 14.51, { country: 'SI', role: 'home' }),
      city('zagreb', 'Zagreb', 45.81, 15.98, { country: 'HR' }),
      city('sesvete', 'Sesvete', 45.83, 16.11, { country: 'HR' }),
      city('graz', 'Graz', 47.07, 15.44, { country: 'AT' }),
      city('vienna', 'Wien', 48.21, 16.37, { country: 'AT' }),
      city('bratislava', 'Bratislava', 48.15, 17.11, { country: 'SK' }),
      city('budapest', 'Budapest', 47.5, 19.04, { country: 'HU' }),
      city('trieste', 'Trieste', 45.65, 13.78, { country: 'IT' }),
      city('venice', 'Venezia', 45.44, 12.32, { country: 'IT' }),
      city('munich', 'München', 48.14, 11.58, { country: 'DE' }),
      city('prague', 'Praha', 50.08, 14.44, { country: 'CZ' }),
      city('tokyo', 'Tokyo', 35.68, 139.69, { country: 'JP' }),
      city('nyc', 'New York', 40.71, -74.0, { country: 'US' }),
      city('ba', 'Buenos Aires', -34.6, -58.38, { country: 'AR' }),
    ],
  };
  const counts = (el: PartnerCityMap) => qa(el, '.cluster .count').map((c) => Number(c.textContent));
  const total = (el: PartnerCityMap) => markers(el).length + counts(el).reduce((a, b) => a + b, 0);

  async function world(): Promise<PartnerCityMap> {
    const el = await fixture<HTMLDivElement>(html`<div style="width: 800px"><partner-city-map lang="en"></partner-city-map></div>`).then(
      (w) => w.querySelector('partner-city-map')!,
    );
    el.data = europe;
    await ready(el);
    await settled(el);
    return el;
  }

  it('groups the cities that overlap in the world view, with their count, without labels; the home city stays alone', async () => {
    const el = await world();
    expect(counts(el).length).to.be.at.least(1);
    expect(Math.max(...counts(el))).to.be.at.least(3);
    expect(total(el), 'every city is drawn, alone or counted').to.equal(14);
    expect(q(el, '.city[data-id="ljubljana"]'), 'home city').to.exist;
    expect(q(el, '.city[data-id="tokyo"]'), 'a city far away').to.exist;
    const alone = new Set(qa(el, '.city').map((g) => g.dataset.id));
    for (const label of qa(el, '[part~="label"]')) expect(alone.has(label.dataset.id!), label.textContent!).to.equal(true);
    // The list still has every city.
    expect(await openListRows(el)).to.have.length(14);
    await expect(el).to.be.accessible();
  });

  it('zooming in separates them; a click on a group zooms in on it', async () => {
    const el = await world();
    const grouped = counts(el).reduce((a, b) => a + b, 0);
    const biggest = qa(el, '.cluster').sort((a, b) => Number(textOf(b)) - Number(textOf(a)))[0];
    const before = transform(el);
    // A point of the group's marker that no city's marker covers (the home city is drawn over groups).
    const c = centre(biggest.querySelector('circle')!);
    const [x, y] = [
      [0, 0],
      [0, 8],
      [0, -8],
      [8, 0],
      [-8, 0],
    ]
      .map(([dx, dy]) => [Math.round(c.x + dx), Math.round(c.y + dy)])
      .find(([px, py]) => el.shadowRoot!.elementFromPoint(px, py)?.closest('.cluster') === biggest)!;
    expect(getComputedStyle(biggest.querySelector('circle')!).cursor, 'a group looks clickable').to.equal('pointer');
    await sendMouse({ type: 'click', position: [x, y] });
    await elementUpdated(el);
    expect(transform(el)).not.to.equal(before);
    expect(counts(el).reduce((a, b) => a + b, 0)).to.be.below(grouped);
    expect(total(el)).to.equal(14);
    part(el, 'zoom-reset')!.click();
    await elementUpdated(el);
    expect(counts(el).reduce((a, b) => a + b, 0)).to.equal(grouped);
  });

  it('the keyboard reaches a grouped city, says so, and Enter zooms in until it is apart; Enter then selects it', async () => {
    const el = await world();
    part(el, 'map')!.focus();
    await sendKeys({ press: 'Home' });
    let steps = 0;
    while (!status(el).includes('cities on this spot') && steps++ < 12) {
      await sendKeys({ press: steps % 3 ? 'ArrowRight' : 'ArrowUp' });
      await elementUpdated(el);
    }
    expect(status(el)).to.match(/one of \d+ cities on this spot; Enter zooms in$/);
    const id = active(el)!;
    // Drawn on its own over its group, with its ring.
    expect(q(el, `.city.active[data-id="${id}"]`)).to.exist;
    expect(q(el, `.ring[data-id="${id}"]`)).to.exist;
    const before = transform(el);
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(transform(el)).not.to.equal(before);
    expect(status(el)).not.to.contain('cities on this spot');
    const selected = oneEvent(el, 'pcw-city-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.city.id).to.equal(id);
  });
});

describe('<partner-city-map> small screens and large text (#16, WCAG 1.4.4 and 1.4.10)', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  async function sized(width: number, rootFont: number): Promise<PartnerCityMap> {
    document.documentElement.style.fontSize = `${rootFont}px`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: ${width}px"><partner-city-map lang="en" src=${SEED_URL}></partner-city-map><p>After</p></div>`,
    );
    const el = wrapper.querySelector('partner-city-map')!;
    await ready(el);
    await settled(el);
    return el;
  }

  for (const [width, rootFont] of [
    [320, 16],
    [320, 32],
    [640, 32],
    [1280, 32],
  ] as const) {
    it(`${width} px wide at a ${rootFont} px root font: the zoom buttons cover little of the map, the list's links are in view, room after the buttons`, async () => {
      const el = await sized(width, rootFont);
      const frame = rect(part(el, 'frame')!);
      const zoom = rect(part(el, 'zoom-controls')!);
      expect((zoom.width * zoom.height) / (frame.width * frame.height), 'share of the map under the zoom buttons').to.be.below(0.1);
      part(el, 'list-toggle')!.click();
      const rows = await openListRows(el);
      expect(rows.length).to.be.above(0);
      const list = part(el, 'list')!;
      expect(list.scrollWidth, 'the list does not scroll sideways').to.be.at.most(list.clientWidth + 1);
      for (const link of parts(el, 'list-link')) {
        expect(rect(link).right, textOf(link)).to.be.at.most(rect(list).right + 0.5);
        expect(rect(link).width).to.be.above(0);
      }
      // The buttons under the map do not touch what follows it.
      const after = rect(el.nextElementSibling!);
      expect(after.top - rect(part(el, 'list-toggle')!).bottom).to.be.at.least(8);
      part(el, 'list-toggle')!.click();
      await elementUpdated(el);
      expect(after.top - rect(part(el, 'list-toggle')!).bottom).to.be.at.least(8);
      const base = part(el, 'base')!;
      expect(base.scrollWidth, 'nothing wider than the widget').to.be.at.most(base.clientWidth + 1);
    });
  }
});

describe('<partner-city-map> print (#16)', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the map with its list of the cities, without the controls', async () => {
    const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" downloadable .data=${withLinks}></partner-city-map>`);
    await ready(el);
    const list = part(el, 'list')!;
    expect(list.classList.contains('visually-hidden')).to.equal(true);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => !list.classList.contains('visually-hidden'), 'the list is not printed');
    expect(list.querySelectorAll('tbody tr')).to.have.length(3);
    expect(rect(list).height).to.be.above(20);
    expect(rect(part(el, 'frame')!).height).to.be.above(20);
    for (const name of ['zoom-controls', 'list-toggle', 'keys-toggle', 'download', 'keys-hint'])
      expect(part(el, name)!.checkVisibility(), name).to.equal(false);
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => list.classList.contains('visually-hidden'), 'the list stays open on screen');
  });
});

describe('<partner-city-map> "Get the data" (#16)', () => {
  const hostile = {
    id: 'ljubljana-moskva-2019',
    lang: 'sl',
    cities: [
      {
        id: 'ljubljana',
        name: { sl: 'Ljubljana', en: 'Ljubljana' },
        lat: 46.05,
        lon: 14.51,
        country: 'SI',
        role: 'home',
        url: 'https://www.ljubljana.si/',
        description: '=HYPERLINK("http://evil.example","x")',
      },
      {
        id: 'moskva',
        name: { sl: 'Moskva', en: 'Moscow' },
        lat: 55.75,
        lon: 37.62,
        country: 'RU',
        since: '1967-09-11',
        description: 'mesto, "prestolnica"',
      },
      city('minus', '-Minus', -10.5, -20.25),
    ],
  };

  it('downloadable adds CSV and GeoJSON links to the cities, named after the announcement, cells escaped', async () => {
    const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="sl" downloadable .data=${hostile}></partner-city-map>`);
    await ready(el);
    const [csv, geo] = parts<HTMLAnchorElement>(el, 'download');
    expect(textOf(csv)).to.equal('Prenesi podatke (CSV)');
    expect(textOf(geo)).to.equal('Prenesi podatke (GeoJSON)');
    expect(csv.getAttribute('download')).to.equal('ljubljana-moskva-2019-cities.csv');
    expect(geo.getAttribute('download')).to.equal('ljubljana-moskva-2019-cities.geojson');
    const response = await fetch(csv.href);
    expect(response.headers.get('content-type')).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    // Cells that start like a formula (=, -, +, @: negative coordinates too) open as text.
    expect(await response.text()).to.equal(
      [
        '"id","name","country","lat","lon","role","since","url","description"',
        `"ljubljana","Ljubljana","SI","46.05","14.51","home","","https://www.ljubljana.si/","'=HYPERLINK(""http://evil.example"",""x"")"`,
        `"moskva","Moskva","RU","55.75","37.62","partner","1967-09-11","","mesto, ""prestolnica"""`,
        `"minus","'-Minus","","'-10.5","'-20.25","partner","","",""`,
        '',
      ].join('\r\n'),
    );
    const json = await (await fetch(geo.href)).json();
    expect(json.type).to.equal('FeatureCollection');
    expect(json.features).to.have.length(3);
    expect(json.features[1]).to.deep.equal({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [37.62, 55.75] },
      properties: {
        id: 'moskva',
        name: 'Moskva',
        country: 'RU',
        role: 'partner',
        since: '1967-09-11',
        url: '',
        description: 'mesto, "prestolnica"',
      },
    });
    await expect(el).to.be.accessible();
  });

  it('in English the names are English; a bare array is cities.csv; without the attribute there are no links', async () => {
    const el = await fixture<PartnerCityMap>(html`<partner-city-map lang="en" downloadable .data=${hostile}></partner-city-map>`);
    await ready(el);
    await waitUntil(() => textOf(part(el, 'download')) === 'Get the data (CSV)', 'not in English');
    expect((await (await fetch(part<HTMLAnchorElement>(el, 'download')!.href)).text()).split('\r\n')[2]).to.match(/^"moskva","Moscow",/);
    const bare = await fixture<PartnerCityMap>(html`<partner-city-map downloadable .data=${network.cities}></partner-city-map>`);
    await ready(bare);
    expect(part(bare, 'download')!.getAttribute('download')).to.equal('cities.csv');
    bare.downloadable = false;
    await elementUpdated(bare);
    expect(part(bare, 'download')).to.equal(null);
  });
});

describe('<partner-city-map> custom properties (#16)', () => {
  it('reads --pcw-partner-city-map-*; the old --pcw-map-* names still work, the new ones win', async () => {
    const water = async (style: string) => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map style=${style} .data=${network}></partner-city-map>`);
      return getComputedStyle(q(el, '.water')!).fill;
    };
    expect(await water('--pcw-partner-city-map-water: rgb(1, 2, 3)')).to.equal('rgb(1, 2, 3)');
    expect(await water('--pcw-map-water: rgb(4, 5, 6)')).to.equal('rgb(4, 5, 6)');
    expect(await water('--pcw-map-water: rgb(4, 5, 6); --pcw-partner-city-map-water: rgb(1, 2, 3)')).to.equal('rgb(1, 2, 3)');
    const el = await fixture<PartnerCityMap>(
      html`<div style="width: 400px"><partner-city-map style="--pcw-partner-city-map-aspect-ratio: 2" .data=${network}></partner-city-map></div>`,
    ).then((w) => w.querySelector('partner-city-map')!);
    await ready(el);
    await settled(el);
    expect(rect(part(el, 'frame')!).height).to.be.closeTo(200, 2);
  });
});
