/** Queries, geometry and data of the <partner-city-map> tests (src/components/partner-city-map/*.test.ts). */
import { elementUpdated, fixture, html, waitUntil } from '@open-wc/testing';
import type { PartnerCityMap } from '../components/partner-city-map/partner-city-map.js';
import '../components/partner-city-map/partner-city-map.js';
import { part, q, qa } from './helpers.js';

/**
 * How many separate shapes (rings) the countries' paths draw: the countries are one path per
 * fill class (country, tint, home), each ring one `M` of its path data.
 */
export const countryShapes = (el: PartnerCityMap) =>
  qa(el, '[part~="country"]').reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);

/** Waits until the country shapes are drawn (countries outside the view are clipped away: Europe shows a few dozen). */
export const shapes = (el: PartnerCityMap) => waitUntil(() => countryShapes(el) > 20, 'country shapes never drawn', { timeout: 5000 });

/**
 * The rows of the table of the cities, once they are there: rendered when the list is opened
 * (`PartnerCityMap.listRows`, 'on-demand'), so a closed list without rows is opened first, as a
 * reader does ("Show as list").
 */
export async function openListRows(el: PartnerCityMap): Promise<HTMLTableRowElement[]> {
  await el.updateComplete;
  const toggle = part(el, 'list-toggle');
  if (toggle?.getAttribute('aria-expanded') === 'false' && !qa(el, '[part~="list"] tbody tr').length) toggle.click();
  await waitUntil(() => qa(el, '[part~="list"] tbody tr').length > 0, 'the list of cities never came', { timeout: 5000 });
  return qa<HTMLTableRowElement>(el, '[part~="list"] tbody tr');
}

/** The city markers. */
export const markers = (el: PartnerCityMap) => qa<SVGCircleElement>(el, '[part~="city"]');

/** The city labels shown. */
export const labels = (el: PartnerCityMap) => qa<SVGTextElement>(el, '[part~="label"]');

/** The marker of the city `id`. */
export const marker = (el: PartnerCityMap, id: string) => q<SVGCircleElement>(el, `.city[data-id="${id}"]`)!;

/** The centre of an element's box, in viewport coordinates. */
export const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

/** The view transform (zoom and pan) of the map's drawing. */
export const transform = (el: PartnerCityMap) => q(el, 'svg > g')!.getAttribute('transform');

/** Waits until the map has taken the size of its frame (a ResizeObserver reports it after the first render). */
export const settled = (el: PartnerCityMap) =>
  waitUntil(
    () => part(el, 'svg')?.getAttribute('width') === String(Math.round(part(el, 'frame')?.clientWidth ?? -1)),
    'map never took its size',
    { timeout: 10000 },
  );

/** A city of the data. */
export const city = (id: string, name: string, lat: number, lon: number, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  lat,
  lon,
  ...extra,
});

/** A small regional network: Ljubljana (home), Zagreb, Wien, Bratislava, Parma. */
export const network = {
  cities: [
    city('ljubljana', 'Ljubljana', 46.05, 14.51, { country: 'SI', role: 'home' }),
    city('zagreb', 'Zagreb', 45.81, 15.98, { country: 'HR', since: '2001' }),
    city('vienna', 'Wien', 48.21, 16.37, { country: 'AT' }),
    city('bratislava', 'Bratislava', 48.15, 17.11, { country: 'SK' }),
    city('parma', 'Parma', 44.8, 10.33, { country: 'IT' }),
  ],
};

/** The sample network, at its size, zoomed in twice with the + button. */
export async function zoomedNetwork(): Promise<PartnerCityMap> {
  const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
  await settled(el);
  part(el, 'zoom-in')!.click();
  part(el, 'zoom-in')!.click();
  await elementUpdated(el);
  return el;
}
