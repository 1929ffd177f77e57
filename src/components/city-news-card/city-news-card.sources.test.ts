import { aTimeout, elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sample } from '../../test-support/city-news-card.fixtures.js';
import { captureWarningsPerTest, failed, hits, part, ready, textOf, titleOf, uniqueKey } from '../../test-support/helpers.js';
import { CityNewsCard } from './city-news-card.js';
import './city-news-card.js';

// <city-news-card>: its data sources (property, attributes, inline script, src), their
// precedence, the shared request, and the fallback content around them.

const warnings = captureWarningsPerTest();

describe('<city-news-card>', () => {
  it('is defined', () => {
    expect(customElements.get('city-news-card')).to.equal(CityNewsCard);
    expect(document.createElement('city-news-card')).to.be.instanceOf(CityNewsCard);
  });

  describe('data sources', () => {
    it('shows its light-DOM content and stays initial without any source', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card><p>Static article</p></city-news-card>`);
      expect(el.state).to.equal('initial');
      const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.equal('Static article');
    });

    it('fires pcw-load (bubbling, composed) with the model, the source and the warnings', async () => {
      let event: CustomEvent | undefined;
      const wrapper = await fixture<HTMLDivElement>(html`<div @pcw-load=${(e: CustomEvent) => (event = e)}>
        <city-news-card lang="sl" src="/demo/data/ljubljana-moskva-2019.json"></city-news-card>
      </div>`);
      await waitUntil(() => event, 'no pcw-load reached the wrapper', { timeout: 10000 });
      expect(event!.bubbles && event!.composed).to.equal(true);
      expect(event!.detail.source).to.equal('src');
      expect(event!.detail.data.title.sl).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      expect(event!.detail.warnings).to.deep.equal([]);
      // By the time pcw-load fires, the content is on screen.
      expect(titleOf(wrapper.querySelector('city-news-card')!)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
    });

    it('renders from the data property', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" .data=${sample}></city-news-card>`);
      expect(el.state).to.equal('ready');
      expect(titleOf(el)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      expect(textOf(part(el, 'lead'))).to.equal('Župan je podpisal program.');
    });

    it('renders from the data attribute (JSON text)', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" data=${JSON.stringify(sample)}></city-news-card>`);
      expect(titleOf(el)).to.equal('Continuing good cooperation with Moscow');
    });

    it("takes JSON text through the data property too (as frameworks pass it), with the attribute's errors", async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" .data=${JSON.stringify(sample)}></city-news-card>`);
      expect(el.state).to.equal('ready');
      expect(titleOf(el)).to.equal('Continuing good cooperation with Moscow');
      el.data = '{"title": "cut';
      await elementUpdated(el);
      expect(el.state).to.equal('error');
      expect(warnings.calls[0]).to.match(/^\[city-news-card\] The data property is not valid JSON/);
      el.data = JSON.stringify({ title: 'Fixed' });
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('Fixed');
    });

    it('renders from the json attribute (the text-safe name for CMS pages), with data winning when both are set', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" json=${JSON.stringify(sample)}></city-news-card>`);
      expect(el.state).to.equal('ready');
      expect(titleOf(el)).to.equal('Continuing good cooperation with Moscow');
      el.setAttribute('json', JSON.stringify({ title: 'Changed json' }));
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('Changed json');
      el.setAttribute('data', JSON.stringify({ title: 'From data' }));
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('From data');
      el.removeAttribute('data');
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('Changed json');
      el.removeAttribute('json');
      await elementUpdated(el);
      expect(el.state).to.equal('initial');
    });

    it('renders from an inline <script type="application/json"> and re-reads it when its text changes', async () => {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card lang="en"><script type="application/json">${JSON.stringify(sample)}</script></city-news-card>`,
      );
      expect(titleOf(el)).to.equal('Continuing good cooperation with Moscow');
      el.querySelector('script')!.textContent = JSON.stringify({ title: 'Changed inline' });
      await waitUntil(() => titleOf(el) === 'Changed inline', 'inline change not picked up', { timeout: 10000 });
    });

    it('each card follows its own inline script, also after it was taken out of the page and put back', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <city-news-card lang="en"><script type="application/json">{"title": "First"}</script></city-news-card>
        <city-news-card lang="en"><script type="application/json">{"title": "Second"}</script></city-news-card>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll('city-news-card')];
      await Promise.all([elementUpdated(first), elementUpdated(second)]);
      second.querySelector('script')!.textContent = '{"title": "Second, changed"}';
      await waitUntil(() => titleOf(second) === 'Second, changed', 'second card not updated', { timeout: 10000 });
      expect(titleOf(first)).to.equal('First');
      // Out of the page and back: still followed.
      first.remove();
      wrapper.append(first);
      first.querySelector('script')!.remove();
      first.append(
        Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{"title": "First, new script"}' }),
      );
      await waitUntil(() => titleOf(first) === 'First, new script', 'first card not updated after moving', { timeout: 10000 });
      expect(titleOf(second)).to.equal('Second, changed');
    });

    it('renders from src (the seed article)', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" src="/demo/data/ljubljana-moskva-2019.json"></city-news-card>`);
      await ready(el);
      expect(titleOf(el)).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
      expect(textOf(part(el, 'date'))).to.equal('sreda, 11. 9. 2019');
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2019-09-11');
      // Relative URLs in fetched data resolve against the data's URL, not the page.
      expect(part(el, 'image')!.getAttribute('src')).to.equal(new URL('/demo/data/ljubljana-moskva.svg', location.href).href);
    });

    it('follows the precedence property > attribute > inline script > src', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card
        src="/test-api/announcement?title=From%20src"
        data=${JSON.stringify({ title: 'From attribute' })}
        .data=${{ title: 'From property' }}
        ><script type="application/json">{"title": "From script"}</script></city-news-card
      >`);
      expect(titleOf(el)).to.equal('From property');
      el.data = undefined;
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('From attribute');
      el.removeAttribute('data');
      await elementUpdated(el);
      expect(titleOf(el)).to.equal('From script');
      el.querySelector('script')!.remove();
      await waitUntil(() => titleOf(el) === 'From src', 'src not used after the script went', { timeout: 10000 });
    });

    it('re-renders when src changes', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/announcement?title=First"></city-news-card>`);
      await waitUntil(() => titleOf(el) === 'First', undefined, { timeout: 10000 });
      el.src = '/test-api/announcement?title=Second';
      await waitUntil(() => titleOf(el) === 'Second', 'second src not shown', { timeout: 10000 });
    });

    it('never lets a late answer for an old src overwrite the newer one', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/announcement?title=Old&amp;delay=600"></city-news-card>`);
      el.src = '/test-api/announcement?title=New';
      await waitUntil(() => titleOf(el) === 'New', undefined, { timeout: 10000 });
      await aTimeout(900);
      expect(titleOf(el)).to.equal('New');
    });

    it('makes one request for 20 cards with the same src', async () => {
      const key = uniqueKey('shared');
      const url = `/test-api/announcement?key=${key}&delay=100`;
      const container = await fixture<HTMLDivElement>(
        html`<div>${Array.from({ length: 20 }, () => html`<city-news-card src=${url}></city-news-card>`)}</div>`,
      );
      const cards = [...container.querySelectorAll('city-news-card')];
      await waitUntil(() => cards.every((c) => c.state === 'ready'), 'not every card got ready', { timeout: 10000 });
      // A card added later is served from the same completed request.
      const late = document.createElement('city-news-card');
      late.src = url;
      container.append(late);
      await waitUntil(() => late.state === 'ready', undefined, { timeout: 10000 });
      expect(await hits(key)).to.equal(1);
    });

    it('shows light-DOM fallback content until it renders, and hides it afterwards', async () => {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card src="/test-api/announcement?delay=300"><p>Plain article text</p></city-news-card>`,
      );
      const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Plain article text']);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      await ready(el);
      expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
    });

    it('keeps light-DOM fallback content under the error message when the data cannot be loaded', async () => {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card src="/test-api/status?code=500"><p>Plain article text</p></city-news-card>`,
      );
      await failed(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Plain article text']);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state for an empty object', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" data="{}"></city-news-card>`);
      expect(el.state).to.equal('empty');
      expect(textOf(part(el, 'empty'))).to.equal('There is no announcement to show.');
      await expect(el).to.be.accessible();
    });
  });
});
