import { expect, fixture, html } from '@open-wc/testing';
import { ready, uniqueKey } from '../../test-support/helpers.js';
import type { CooperationAreas } from './cooperation-areas.js';
import './cooperation-areas.js';

// <cooperation-areas> while its data loads: a skeleton of the size of the ready view (as far as it
// is known before the data), so that the page below does not move when the data comes.

/** The height of the widget while loading the seed's seven areas, and when ready. */
async function heights(fallback: boolean) {
  const src = `/test-api/announcement?delay=1500&key=${uniqueKey('areas-loading')}`;
  const el = await fixture<CooperationAreas>(html`<cooperation-areas lang="sl" searchable src=${src} style="width: 600px">
    ${
      fallback
        ? html`<ul>
            ${['mestno upravljanje', 'znanost', 'kultura', 'turizem', 'šport', 'izobraževanje', 'socialna zaščita'].map((t) => html`<li>${t}</li>`)}
          </ul>`
        : ''
    }
  </cooperation-areas>`);
  expect(el.state).to.equal('loading');
  const loading = el.getBoundingClientRect().height;
  await ready(el, 10000);
  await el.updateComplete;
  return { loading, ready: el.getBoundingClientRect().height };
}

describe('<cooperation-areas> while loading', () => {
  it('keeps the space of the ready accordion (all closed): search field, buttons and one row per area of the fallback list', async () => {
    const h = await heights(true);
    expect(h.ready, 'the ready view is as tall as the space kept').to.equal(h.loading);
  });

  it('without a fallback list, reserves the search field, the buttons and four rows', async () => {
    const h = await heights(false);
    // Four of the seven rows: shorter than the ready view, but more than half of it.
    expect(h.loading).to.be.below(h.ready);
    expect(h.loading).to.be.above(h.ready / 2);
  });
});
