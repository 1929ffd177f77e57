import type { ArgTypes } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The seed announcement (the demo's JSON, served at data/ by .storybook/main.ts); its `cities` are Ljubljana (home) and Moscow. */
export const SEED = 'data/ljubljana-moskva-2019.json';

/** The args every widget's stories share: the global attributes, the data sources and the common events. */
export interface CommonArgs {
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  src?: string;
  data?: string;
  timeout?: number;
  debug?: boolean;
  dataObject?: unknown;
  onPcwLoad?: (e: Event) => void;
  onPcwError?: (e: Event) => void;
}

/** The arg types every widget's stories share: theme, language and the data sources. */
export const commonArgTypes: ArgTypes = {
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  lang: {
    name: 'lang',
    description: "The widget's language (a global HTML attribute); without it, the nearest `lang` around it (the toolbar's).",
    control: 'inline-radio',
    options: ['sl', 'en', 'ru'],
    table: { category: 'attributes', type: { summary: 'string' } },
  },
  src: { control: 'text' },
  data: { control: 'text' },
  dataObject: {
    name: 'dataObject',
    description: 'Story helper: an object set as the `data` property (`.data=${…}`), the highest-precedence source.',
    control: 'object',
    table: { category: 'properties', type: { summary: 'unknown' } },
  },
  state: { control: false },
};

/** The value, or undefined when it is the element's default (`fallback`). */
const unlessDefault = <T>(value: T | undefined, fallback?: T) => (value === fallback ? undefined : value);

/** An attribute only when it differs from the element's default, so the shown source stays a minimal embed. */
export const attr = <T>(value: T | undefined, fallback?: T) => ifDefined(unlessDefault(value, fallback));

/**
 * The bindings every widget's story has after its own attributes, as the template would write
 * them: `theme`, `lang`, `src`, `data`, `timeout` (attributes only when not the default),
 * `?debug`, `.data=${args.dataObject}`, `@pcw-load` and `@pcw-error`. Each is set as Lit sets
 * such a binding, in this order and only when its value changed, so the shown source is the
 * same minimal embed: `<city-news-card variant=… ${commonBindings(args)} @pcw-toggle=…>`.
 */
class CommonBindings extends Directive {
  /** The value last set, by binding (`name`, `?name`, `.name`, `@name`). */
  private readonly committed = new Map<string, unknown>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('commonBindings() goes on an element: <tag ${commonBindings(args)}>');
  }

  render(_args: CommonArgs) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [CommonArgs]) {
    const el = part.element as HTMLElement & { data?: unknown };
    const attributes = { theme: args.theme, lang: args.lang, src: args.src, data: args.data, timeout: unlessDefault(args.timeout, 15000) };
    for (const [name, value] of Object.entries(attributes)) {
      if (!this.changed(name, value)) continue;
      if (value == null) el.removeAttribute(name);
      else el.setAttribute(name, String(value));
    }
    if (this.changed('?debug', !!args.debug)) el.toggleAttribute('debug', !!args.debug);
    if (this.changed('.data', args.dataObject)) el.data = args.dataObject;
    for (const [type, listener] of [
      ['pcw-load', args.onPcwLoad],
      ['pcw-error', args.onPcwError],
    ] as const) {
      const previous = this.committed.get(`@${type}`) as EventListener | undefined;
      if (!this.changed(`@${type}`, listener)) continue;
      if (previous) el.removeEventListener(type, previous);
      if (listener) el.addEventListener(type, listener);
    }
    return nothing;
  }

  /** Whether `value` differs from what was last set for `key` (always true the first time); remembers it. */
  private changed(key: string, value: unknown) {
    if (this.committed.has(key) && this.committed.get(key) === value) return false;
    this.committed.set(key, value);
    return true;
  }
}

export const commonBindings = directive(CommonBindings);
