import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { titles, visibleItems } from '../../test-support/cooperation-areas.fixtures.js';
import { captureWarningsPerTest, part, parts, q, ready, SEED_URL, seed, textOf } from '../../test-support/helpers.js';
import { CooperationAreas } from './cooperation-areas.js';
import './cooperation-areas.js';

// <cooperation-areas>: its data (src, a bare array, inline script, late data), ids, invalid
// entries, the empty state and errors.

const warnings = captureWarningsPerTest();

describe('<cooperation-areas>', () => {
  it('is defined', () => {
    expect(customElements.get('cooperation-areas')).to.equal(CooperationAreas);
  });

  describe('data', () => {
    it('renders the 7 areas and 24 items of the seed from src', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas lang="sl" layout="list" src=${SEED_URL}></cooperation-areas>`);
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
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas layout="grid" heading-level="4" src=${SEED_URL}></cooperation-areas>`,
      );
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
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas .data=${[{ title: 'Socialna zaščita', items: ['a'] }, { title: 'Socialna zaščita' }]}></cooperation-areas>`,
      );
      expect(el.areas.map((a) => a.id)).to.deep.equal(['socialna-zascita', 'socialna-zascita-2']);
      // What a reader can do with them: the hash of the second one opens the second area.
      const before = location.hash;
      try {
        location.hash = '#socialna-zascita-2';
        await waitUntil(
          () => parts(el, 'area-toggle')[1].getAttribute('aria-expanded') === 'true',
          'the hash did not open the second area',
          { timeout: 10000 },
        );
        expect(parts(el, 'area-toggle')[0].getAttribute('aria-expanded')).to.equal('false');
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });

    it('leaves out invalid areas and items with a warning', async () => {
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas layout="list" .data=${[{ title: 'Good', items: ['one', 2, { title: 'three', url: 'javascript:alert(1)' }] }, { items: ['no title'] }]}></cooperation-areas>`,
      );
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
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas lang="sl" .data=${{ title: 'No areas here' }}></cooperation-areas>`,
      );
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
      el.src = SEED_URL;
      await ready(el);
      expect(parts(el, 'area')).to.have.length(7);
    });
  });
});
