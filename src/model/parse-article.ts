import type { Article, Image, ParseOptions, Result } from './types.js';
import {
  altText,
  date,
  fail,
  id,
  LIMITS,
  list,
  object,
  optional,
  required,
  run,
  text,
  url,
  type Context,
  type Json,
  type Reader,
} from './read.js';

/*
 * The card's parser: the article fields of an announcement, with the readers of read.ts. A
 * module of its own, so that a page with only the card does not load the other widgets' parsers.
 */

const size: Reader<number> = (_, value, path) =>
  Number.isInteger(value) && (value as number) > 0 ? (value as number) : fail(path, 'must be a positive whole number');

const image: Reader<Image> = (ctx, value, path) => {
  const o = object(value, path);
  return {
    src: required(ctx, o, 'src', path, url),
    srcDark: optional(ctx, o, 'srcDark', path, url),
    alt: optional(ctx, o, 'alt', path, altText) ?? { [ctx.lang]: '' },
    width: optional(ctx, o, 'width', path, size),
    height: optional(ctx, o, 'height', path, size),
  };
};

/** The article fields of an announcement: what `<city-news-card>` shows. */
export function readArticle(ctx: Context, o: Json): Article {
  return {
    id: optional(ctx, o, 'id', '', id),
    lang: ctx.lang === 'und' ? undefined : ctx.lang,
    published: optional(ctx, o, 'published', '', date),
    title: required(ctx, o, 'title', '', text),
    lead: optional(ctx, o, 'lead', '', text),
    body: list(ctx, o, 'body', '', text),
    bodyHtml: optional(ctx, o, 'bodyHtml', '', (c, v, p) => {
      const value = text(c, v, p);
      const long = Object.values(value).some((t) => t.length > LIMITS.bodyHtml);
      return long ? fail(p, `is longer than ${LIMITS.bodyHtml} characters`) : value;
    }),
    url: optional(ctx, o, 'url', '', url),
    image: optional(ctx, o, 'image', '', image),
    tags: list(ctx, o, 'tags', '', text),
  };
}

/** Parses the article part of an announcement (the card's view); the partnership fields are not read. */
export function parseArticle(json: unknown, options?: ParseOptions): Result<Article> {
  return run(json, options, readArticle);
}
