import { expect, waitUntil } from '@open-wc/testing';

/*
 * The embed builder (demo/embed.html), driven like an editor would: choose a widget and its
 * data, see the check with paths, the live preview and the snippet, copy it.
 */

type Frame = { win: Window; doc: Document };

async function openBuilder(): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.src = '/demo/embed.html';
  frame.style.cssText = 'width: 1200px; height: 900px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('#snippet-code')?.textContent !== undefined && doc.defaultView!.customElements.get('city-news-card'), 'builder did not start');
  return { win: frame.contentWindow!, doc };
}

const $ = <T extends Element>(f: Frame, selector: string) => f.doc.querySelector<T>(selector)!;
const snippet = (f: Frame) => $(f, '#snippet-code').textContent ?? '';
const validation = (f: Frame) => $(f, '#validation').textContent?.replace(/\s+/g, ' ').trim() ?? '';

function choose(f: Frame, selector: string) {
  const input = $<HTMLInputElement>(f, selector);
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(f: Frame, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(f, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('embed builder (demo/embed.html)', () => {
  let f: Frame;
  before(async function () {
    this.timeout(15000);
    f = await openBuilder();
  });

  it('writes a src snippet for a data URL, checks the data with the library and previews the widget', async () => {
    choose(f, '#widget-card');
    choose(f, '#source-url');
    type(f, '#data-url', '/demo/data/ljubljana-moskva-2019.json?typed');
    // Typing waits for a pause, then the snippet, the check and the preview follow.
    await waitUntil(() => snippet(f).includes('<city-news-card src="/demo/data/ljubljana-moskva-2019.json?typed"'), `snippet: ${snippet(f)}`, { timeout: 5000 });
    await waitUntil(() => validation(f).includes('✓ valid'), `no valid check: ${validation(f)}`, { timeout: 5000 });
    expect(validation(f)).to.equal('✓ valid · an announcement');
    expect(snippet(f)).to.match(/^<script type="module" src="[^"]*partner-city-widgets\.js"><\/script>\n/);
    const card = $(f, '#preview city-news-card') as HTMLElement & { state: string };
    await waitUntil(() => card.state === 'ready', 'preview not ready');
    expect(card.getAttribute('src')).to.equal('/demo/data/ljubljana-moskva-2019.json?typed');
    expect($<HTMLButtonElement>(f, '#copy').disabled).to.equal(false);
  });

  it('lists the problems of pasted JSON with their paths, and writes an inline script (never a long attribute)', async () => {
    choose(f, '#widget-map');
    choose(f, '#source-json');
    const data = { cities: [{ id: 'lj', name: 'Ljubljana', lat: 46.05, lon: 14.51, role: 'home' }, { id: 'x', name: 'Nowhere', lat: 123, lon: 0 }, { id: 'mo', name: 'Moskva </script>', lat: 55.75, lon: 37.62 }] };
    type(f, '#data-json', JSON.stringify(data));
    await waitUntil(() => validation(f).includes('cities[1].lat'), `no path in the check: ${validation(f)}`, { timeout: 5000 });
    expect(validation(f)).to.contain('must be a number between -90 and 90');
    const text = snippet(f);
    expect(text).to.contain('<partner-city-map');
    expect(text).to.contain('<script type="application/json">');
    expect(text).not.to.match(/\sdata=/);
    // `</script>` in the data cannot end the inline script early.
    expect(text.match(/<\/script>/g)).to.have.length(2);
    const map = $(f, '#preview partner-city-map') as HTMLElement & { state: string };
    await waitUntil(() => map.state === 'ready', 'preview map not ready');
  });

  it('follows the options in the snippet and the preview', async () => {
    choose(f, '#widget-areas');
    choose(f, '#source-url');
    type(f, '#data-url', '/demo/data/ljubljana-moskva-2019.json');
    choose(f, '#layout-grid');
    const searchable = $<HTMLInputElement>(f, '#opt-searchable');
    searchable.checked = true;
    searchable.dispatchEvent(new Event('change', { bubbles: true }));
    const lang = $<HTMLSelectElement>(f, '#opt-lang');
    lang.value = 'ru';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    choose(f, '#theme-dark');
    await waitUntil(() => snippet(f).includes('layout="grid"') && snippet(f).includes('lang="ru"'), `options not in the snippet: ${snippet(f)}`, { timeout: 5000 });
    expect(snippet(f)).to.contain('searchable');
    expect(snippet(f)).to.contain('theme="dark"');
    const areas = $(f, '#preview cooperation-areas');
    expect(['layout', 'lang', 'theme'].map((a) => areas.getAttribute(a))).to.deep.equal(['grid', 'ru', 'dark']);
    expect(areas.hasAttribute('searchable')).to.equal(true);
  });

  it('gives no snippet for JSON that does not parse, and says why', async () => {
    choose(f, '#source-json');
    type(f, '#data-json', '{"title": "cut off');
    await waitUntil(() => validation(f).includes('not valid JSON'), `no syntax error: ${validation(f)}`, { timeout: 5000 });
    expect(snippet(f)).to.equal('');
    expect($<HTMLButtonElement>(f, '#copy').disabled).to.equal(true);
    expect($(f, '#snippet-note').textContent).to.contain('Fix the JSON above');
  });

  it('copies the snippet with one click, or selects it for copying by hand', async () => {
    choose(f, '#widget-card');
    choose(f, '#source-url');
    type(f, '#data-url', '/demo/data/ljubljana-moskva-2019.json');
    await waitUntil(() => snippet(f).includes('<city-news-card'), 'no card snippet', { timeout: 5000 });
    $<HTMLButtonElement>(f, '#copy').click();
    const status = () => $(f, '#copy-status').textContent ?? '';
    await waitUntil(() => status() !== '', 'no copy status', { timeout: 5000 });
    expect(status()).to.match(/^(Copied|Could not copy: the text is selected below)/);
    if (status() !== 'Copied') {
      // Without clipboard access, the plain-text copy is opened and selected.
      expect($<HTMLDetailsElement>(f, '#snippet-plain').open).to.equal(true);
      expect($<HTMLTextAreaElement>(f, '#snippet-text').value).to.equal(snippet(f));
    }
  });
});
