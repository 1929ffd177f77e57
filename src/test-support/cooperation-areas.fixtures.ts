/** Queries, actions and data of the <cooperation-areas> tests (src/components/cooperation-areas/*.test.ts). */
import { elementUpdated } from '@open-wc/testing';
import type { CooperationAreas } from '../components/cooperation-areas/cooperation-areas.js';
import { part, parts, qa, textOf } from './helpers.js';

/** The area titles shown, in order. */
export const titles = (el: HTMLElement) => parts(el, 'area-title').map((t) => textOf(t));

/** The items of the open panels. */
export const visibleItems = (el: HTMLElement) => qa(el, '.panel:not([hidden]) [part~="item"]');

/** Types `text` into the search field (as one input event) and waits for the update. */
export const search = async (el: CooperationAreas, text: string) => {
  const input = part(el, 'search-input') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await elementUpdated(el);
};

/** `n` areas of `items` items each: ids `area-<i>`, titles `Area <i>`, items `Item <i>.<k>`. */
export const areas = (n: number, items: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `area-${i}`,
    title: `Area ${i}`,
    items: Array.from({ length: items }, (_, k) => `Item ${i}.${k}`),
  }));
