/** Test helpers shared by the element tests (not part of the package). */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { PcwDataElement } from '../base/pcw-data-element.js';

/** Any of the three widgets (state, data, src, theme, updateComplete). */
export type Widget = PcwDataElement & HTMLElement;

/** A widget seen only as an element with a state (one from another frame, say). */
type Stateful = HTMLElement & { state: string };

/** The data widgets' tags, in the order the tests go through them. */
export const TAGS = ['city-news-card', 'cooperation-areas', 'partner-city-map', 'city-news-feed', 'partnership-timeline'] as const;

/** The URL of the seed announcement (the demo's data). */
export const SEED_URL = '/demo/data/ljubljana-moskva-2019.json';

let counter = 0;
/** A key unique to this page load, for request counting on the test server. */
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${++counter}`;

/** How many requests the test server saw for `key`. */
export async function hits(key: string): Promise<number> {
  return (await (await fetch(`/test-api/hits?key=${encodeURIComponent(key)}`)).json()).hits;
}

/** The seed announcement (the demo's data), its image URLs made root-relative for pages outside demo/. */
export async function seed(): Promise<Record<string, unknown>> {
  const data = await (await fetch(SEED_URL)).json();
  for (const key of ['src', 'srcDark']) if (data.image[key]) data.image[key] = `/demo/data/${data.image[key]}`;
  return data;
}

/** Collects console warnings for the assertions of a test, keeping the console clean. */
export function captureWarnings() {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return { calls, restore: () => (console.warn = original) };
}

/** Captures console warnings around every test of the suite it is called in (root level: the file); `calls` are the running test's. */
export function captureWarningsPerTest(): { readonly calls: string[] } {
  let current: ReturnType<typeof captureWarnings> | undefined;
  beforeEach(() => (current = captureWarnings()));
  afterEach(() => current?.restore());
  return {
    get calls() {
      return current!.calls;
    },
  };
}

/** Collects uncaught errors and unhandled rejections of this window until `stop()`. */
export function listenUncaught(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The shadow root's visible text, whitespace folded. */
export const textOf = (node: ParentNode | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first element matching `selector` in the shadow root of `el` (null when there is none, or no element or shadow root yet). */
export const q = <T extends Element = HTMLElement>(el: Element | null | undefined, selector: string): T | null =>
  el?.shadowRoot?.querySelector<T>(selector) ?? null;

/** Every element matching `selector` in the shadow root of `el` (none without an element or shadow root). */
export const qa = <T extends Element = HTMLElement>(el: Element | null | undefined, selector: string): T[] => [
  ...(el?.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** The first shadow part of `el` named `name` (`[part~="name"]`), or null. */
export const part = <T extends Element = HTMLElement>(el: Element | null | undefined, name: string) => q<T>(el, `[part~="${name}"]`);

/** Every shadow part of `el` named `name`. */
export const parts = <T extends Element = HTMLElement>(el: Element | null | undefined, name: string) => qa<T>(el, `[part~="${name}"]`);

/** The text of the widget's title part, whitespace folded ('' without one). */
export const titleOf = (el: Element | null | undefined) => textOf(part(el, 'title'));

/** Waits until the widget's state is `ready` (its data shown). */
export const ready = (el: Stateful, timeout = 5000) =>
  waitUntil(() => el.state === 'ready', `<${el.localName}> never became ready`, { timeout });

/**
 * A data widget `tag` with `data` and `attrs`, in a Slovene wrapper styled `wrapperStyle` (a width,
 * say), once it is ready and updated: for the layout and presentation tests.
 */
export async function placed<E extends HTMLElement & Stateful & { updateComplete: Promise<boolean> }>(
  tag: string,
  data: unknown,
  attrs: Record<string, string> = {},
  wrapperStyle = '',
): Promise<{ el: E; wrapper: HTMLDivElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="sl" style=${wrapperStyle}></div>`);
  const el = document.createElement(tag) as E;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (el as unknown as { data: unknown }).data = data;
  wrapper.append(el);
  await ready(el, 10000);
  await el.updateComplete;
  return { el, wrapper };
}

/** Waits until the widget's state is `error`. */
export const failed = (el: Stateful, timeout = 5000) =>
  waitUntil(() => el.state === 'error', `<${el.localName}> never showed an error`, { timeout });

/** A colour as the browser computes it (a system colour such as `CanvasText` under the current emulation, say). */
export function colour(value: string): string {
  const probe = document.createElement('div');
  probe.style.color = value;
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

type MediaFeatures = Parameters<typeof emulateMedia>[0];
const MEDIA_DEFAULTS: MediaFeatures = { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' };

/** Runs `check` with the media features emulated, then emulates those features' defaults again (light, no-preference, none). */
export async function emulating(features: MediaFeatures, check: () => unknown) {
  try {
    await emulateMedia(features);
    await check();
  } finally {
    await emulateMedia(
      Object.fromEntries(Object.keys(features).map((k) => [k, MEDIA_DEFAULTS[k as keyof MediaFeatures]])) as MediaFeatures,
    );
  }
}

/**
 * Resolves once `win` has rendered `frames` animation frames and run a task after them: what a
 * page queued while it rendered (events, `securitypolicyviolation` reports, console messages of
 * a late update) has happened by then. A wait on the page's own frames, not on a clock.
 */
export const settled = (win: Window = window, frames = 2): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? win.setTimeout(resolve) : win.requestAnimationFrame(() => step(left - 1)));
    step(frames);
  });

/** Opens `url` in a new iframe on the page (optionally sandboxed or styled) and waits for its `load`. */
export async function openFrame(url: string, { sandbox, style }: { sandbox?: string; style?: string } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  if (style) frame.style.cssText = style;
  const loaded = new Promise((resolve, reject) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.addEventListener('error', reject, { once: true });
  });
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Opens `url` in a new iframe (a window and custom-element registry of its own) and returns its window once loaded. */
export const openWindow = async <W extends Window = Window>(url: string) => (await openFrame(url)).contentWindow as W;

/** The files under /dist/ that a window fetched, in order. */
export const distFiles = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((r) => new URL(r.name).pathname)
    .filter((p) => p.startsWith('/dist/'));

/** The HTML as the test server's sanitiser `name` leaves it (`/test-api/sanitize`: sanitize-html or WordPress's kses, as shipped or allowing the widgets). */
export async function sanitizeOnServer(name: string, html: string): Promise<string> {
  const res = await fetch(`/test-api/sanitize?with=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=utf-8' },
    body: html,
  });
  const answer = (await res.json()) as { html?: string; error?: string };
  if (!res.ok || typeof answer.html !== 'string') throw new Error(`${name}: ${res.status} ${answer.error}`);
  return answer.html;
}

/** Everything executable in `root`: scripts, `on*` attributes, `javascript:` URLs (read as a browser reads them: control characters and spaces ignored, any case). */
export function executable(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'script') found.push(`<script> ${el.outerHTML}`);
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) found.push(`${el.localName}[${name}]`);
      if (/^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${el.localName}[${name}=${value}]`);
    }
  }
  return found;
}
