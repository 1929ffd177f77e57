import { expect, waitUntil } from '@open-wc/testing';

/*
 * The embed builder's "Paste the article" step (#17), driven like an editor: paste the seed
 * article, import it, read the fields beside the report, fix a field and add its English text,
 * download the JSON or use it in the snippet's json attribute; a pasted page's scripts never run.
 */

type Frame = { win: Window; doc: Document };

async function openBuilder(): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.src = '/demo/embed.html';
  frame.style.cssText = 'width: 1200px; height: 900px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector('#snippet-code') && doc.defaultView!.customElements.get('city-news-card'),
    'builder did not start',
    {
      timeout: 10000,
    },
  );
  return { win: frame.contentWindow!, doc };
}

const $ = <T extends Element>(f: Frame, selector: string) => f.doc.querySelector<T>(selector)!;
const text = (f: Frame, selector: string) => $(f, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const field = (f: Frame, path: string, lang?: string) =>
  $<HTMLInputElement | HTMLTextAreaElement>(f, `#import-fields [data-path="${path}"] ${lang ? `[data-lang="${lang}"]` : '.eb-input'}`);

function paste(f: Frame, value: string, lang = '') {
  $<HTMLTextAreaElement>(f, '#article-text').value = value;
  $<HTMLSelectElement>(f, '#article-lang').value = lang;
  $<HTMLButtonElement>(f, '#article-import').click();
}

function edit(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('embed builder: Paste the article', () => {
  let f: Frame;
  let seed: string;
  before(async function () {
    this.timeout(15000);
    seed = await (await fetch('/test/import/fixtures/seed-sl.txt')).text();
    f = await openBuilder();
  });

  it('shows the imported fields beside a clean report, each text with inputs for en and ru', async () => {
    paste(f, seed, 'sl');
    expect($<HTMLElement>(f, '#import-result').hidden).to.equal(false);
    expect(field(f, 'title', 'sl').value).to.equal('Nadaljujemo dobro sodelovanje z Moskvo');
    expect(field(f, 'title', 'en').value).to.equal('');
    expect(field(f, 'title', 'en').getAttribute('aria-label')).to.equal('Title (en)');
    expect(field(f, 'areas[6].items[1]', 'sl').value).to.match(/^sodelovanje v okviru programa »Aktivna dolga leta«/);
    expect(f.doc.querySelectorAll('#import-fields [data-path^="areas["][data-path*=".items["]')).to.have.length(24);
    expect(field(f, 'published').value).to.equal('2019-09-11');
    expect(text(f, '#import-report')).to.contain('To check (0)');
    expect(text(f, '#import-report')).to.contain('Not mapped (0)');
    expect(text(f, '#import-report')).to.contain('areas[2] ← line 13');
    // Every input is named (its field and language), and the article's box has its label.
    const unnamed = [...f.doc.querySelectorAll('#import-fields .eb-input')].filter((i) => !i.getAttribute('aria-label'));
    expect(unnamed).to.have.length(0);
    expect($<HTMLTextAreaElement>(f, '#article-text').labels?.[0]?.textContent).to.equal('Article (text or HTML)');
  });

  it('a fixed field and an added English text go into the snippet’s json attribute and the downloaded file', async () => {
    paste(f, seed, 'sl');
    edit(field(f, 'title', 'en'), 'We are continuing good cooperation with Moscow');
    edit(field(f, 'tags[0]', 'sl'), 'Moskva');
    const href = $<HTMLAnchorElement>(f, '#import-download').href;
    expect(href).to.match(/^blob:/);
    expect($<HTMLAnchorElement>(f, '#import-download').download).to.equal('announcement.json');
    const file = await (await f.win.fetch(href)).json();
    expect(file.title).to.deep.equal({
      sl: 'Nadaljujemo dobro sodelovanje z Moskvo',
      en: 'We are continuing good cooperation with Moscow',
    });
    expect(file.tags).to.deep.equal([{ sl: 'Moskva' }]);
    $<HTMLButtonElement>(f, '#import-use').click();
    expect($<HTMLInputElement>(f, '#source-json').checked).to.equal(true);
    await waitUntil(() => text(f, '#validation').includes('valid'), `not checked: ${text(f, '#validation')}`, { timeout: 5000 });
    await waitUntil(() => ($(f, '#snippet-code').textContent ?? '').includes('json='), 'no json snippet', { timeout: 5000 });
    const snippet = new DOMParser().parseFromString($(f, '#snippet-code').textContent ?? '', 'text/html');
    const data = JSON.parse(snippet.querySelector('city-news-card')!.getAttribute('json')!);
    expect(data.title.en).to.equal('We are continuing good cooperation with Moscow');
    expect(data.areas).to.have.length(7);
  });

  it('a pasted page runs no script; empty input gives a clear message and no result', async () => {
    (f.win as unknown as { pcwRan?: boolean }).pcwRan = false;
    paste(
      f,
      '<!doctype html><html lang="en"><body><article><h1>Town twinning</h1><img src="x" onerror="pcwRan = true" alt=""><p>Lead.</p><script>pcwRan = true</script></article></body></html>',
    );
    await new Promise((r) => f.win.requestAnimationFrame(() => f.win.requestAnimationFrame(r)));
    expect((f.win as unknown as { pcwRan?: boolean }).pcwRan).to.equal(false);
    expect(field(f, 'title', 'en').value).to.equal('Town twinning');
    expect(text(f, '#import-report')).to.contain('scripts are never run');
    paste(f, '   ');
    expect($<HTMLElement>(f, '#import-result').hidden).to.equal(true);
    expect($<HTMLElement>(f, '#import-error').hidden).to.equal(false);
    expect(text(f, '#import-error')).to.equal('The article is empty: there is no text to import.');
  });
});
