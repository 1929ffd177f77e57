// Section "feed-parse" of npm run bench (#18): what parseFeed costs for 1,000 news items in each
// format, and for a feed at the item limit (5,000 RSS items, 4.4 MB). The same items (deterministic)
// are written as a JSON list of announcements, a JSON Feed, RSS 2.0 (content:encoded, media,
// categories) and Atom (html content, xml:base). Each page parses its feed text once, in the
// page, with src/model/feed bundled on its own (esbuild; the library's other code is not
// loaded); `rendered` is that parse, from the text to the Feed (performance.now() around the
// call). Variants interleave through run.mjs's compare().
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_SCRIPT, prng } from './pages.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const WORDS = [
  'partnerstvo',
  'mesto',
  'Ljubljana',
  'Moskva',
  'kultura',
  'delegacija',
  'sodelovanje',
  'župan',
  'razstava',
  'šola',
  'promet',
  'turizem',
];
const TAGS = ['Moskva', 'Dunaj', 'kultura', 'izobraževanje', 'turizem', 'šport', 'gospodarstvo'];
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `n` items: title, link, date, summary (~200 characters), HTML content (~`contentChars`), 2 tags,
 * an image; the links in the content relative (the worst case: every item's markup is parsed
 * and written again) or absolute (as WordPress writes them: none is).
 */
export function feedItems(n = 1000, contentChars = 1500, { absolute = false } = {}) {
  const site = absolute ? 'https://www.ljubljana.si' : '';
  const rand = prng(18);
  const words = (k) => Array.from({ length: k }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 10 * 365 * 86400) * 1000);
    const paragraphs = [];
    for (let len = 0; len < contentChars;) {
      const p = `<p>${words(12)} <a href="${site}/sl/novice/${i}/">${words(2)}</a> ${words(8)}.</p>`;
      paragraphs.push(p);
      len += p.length;
    }
    return {
      id: `novica-${i}`,
      title: `${words(5)} ${i}`,
      url: `/sl/novice/${i}/`,
      date,
      summary: words(25),
      html: `<p><img src="${site}/slike/${i}.jpg" alt="${words(3)}"></p>${paragraphs.join('')}`,
      tags: [TAGS[i % TAGS.length], TAGS[(i * 3 + 1) % TAGS.length]],
      image: `/slike/${i}.jpg`,
    };
  });
}

const rfc822 = (d) =>
  `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]}, ${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)} +0000`;

/** The same items in each format, as text. */
export function feedTexts(items) {
  const announcements = JSON.stringify(
    items.map((it) => ({
      id: it.id,
      lang: 'sl',
      title: it.title,
      url: it.url,
      published: it.date.toISOString().slice(0, 19) + 'Z',
      lead: it.summary,
      bodyHtml: it.html,
      tags: it.tags,
      image: { src: it.image, alt: '' },
    })),
  );
  const jsonFeed = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Novice',
    language: 'sl',
    items: items.map((it) => ({
      id: it.id,
      url: it.url,
      title: it.title,
      summary: it.summary,
      content_html: it.html,
      date_published: it.date.toISOString(),
      tags: it.tags,
      image: it.image,
    })),
  });
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Novice</title><link>https://www.ljubljana.si/sl/</link><language>sl</language>
${items
  .map(
    (it) =>
      `<item><title>${esc(it.title)}</title><link>${it.url}</link><guid isPermaLink="false">${it.id}</guid><pubDate>${rfc822(it.date)}</pubDate>${it.tags
        .map((t) => `<category>${esc(t)}</category>`)
        .join(
          '',
        )}<description>${esc(it.summary)}</description><content:encoded><![CDATA[${it.html}]]></content:encoded><media:content url="${it.image}" medium="image"/></item>`,
  )
  .join('\n')}
</channel></rss>`;
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sl" xml:base="https://www.ljubljana.si/"><title>Novice</title><id>tag:ljubljana.si,2019:novice</id><updated>2025-01-01T00:00:00Z</updated>
${items
  .map(
    (it) =>
      `<entry><title>${esc(it.title)}</title><id>${it.id}</id><link href="${it.url}"/><updated>${it.date.toISOString()}</updated>${it.tags
        .map((t) => `<category term="${esc(t)}"/>`)
        .join('')}<summary>${esc(it.summary)}</summary><content type="html">${esc(it.html)}</content></entry>`,
  )
  .join('\n')}
</feed>`;
  return { announcements, 'json-feed': jsonFeed, rss, atom };
}

const pageFor = (file) => `<!doctype html><html lang="sl"><head><meta charset="utf-8"><title>parseFeed ${file}</title>${BENCH_SCRIPT}
<script type="module">
const [{ parseFeed }, text] = await Promise.all([import('/pages/feed-model.js'), fetch('/pages/${file}').then((r) => r.text())]);
requestAnimationFrame(() => {
  const t0 = performance.now();
  const r = parseFeed(text, { base: location.href });
  const ms = performance.now() - t0;
  if (!r.ok) return __bench.fail(r.error.message);
  __bench.extra = { items: r.value.items.length, chars: text.length, warnings: r.warnings.length };
  __bench.rendered = ms;
  setTimeout(__bench.end, 0);
});
</script></head><body></body></html>`;

/** Runs the section with run.mjs's `write` (into its pages directory) and `compare`. */
export async function feedParseStep({ write, compare }) {
  const { build } = await import('esbuild');
  const model = await build({
    entryPoints: [join(ROOT, 'src/model/feed/index.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  write('feed-model.js', model.outputFiles[0].text);
  const texts = feedTexts(feedItems(1000));
  const big = feedTexts(feedItems(5000, 200)).rss;
  const absolute = feedTexts(feedItems(1000, 1500, { absolute: true })).rss;
  const variants = [];
  for (const [format, text] of Object.entries({ ...texts, 'rss-absolute': absolute, 'rss-5000': big })) {
    const file = `feed-${format}.txt`;
    write(file, text);
    write(`feed-parse-${format}.html`, pageFor(file));
    variants.push({ key: format, path: `/pages/feed-parse-${format}.html` });
  }
  const r = await compare(variants, { timeout: 60000 });
  return {
    what: 'parseFeed (src/model/feed, bundled alone) on 1,000 items — the same items as a JSON list of announcements, JSON Feed 1.1, RSS 2.0 (content:encoded, media:content, 2 categories) and Atom (html content, xml:base): ~1.5 KB of HTML content each, relative links; rss-absolute: the RSS with absolute links in the content, as WordPress writes them — and on 5,000 RSS items (4.4 MB, the item limit). time = the parse in the page, from the text to the Feed (ms); chars in extra',
    ...r,
  };
}
