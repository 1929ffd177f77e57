import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sample } from '../../test-support/city-news-card.fixtures.js';
import { captureWarningsPerTest, emulating, part, parts, textOf } from '../../test-support/helpers.js';
import type { CityNewsCard } from './city-news-card.js';
import './city-news-card.js';

// <city-news-card>: what it shows and how (heading, image, read more, tags, variants, JSON-LD,
// themes, motion, forced colours, the page's font and CSS).

captureWarningsPerTest();

describe('<city-news-card>', () => {
  describe('view', () => {
    it('puts the title in a heading of heading-level, linked to url', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(part(el, 'link')!.getAttribute('href')).to.equal('https://www.ljubljana.si/sl/aktualno/');
      el.headingLevel = 4;
      await elementUpdated(el);
      expect(part(el, 'title')!.localName).to.equal('h4');
      const plain = await fixture<CityNewsCard>(html`<city-news-card heading-level="3" .data=${{ title: 'No link' }}></city-news-card>`);
      expect(part(plain, 'title')!.localName).to.equal('h3');
      expect(part(plain, 'link')).to.equal(null);
    });

    it('renders date, title and lead the same in every shape of the data, and when the shape changes', async () => {
      // The common shape (date, linked title at level 2, lead) is drawn by its own template.
      const head = (el: CityNewsCard) =>
        ['date', 'title', 'lead'].map(
          (name) =>
            part(el, name)
              ?.outerHTML.replace(/<!--[^]*?-->/g, '')
              .replace(/h\d/g, 'hN') ?? '',
        );
      const data = { lang: 'en', published: '2019-10-21', title: 'Title', lead: 'Lead', url: 'https://example.org/a' };
      const common = await fixture<CityNewsCard>(html`<city-news-card lang="en" .data=${data}></city-news-card>`);
      const general = await fixture<CityNewsCard>(html`<city-news-card lang="en" heading-level="3" .data=${data}></city-news-card>`);
      expect(head(common)).to.deep.equal(head(general));
      expect(head(common)[1]).to.equal(
        '<hN part="title" class="title" id="title"><a part="link" class="link" href="https://example.org/a">Title</a></hN>',
      );
      expect(common.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('title');
      expect(part(common, 'date')!.getAttribute('datetime')).to.equal('2019-10-21');
      expect(part(common, 'date')!.textContent).to.equal('Monday, 10/21/2019');
      // From one shape to another and back, on the same element.
      common.data = { ...data, lead: '' };
      await elementUpdated(common);
      expect(part(common, 'lead')).to.equal(null);
      expect(part(common, 'link')!.textContent).to.equal('Title');
      common.data = { ...data, title: 'New title' };
      await elementUpdated(common);
      expect(part(common, 'link')!.textContent).to.equal('New title');
      expect(part(common, 'lead')!.textContent).to.equal('Lead');
      await expect(common).to.be.accessible();
    });

    it('shows the image lazily with its alt text, or as decorative', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal('Ljubljana');
      el.data = { ...sample, image: { src: '/demo/data/ljubljana-moskva.svg', alt: '' } };
      await elementUpdated(el);
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('');
    });

    it('toggles "Read more" / "Show less" by keyboard, reflecting expanded and firing pcw-toggle', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="en" .data=${sample}></city-news-card>`);
      expect(parts(el, 'paragraph')).to.have.length(2);
      const button = part(el, 'read-more')!;
      expect(textOf(button)).to.equal('Read more (2 more paragraphs)');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      const toggled = oneEvent(el, 'pcw-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await toggled).detail).to.deep.equal({ expanded: true });
      await elementUpdated(el);
      expect(el.hasAttribute('expanded')).to.equal(true);
      expect(parts(el, 'paragraph')).to.have.length(4);
      expect(textOf(part(el, 'read-more'))).to.equal('Show less');
      expect(part(el, 'read-more')!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(el.expanded).to.equal(false);
      expect(parts(el, 'paragraph')).to.have.length(2);
    });

    it('writes no attribute for a default (no variant="full" on every card), and reflects a value set by property', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card lang="sl" .data=${sample}></city-news-card>`);
      expect(el.variant).to.equal('full');
      expect(el.hasAttribute('variant')).to.equal(false);
      expect(el.hasAttribute('expanded')).to.equal(false);
      el.variant = 'compact';
      await elementUpdated(el);
      expect(el.getAttribute('variant')).to.equal('compact');
      expect(part(el, 'body')).to.equal(null);
    });

    it('falls back to the defaults when attributes are removed or unknown', async () => {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card variant="compact" date-style="long" preview-paragraphs="1" lang="sl" .data=${sample}></city-news-card>`,
      );
      el.removeAttribute('variant');
      el.setAttribute('date-style', 'fancy');
      el.setAttribute('preview-paragraphs', 'x');
      await elementUpdated(el);
      expect(el.variant).to.equal('full');
      expect(el.dateStyle).to.equal('numeric');
      expect(el.previewParagraphs).to.equal(2);
      expect(textOf(part(el, 'date'))).to.equal('sreda, 11. 9. 2019');
      expect(parts(el, 'paragraph')).to.have.length(2);
    });

    it('has no read-more button for a short body', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${{ ...sample, body: ['Only one.'] }}></city-news-card>`);
      expect(part(el, 'read-more')).to.equal(null);
      expect(parts(el, 'paragraph')).to.have.length(1);
    });

    it('shows tags as plain text without tag-href: nothing that looks pressable does nothing', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
      const tag = part(el, 'tag')!;
      expect(tag.localName).to.equal('span');
      expect(el.shadowRoot!.querySelectorAll('[part~="tags"] a, [part~="tags"] button')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('makes tags links with tag-href ({tag} URL-encoded), firing a cancelable pcw-tag-select', async () => {
      const el = await fixture<CityNewsCard>(
        html`<city-news-card tag-href="/iskanje?tag={tag}" .data=${{ ...sample, tags: ['moskva', 'mestna uprava & promet'] }}></city-news-card>`,
      );
      const links = parts(el, 'tag') as HTMLAnchorElement[];
      expect(links.map((a) => a.localName)).to.deep.equal(['a', 'a']);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '/iskanje?tag=moskva',
        '/iskanje?tag=mestna%20uprava%20%26%20promet',
      ]);
      await expect(el).to.be.accessible();
      // A page that filters by itself cancels the event, and the link is not followed.
      const seen: (string | null)[] = [];
      el.addEventListener('pcw-tag-select', (e) => {
        seen.push(e.detail.tag);
        e.preventDefault();
      });
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      links[1].dispatchEvent(click);
      expect(seen).to.deep.equal(['mestna uprava & promet']);
      expect(click.defaultPrevented).to.equal(true);
    });

    it('follows a tag link when no listener cancels pcw-tag-select', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card tag-href="#tag-{tag}" .data=${sample}></city-news-card>`);
      const event = oneEvent(el, 'pcw-tag-select');
      part(el, 'tag')!.click();
      expect((await event).detail).to.deep.equal({ tag: 'moskva' });
      await waitUntil(() => location.hash === '#tag-moskva', 'the link was not followed', { timeout: 10000 });
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('keeps tags as text when tag-href would make an unsafe link', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card tag-href="javascript:alert('{tag}')" .data=${sample}></city-news-card>`);
      expect(part(el, 'tag')!.localName).to.equal('span');
    });

    it('shows only date, title and lead with variant="compact"', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card variant="compact" .data=${sample}></city-news-card>`);
      expect(part(el, 'date')).to.exist;
      expect(part(el, 'title')).to.exist;
      expect(part(el, 'lead')).to.exist;
      for (const name of ['body', 'image', 'tags', 'read-more']) expect(part(el, name), name).to.equal(null);
    });

    it('adds schema.org NewsArticle JSON-LD with structured-data', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card structured-data lang="sl" .data=${sample}></city-news-card>`);
      const ldScript = () => el.querySelector('script[type="application/ld+json"]');
      // The writer is a lazy chunk: the script appears once it has loaded.
      await waitUntil(ldScript, 'no JSON-LD written', { timeout: 10000 });
      const ld = JSON.parse(ldScript()!.textContent!);
      expect(ld).to.include({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Nadaljujemo dobro sodelovanje z Moskvo',
        datePublished: '2019-09-11',
        inLanguage: 'sl',
      });
      el.lang = 'en';
      await waitUntil(() => JSON.parse(ldScript()!.textContent!).inLanguage === 'en', 'JSON-LD not rewritten for the new language', {
        timeout: 10000,
      });
      el.structuredData = false;
      await elementUpdated(el);
      await aTimeout(0);
      expect(ldScript()).to.equal(null);
      expect(el.querySelectorAll('script')).to.have.length(0);
    });

    it('writes no JSON-LD when structured-data is turned off or the card removed before the writer loads', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card structured-data .data=${sample}></city-news-card>`);
      el.structuredData = false;
      const other = await fixture<CityNewsCard>(html`<city-news-card structured-data .data=${sample}></city-news-card>`);
      const parent = other.parentElement!;
      other.remove();
      // Long enough for the lazy module to load (it is cached after the first test).
      await aTimeout(100);
      expect(el.querySelector('script')).to.equal(null);
      expect(other.querySelector('script')).to.equal(null);
      parent.append(other);
      await waitUntil(() => other.querySelector('script[type="application/ld+json"]'), 'JSON-LD not written after reconnecting', {
        timeout: 10000,
      });
    });

    it('keeps host-page CSS out', async () => {
      const style = document.createElement('style');
      style.textContent = 'h2 { color: rgb(255, 0, 0) !important; } p { display: none !important; }';
      document.head.append(style);
      try {
        const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
        expect(getComputedStyle(part(el, 'title')!).color).not.to.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(part(el, 'lead')!).display).not.to.equal('none');
        expect(part(el, 'lead')!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        style.remove();
      }
    });

    it('applies the dark theme, and follows the system with theme="auto"', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card theme="dark" .data=${sample}></city-news-card>`);
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
      el.theme = 'auto';
      await elementUpdated(el);
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      await emulating({ colorScheme: 'dark' }, () => {
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
      });
    });

    it('lets the page theme it through --pcw-* custom properties', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card class="themed" .data=${sample}></city-news-card>`);
      el.style.setProperty('--pcw-color-surface', 'rgb(1, 2, 3)');
      el.style.setProperty('--pcw-news-card-title-size', '40px');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'title')!).fontSize).to.equal('40px');
    });

    it('stops the skeleton animation when reduced motion is asked for', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card src="/test-api/hang?ms=2000"></city-news-card>`);
      const bar = el.shadowRoot!.querySelector('.skeleton')!;
      expect(getComputedStyle(bar).animationName).to.equal('pcw-pulse');
      await emulating({ reducedMotion: 'reduce' }, () => {
        expect(getComputedStyle(bar).animationName).to.equal('none');
      });
    });

    it('uses system colours in forced-colors mode', async () => {
      const el = await fixture<CityNewsCard>(html`<city-news-card .data=${sample}></city-news-card>`);
      await emulating({ forcedColors: 'active' }, () => {
        const border = getComputedStyle(part(el, 'base')!).borderTopColor;
        const canvasText = getComputedStyle(document.body).color;
        expect(border).to.equal(canvasText);
      });
    });

    it('inherits the host page font by default', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif"><city-news-card .data=${sample}></city-news-card></div>`,
      );
      const el = wrapper.querySelector('city-news-card')!;
      expect(getComputedStyle(part(el, 'lead')!).fontFamily).to.equal('Georgia, serif');
    });
  });
});
