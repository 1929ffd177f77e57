import { expect } from '@open-wc/testing';
import { executable, sanitizeOnServer } from '../src/test-support/helpers.js';

/*
 * The CMS sanitisers of the round-trip tests, checked on their own: `/test-api/sanitize` runs
 * sanitize-html (at its defaults, and with the widgets allowed as a site admin would) and
 * WordPress's real kses (test/cms/kses.php: as shipped, and with the `wp_kses_allowed_html`
 * allow-list). At their defaults they remove the widgets; with the allow-list they keep the tag,
 * `src` and `json`; none of them lets anything executable through.
 */

const DEFAULTS = ['sanitize-html', 'kses'] as const;
const ALLOWING = ['sanitize-html-allow', 'kses-allow'] as const;
const ALL = [...DEFAULTS, ...ALLOWING];

const SNIPPET = `<city-news-card json='{"title":"x"}' src="/a.json"></city-news-card><script>alert(1)</script>`;
const FALLBACK = '<city-news-card><p>Fallback</p></city-news-card>';
const HOSTILE =
  `<city-news-card json='{"title":"x"}' src="javascript:alert(1)" onclick="alert(1)" onpcw-load="alert(1)"></city-news-card>` +
  '<a href="javascript:alert(1)" onmouseover="alert(1)">link</a><a href=" JaVaScRiPt:alert(1)">2</a>' +
  '<img src="x" onerror="alert(1)"><svg><script>alert(1)</script></svg><script src="/evil.js"></script>';

/** The HTML as the sanitiser `name` leaves it (the text, and parsed: scripts never run there). */
async function sanitize(name: string, html: string): Promise<{ text: string; doc: Document }> {
  const text = await sanitizeOnServer(name, html);
  return { text, doc: new DOMParser().parseFromString(text, 'text/html') };
}

describe('CMS sanitisers (test harness)', () => {
  for (const name of DEFAULTS) {
    it(`${name} at its defaults removes the widget tag and keeps its fallback content`, async () => {
      const { doc } = await sanitize(name, SNIPPET);
      expect(doc.querySelector('city-news-card')).to.equal(null);
      const fallback = await sanitize(name, FALLBACK);
      expect(fallback.doc.querySelector('city-news-card')).to.equal(null);
      expect(fallback.doc.body.querySelector('p')?.outerHTML).to.equal('<p>Fallback</p>');
    });
  }

  it('sanitize-html at its defaults keeps the fallback content as it is', async () => {
    expect((await sanitize('sanitize-html', FALLBACK)).text).to.equal('<p>Fallback</p>');
  });

  for (const name of ALLOWING) {
    it(`${name} keeps the widget tag with src and json intact`, async () => {
      const { doc } = await sanitize(name, SNIPPET);
      const el = doc.querySelector('city-news-card');
      expect(el, 'city-news-card').to.not.equal(null);
      expect(el!.getAttribute('src')).to.equal('/a.json');
      expect(JSON.parse(el!.getAttribute('json') ?? 'null')).to.deep.equal({ title: 'x' });
    });
  }

  for (const name of ALL) {
    it(`${name} keeps nothing executable`, async () => {
      for (const html of [SNIPPET, HOSTILE]) {
        const { text, doc } = await sanitize(name, html);
        expect(executable(doc), text).to.deep.equal([]);
        expect(text).to.not.match(/<script/i);
      }
    });
  }

  it('answers an unknown sanitiser with an error', async () => {
    const res = await fetch('/test-api/sanitize?with=nope', { method: 'POST', body: 'x' });
    expect(res.status).to.equal(400);
    expect(((await res.json()) as { error: string }).error).to.contain('kses-allow');
  });
});
