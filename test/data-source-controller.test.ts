import { expect, fixture, html as testHtml, oneEvent } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { DataSourceController, localize, parseArticle, type PcwEvent } from '../src/index.js';

/*
 * The DataSourceController as the README documents it, in an element of the page's own (not
 * one of ours): sources through `args`, `update()` first in `willUpdate`, `render()` by state.
 */
class TitleView extends LitElement {
  static override properties = { data: { attribute: false }, src: {} };
  data?: unknown;
  src?: string;
  parseCalls = 0;
  readonly source = new DataSourceController(this, {
    args: () => ({ data: this.data, dataText: undefined, json: undefined, src: this.src, timeout: undefined }),
    parse: (json, options) => {
      this.parseCalls++;
      return parseArticle(json, options);
    },
    // A valid model can still have nothing to show: here, a title that is a lone dash.
    isEmpty: (article) => localize(article.title, 'en') === '-',
  });

  protected override willUpdate() {
    this.source.update();
  }

  protected override render() {
    return this.source.render({
      initial: () => html`<p>nothing yet</p>`,
      loading: () => html`<p>loading</p>`,
      ready: (a) => html`<h2>${localize(a.title, 'en')}</h2>`,
      empty: () => html`<p>empty</p>`,
      error: (e) => html`<p role="alert">${e.kind}: ${e.message}</p>`,
    });
  }
}
customElements.define('title-view', TitleView);

const shown = (el: TitleView) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('DataSourceController in an element of your own', () => {
  it('reads the data property through args, parses it once per change, and fires pcw-load', async () => {
    const el = await fixture<TitleView>(testHtml`<title-view></title-view>`);
    expect(el.source.state).to.equal('initial');
    expect(shown(el)).to.equal('nothing yet');
    const loaded = oneEvent(el, 'pcw-load') as Promise<PcwEvent<'pcw-load'>>;
    el.data = { title: 'From the property' };
    const { detail } = await loaded;
    expect(detail.source).to.equal('property');
    expect(shown(el)).to.equal('From the property');
    expect(el.parseCalls).to.equal(1);
    // An update that does not change the sources does not parse again.
    el.requestUpdate();
    await el.updateComplete;
    expect(el.parseCalls).to.equal(1);
  });

  it('loads src, shows loading first, then the data; an invalid answer is the error state with pcw-error', async () => {
    const el = await fixture<TitleView>(testHtml`<title-view src="/test-api/announcement?title=Loaded"></title-view>`);
    expect(shown(el)).to.equal('loading');
    await oneEvent(el, 'pcw-load');
    expect(shown(el)).to.equal('Loaded');
    const failed = oneEvent(el, 'pcw-error') as Promise<PcwEvent<'pcw-error'>>;
    el.src = '/test-api/no-title';
    const { detail } = await failed;
    expect(detail).to.include({ kind: 'invalid', source: 'src', path: 'title' });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('invalid');
  });

  it('shows the empty view for empty JSON and for a model its isEmpty rejects', async () => {
    const el = await fixture<TitleView>(testHtml`<title-view .data=${{}}></title-view>`);
    expect(el.source.state).to.equal('empty');
    expect(shown(el)).to.equal('empty');
    el.data = { title: '-' };
    await el.updateComplete;
    expect(el.source.state).to.equal('empty');
    el.data = { title: 'x' };
    await el.updateComplete;
    expect(el.source.state).to.equal('ready');
  });
});
