import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { captureWarningsPerTest, hits, TAGS } from '../src/test-support/helpers.js';

/*
 * Mounting and unmounting widgets many times leaves nothing behind: no live observers, no
 * window or document listeners, no pending requests. Counted through instrumented globals.
 */

const live = {
  observers: new Set<object>(),
  listeners: new Map<string, number>(),
  fetches: 0,
  timers: new Set<number>(),
  recorded: new Set<number>(),
};

/** Counts live observers of a kind: observing adds one, disconnecting removes it. */
function instrument(Observer: { prototype: { observe: (...a: never[]) => void; disconnect: () => void } }) {
  const proto = Observer.prototype;
  const { observe, disconnect } = proto;
  proto.observe = function (this: object, ...args: never[]) {
    live.observers.add(this);
    return observe.apply(this, args);
  };
  proto.disconnect = function (this: object) {
    live.observers.delete(this);
    return disconnect.apply(this);
  };
  return () => Object.assign(proto, { observe, disconnect });
}

const restore: (() => void)[] = [];
before(() => {
  restore.push(instrument(MutationObserver), instrument(ResizeObserver), instrument(IntersectionObserver));
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type: string, ...rest: unknown[]) {
      live.listeners.set(type, (live.listeners.get(type) ?? 0) + 1);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    };
    target.removeEventListener = function (type: string, ...rest: unknown[]) {
      live.listeners.set(type, (live.listeners.get(type) ?? 0) - 1);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    };
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  // Pending timers: set and neither fired nor cleared yet.
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = set(
      (...a: unknown[]) => {
        live.timers.delete(id);
        if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    live.timers.add(id);
    live.recorded.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.timers.delete(id);
    clear(id);
  }) as typeof clearTimeout;
  restore.push(() => Object.assign(window, { setTimeout: set, clearTimeout: clear }));
  const original = window.fetch;
  window.fetch = (...args: Parameters<typeof fetch>) => {
    live.fetches++;
    return original(...args).finally(() => live.fetches--);
  };
  restore.push(() => (window.fetch = original));
});
after(() => restore.forEach((r) => r()));

const warnings = captureWarningsPerTest();

const listenerCounts = () => JSON.stringify([...live.listeners].filter(([type]) => !type.startsWith('__')).sort());

describe('lifecycle', () => {
  for (const tag of TAGS) {
    it(`1,000 mount/unmount cycles of <${tag}> leave no observers, listeners, timers or requests`, async function () {
      this.timeout(60000);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      // Warm up: the shared request is cached after the first widget.
      const first = document.createElement(tag);
      first.src = '/demo/data/ljubljana-moskva-2019.json';
      wrapper.append(first);
      await waitUntil(() => first.state === 'ready', undefined, { timeout: 10000 });
      first.remove();
      await aTimeout(50);
      const observers = live.observers.size;
      const listeners = listenerCounts();
      live.recorded.clear();
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement(tag);
        // Every fourth one is removed with its own request still in flight.
        if (i % 4 === 3) el.src = `/test-api/announcement?delay=200&key=cycle-${tag}-${i}-${Date.now()}`;
        else if (i % 2) el.src = '/demo/data/ljubljana-moskva-2019.json';
        else
          el.setAttribute(
            'data',
            '{"title": "x", "areas": [{"title": "a", "items": ["b"]}], "cities": [{"id": "a", "name": "A", "lat": 1, "lon": 1}]}',
          );
        wrapper.append(el);
        await el.updateComplete;
        el.remove();
      }
      await aTimeout(50);
      expect(live.observers.size, 'live observers').to.equal(observers);
      expect(listenerCounts(), 'window/document listeners').to.equal(listeners);
      expect(live.fetches, 'pending requests').to.equal(0);
      // Timers set during the cycles (by the widgets, or by Lit for them) have all run or been cleared.
      expect(
        [...live.recorded].filter((id) => live.timers.has(id)),
        'pending timers',
      ).to.deep.equal([]);
    });
  }

  it('a removed widget stops its request, and a late answer changes nothing', async function () {
    this.timeout(120000);
    for (const tag of TAGS) {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag);
      const events: string[] = [];
      el.addEventListener('pcw-load', () => events.push('load'));
      el.addEventListener('pcw-error', () => events.push('error'));
      const key = `late-${tag}-${Date.now()}`;
      el.src = `/test-api/announcement?delay=300&key=${key}`;
      wrapper.append(el);
      await el.updateComplete;
      const skeleton = el.shadowRoot!.innerHTML;
      el.remove();
      await aTimeout(30);
      expect(live.fetches, 'request still pending after removal').to.equal(0);
      await aTimeout(500);
      expect(events).to.deep.equal([]);
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.innerHTML).to.equal(skeleton);
      expect(warnings.calls).to.deep.equal([]);
      // Put back, it loads again.
      wrapper.append(el);
      // Generous: on a busy machine the answer (300 ms on the server) can take many seconds.
      await waitUntil(() => el.state === 'ready', undefined, { timeout: 25000 }).catch(async () => {
        throw new Error(`${tag} did not load after being put back: ${el.state}, ${await hits(key)} requests`);
      });
    }
  });
});
