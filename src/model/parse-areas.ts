import type { Area, AreaItem, ParseOptions, Result } from './types.js';
import { id, isObject, LIMITS, list, object, optional, required, run, text, url, type Context, type Reader } from './read.js';

/*
 * The parser of `<cooperation-areas>`, with the readers of read.ts. A module of its own, so
 * that a page without the areas widget does not load it.
 */

const areaItem: Reader<AreaItem> = /* @__PURE__ */ Object.assign(
  (ctx: Context, value: unknown, path: string) =>
    isObject(value) && value.title !== undefined
      ? {
          title: required(ctx, value, 'title', path, text),
          description: optional(ctx, value, 'description', path, text),
          url: optional(ctx, value, 'url', path, url),
        }
      : { title: text(ctx, value, path) },
  {
    // An item that is a plain text, read without its path.
    quick: (ctx: Context, value: unknown) => {
      const title = text.quick!(ctx, value);
      return title && { title };
    },
  },
);

export const area: Reader<Area> = (ctx, value, path) => {
  const o = object(value, path);
  const title = required(ctx, o, 'title', path, text);
  return {
    id: optional(ctx, o, 'id', path, id) ?? slug(Object.values(title)[0]),
    title,
    items: list(ctx, o, 'items', path, areaItem),
    description: optional(ctx, o, 'description', path, text),
    icon: optional(ctx, o, 'icon', path, id),
  };
};

/** `"Socialna zaščita"` → `"socialna-zascita"` (letters of any script are kept). */
export function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'area'
  );
}

/** The areas of cooperation, from an announcement (its `areas`) or a bare array of areas. */
export interface AreaList {
  /** The announcement's id (none for a bare array): names the areas' "Get the data" file. */
  readonly id?: string;
  /** Language of the plain-string texts (from the announcement). */
  readonly lang?: string;
  readonly areas: readonly Area[];
}

/**
 * Parses the areas of cooperation: an announcement (only `areas` is read) or a bare array of
 * areas. Ids are made unique (`culture`, `culture-2`) so that each can be a URL hash.
 */
/** An area list with no areas: the widget shows its empty message. */
export const hasNoAreas = (model: AreaList): boolean => !model.areas.length;

export function parseAreas(json: unknown, options?: ParseOptions): Result<AreaList> {
  const bare = Array.isArray(json);
  return run(bare ? { '': json } : json, options, (ctx, o) => {
    const seen = new Set<string>();
    // The next number to try per id: a thousand areas with one title stay linear.
    const next = new Map<string, number>();
    const areas = list(ctx, o, bare ? '' : 'areas', '', area, LIMITS.areas).map((a) => {
      let unique = a.id;
      if (seen.has(unique)) {
        let n = next.get(a.id) ?? 2;
        do unique = `${a.id}-${n++}`;
        while (seen.has(unique));
        next.set(a.id, n);
      }
      seen.add(unique);
      return unique === a.id ? a : { ...a, id: unique };
    });
    const own = bare ? undefined : optional(ctx, o, 'id', '', id);
    return { ...(own && { id: own }), lang: ctx.lang === 'und' ? undefined : ctx.lang, areas };
  });
}
