// The tests of a user's app that runs in Vitest with jsdom (the DOM of most unit tests of
// React, Vue or Svelte apps): the widgets from the packed tarball, in a DOM without layout,
// matchMedia, ResizeObserver, IntersectionObserver, scrollIntoView or a canvas. Run by
// test/jsdom/run.mjs in a new project; not part of `npm test` (web-test-runner, Chromium).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import 'partner-city-widgets';
import { act, createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { CityNewsCard, CooperationAreas } from 'partner-city-widgets/react';

// (Vitest gives import.meta.url an http: address; it runs in the app's folder.)
const seed = JSON.parse(readFileSync('seed.json', 'utf8'));
/** Text of the shadow root and of the widgets' inside it, without <style> (jsdom has no adopted style sheets). */
const deepText = (root) =>
  [...root.querySelectorAll('*:not(style)')].flatMap((e) => [
    ...[...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent),
    ...(e.shadowRoot ? [deepText(e.shadowRoot)] : []),
  ]);
const text = (el) => deepText(el.shadowRoot).join(' ').replace(/\s+/g, ' ');
const part = (el, name) => el.shadowRoot.querySelector(`[part~="${name}"]`);
const until = async (check, what) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`never: ${what}`);
};
async function place(tag, setup) {
  const el = document.createElement(tag);
  el.lang = 'sl';
  setup(el);
  document.body.append(el);
  await until(() => el.state === 'ready' || el.state === 'error', `${tag} ready or in error`);
  await el.updateComplete;
  return el;
}

let errors;
/** Exceptions out of the widgets (jsdom reports one thrown in an element's callback as an error event). */
const uncaught = [];
const onError = (e) => uncaught.push(String(e.error ?? e.message));
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
  uncaught.length = 0;
  window.addEventListener('error', onError);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  document.body.replaceChildren();
  // Nothing thrown, nothing reported by the widgets or by jsdom ("Not implemented: …").
  expect(uncaught).toEqual([]);
  expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
  errors.mockRestore();
});

describe('the widgets in jsdom', () => {
  it('<city-news-card> shows the announcement and fires pcw-load', async () => {
    const loaded = vi.fn();
    const el = await place('city-news-card', (e) => {
      e.addEventListener('pcw-load', loaded);
      e.data = seed;
    });
    expect(el.state).toBe('ready');
    expect(text(el)).toContain('Nadaljujemo dobro sodelovanje z Moskvo');
    expect(loaded).toHaveBeenCalledTimes(1);
  });

  it('<city-news-card> reads JSON text from its data attribute (as a CMS page gives it)', async () => {
    const el = await place('city-news-card', (e) => e.setAttribute('data', '{"title": "Dnevi Ljubljane v Moskvi"}'));
    expect(text(el)).toContain('Dnevi Ljubljane v Moskvi');
  });

  it('<city-news-card> with loading="lazy" loads at once (no IntersectionObserver to wait for)', async () => {
    const el = await place('city-news-card', (e) => {
      e.setAttribute('loading', 'lazy');
      e.data = seed;
    });
    expect(el.state).toBe('ready');
  });

  it('<cooperation-areas> shows the areas; a click opens one (pcw-area-toggle); the search filters', async () => {
    const toggled = vi.fn();
    const el = await place('cooperation-areas', (e) => {
      e.searchable = true;
      e.addEventListener('pcw-area-toggle', (ev) => toggled(ev.detail));
      e.data = seed;
    });
    expect(text(el)).toContain('kultura in umetnost');
    const toggle = el.shadowRoot.querySelectorAll('[part~="area-toggle"]')[2];
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggled).toHaveBeenCalledWith({ id: el.areas[2].id, open: true });
    const input = part(el, 'search-input');
    input.value = 'turiz';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot.querySelectorAll('[part~="area"]').length).toBe(1);
  });

  it('<cooperation-areas> opens the area the page address names (#id), without scrolling there', async () => {
    location.hash = `#${seed.areas[1].id}`;
    try {
      const el = await place('cooperation-areas', (e) => (e.data = seed));
      await until(() => el.shadowRoot.querySelector('[aria-expanded="true"]'), 'the area opened');
    } finally {
      location.hash = '';
    }
  });

  it('<cooperation-areas> with more than 300 items renders every item (nothing to wait for)', async () => {
    const areas = Array.from({ length: 4 }, (_, i) => ({
      title: `Area ${i}`,
      items: Array.from({ length: 100 }, (_, j) => `Item ${i}.${j}`),
    }));
    const el = await place('cooperation-areas', (e) => {
      e.open = true;
      e.data = areas;
    });
    expect(el.shadowRoot.querySelectorAll('[part~="item"]').length).toBe(400);
  });

  it('<partner-city-map> shows its cities, in the list too', async () => {
    const el = await place('partner-city-map', (e) => (e.data = seed));
    expect(el.state).toBe('ready');
    expect(el.cities.map((c) => c.id)).toEqual(seed.cities.map((c) => c.id));
    part(el, 'list-toggle').click();
    await el.updateComplete;
    expect(text(el)).toContain('Moskva');
  });

  it('<city-news-feed> lists the announcements', async () => {
    const el = await place('city-news-feed', (e) => (e.data = { items: [seed] }));
    expect(text(el)).toContain('Nadaljujemo dobro sodelovanje z Moskvo');
  });

  it('<partnership-timeline> shows the entries; a click selects one (pcw-entry-select)', async () => {
    const selected = vi.fn();
    const el = await place('partnership-timeline', (e) => {
      e.setAttribute('now', '2020-02-01');
      e.addEventListener('pcw-entry-select', (ev) => selected(ev.detail.id));
      e.data = seed;
    });
    const button = el.shadowRoot.querySelector('button[part~="entry-button"]');
    expect(text(el)).toContain(button.textContent.trim());
    button.click();
    await el.updateComplete;
    expect(selected).toHaveBeenCalledTimes(1);
  });

  it(`loads from src through fetch (as the app's tests mock it), in the language of its data`, async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(seed), { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    try {
      const el = await place('city-news-card', (e) => e.setAttribute('src', '/data/ljubljana-moskva.json'));
      expect(el.state).toBe('ready');
      expect(String(fetch.mock.calls[0][0])).toBe(new URL('/data/ljubljana-moskva.json', document.baseURI).href);
      expect(text(el)).toContain('Nadaljujemo dobro sodelovanje z Moskvo');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it(`follows a change of the page's language (lang on <html>)`, async () => {
    document.documentElement.lang = 'sl';
    const el = await place('cooperation-areas', (e) => {
      e.removeAttribute('lang');
      e.data = seed;
    });
    expect(text(el)).toContain('kultura in umetnost');
    document.documentElement.lang = 'en';
    try {
      await until(() => text(el).includes('culture and the arts'), 'the areas in English');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('"Get the data" (downloadable) gets its CSV address', async () => {
    const el = await place('cooperation-areas', (e) => {
      e.downloadable = true;
      e.data = seed;
    });
    await el.updateComplete;
    expect(part(el, 'download').getAttribute('href')).toMatch(/^blob:/);
  });

  it(`an upcoming event's "Add to calendar" link gets its file when used`, async () => {
    const el = await place('partnership-timeline', (e) => {
      e.setAttribute('now', '2019-01-01');
      e.data = seed;
    });
    const link = el.shadowRoot.querySelector('a[download$=".ics"]');
    // (The app's test keeps jsdom from following the link: it cannot navigate.)
    window.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(link.getAttribute('href')).toMatch(/^blob:/);
  });

  // The README's example, as written there.
  it('shows the announcement', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ title: 'Dnevi Ljubljane v Moskvi' }));
    const card = document.createElement('city-news-card');
    card.setAttribute('src', '/news/1.json');
    document.body.append(card);
    await vi.waitUntil(() => card.state === 'ready');
    expect(card.shadowRoot.querySelector('[part~="title"]').textContent).toContain('Dnevi Ljubljane v Moskvi');
    vi.unstubAllGlobals();
  });

  // React Testing Library's way: react-dom in jsdom. Before 3 December the wrappers took jsdom
  // for a server (Lit's isServer) and wrote attributes instead: no event reached a handler.
  it('the React wrappers pass data and call their event props (onPcwLoad, onPcwAreaToggle)', async () => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    const loaded = vi.fn();
    const toggled = vi.fn();
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    await act(async () =>
      root.render(
        h(
          'div',
          null,
          h(CityNewsCard, { data: { title: 'Iz Reacta' }, lang: 'sl', onPcwLoad: (e) => loaded(e.type) }),
          h(CooperationAreas, { data: [{ id: 'a', title: 'A', items: ['x'] }], lang: 'sl', onPcwAreaToggle: (e) => toggled(e.detail) }),
        ),
      ),
    );
    const card = document.querySelector('city-news-card');
    const areas = document.querySelector('cooperation-areas');
    await until(() => card.state === 'ready' && areas.state === 'ready', 'both ready');
    expect(text(card)).toContain('Iz Reacta');
    expect(loaded).toHaveBeenCalledWith('pcw-load');
    part(areas, 'area-toggle').click();
    expect(toggled).toHaveBeenCalledWith({ id: 'a', open: true });
    await act(async () => root.unmount());
  });

  it('bad data: a visible error and pcw-error, not an exception', async () => {
    const failed = vi.fn();
    const el = await place('city-news-card', (e) => {
      e.addEventListener('pcw-error', (ev) => failed(ev.detail.kind));
      e.setAttribute('data', '{ not json');
    });
    expect(el.state).toBe('error');
    expect(el.shadowRoot.querySelector('[role="alert"]').textContent).toContain('Podatkov ni bilo mogoče prikazati.');
    expect(failed).toHaveBeenCalledTimes(1);
  });
});
