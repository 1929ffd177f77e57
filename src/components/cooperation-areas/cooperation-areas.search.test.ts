import { aTimeout, elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { areas, search, titles, visibleItems } from '../../test-support/cooperation-areas.fixtures.js';
import { captureWarningsPerTest, part, parts, q, qa, ready, SEED_URL, textOf } from '../../test-support/helpers.js';
import type { CooperationAreas } from './cooperation-areas.js';
import './cooperation-areas.js';

// <cooperation-areas>: the search (case, diacritics, Cyrillic, no match, Escape), and 200 areas
// of 100 items.

captureWarningsPerTest();

describe('<cooperation-areas>', () => {
  describe('search', () => {
    it('has a labelled field and filters ignoring case and diacritics, highlighting matches', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable lang="sl" src=${SEED_URL}></cooperation-areas>`);
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
      const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable lang="sl" src=${SEED_URL}></cooperation-areas>`);
      await ready(el);
      await search(el, 'izmenjav');
      const status = q(el, '[role="status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      const shownItems = visibleItems(el);
      expect(shownItems).to.have.length(7);
      expect(shownItems.every((i) => i.querySelector('mark'))).to.equal(true);
      expect(textOf(status)).to.equal('7 zadetkov');
      // An area whose title does not match counts the items shown.
      expect(parts(el, 'count').map((c) => textOf(c))).to.deep.equal([
        '1 postavka',
        '2 postavki',
        '1 postavka',
        '1 postavka',
        '2 postavki',
      ]);
      expect(titles(el)).to.deep.equal([
        'mestno upravljanje in gospodarstvo',
        'znanost in podjetništvo',
        'kultura in umetnost',
        'turizem',
        'izobraževanje',
      ]);
    });

    it('works in Cyrillic', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable lang="ru" src=${SEED_URL}></cooperation-areas>`);
      await ready(el);
      await search(el, 'ТУРИЗМ');
      expect(titles(el)).to.deep.equal(['туризм']);
      expect(textOf(q(el, '[role="status"]'))).to.equal('1 результат');
    });

    it('says so when nothing matches, and Escape clears the search', async () => {
      const el = await fixture<CooperationAreas>(html`<cooperation-areas searchable lang="en" src=${SEED_URL}></cooperation-areas>`);
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

  describe('scale', () => {
    it('stays responsive with 200 areas × 100 items: renders only what can be seen', async () => {
      const el = await fixture<CooperationAreas>(
        html`<cooperation-areas layout="list" searchable .data=${areas(200, 100)}></cooperation-areas>`,
      );
      expect(parts(el, 'area')).to.have.length(200);
      // Only the areas near the viewport have their items.
      await aTimeout(50);
      const rendered = qa(el, '[part~="item"]').length;
      expect(rendered).to.be.greaterThan(0);
      expect(rendered).to.be.lessThan(2000);
      // Scrolling to the end brings the last area's items (areas rendered on the way push it
      // down, so keep scrolling, as a reader would).
      const last = parts(el, 'area')[199];
      await waitUntil(
        () => {
          last.scrollIntoView();
          return last.querySelectorAll('[part~="item"]').length === 100;
        },
        'last area never rendered',
        { timeout: 3000 },
      );
      // The search finds an item deep down.
      await search(el, 'item 187.42');
      expect(titles(el)).to.deep.equal(['Area 187']);
      await waitUntil(() => visibleItems(el).length === 1, 'match not rendered', { timeout: 10000 });
      expect(textOf(visibleItems(el)[0])).to.equal('Item 187.42');
    });
  });
});
