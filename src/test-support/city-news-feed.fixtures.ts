/** Fixtures of the <city-news-feed> tests (src/components/city-news-feed/*.test.ts). */

/**
 * Four announcements besides the seed, given out of date order (the feed sorts them): Slovene
 * and English items, tags with diacritics, one undated item and one without a link.
 */
export const others = [
  {
    id: 'zascita-2021',
    lang: 'sl',
    published: '2021-03-02',
    title: 'Socialna zaščita v partnerskih mestih',
    lead: 'Strokovnjaki so si izmenjali izkušnje.',
    url: 'https://example.org/zascita',
    tags: ['sociala', 'moskva'],
  },
  {
    id: 'sister-cities-2023',
    lang: 'en',
    published: '2023-06-15',
    title: 'Sister cities meet in Parma',
    lead: 'Mayors of the network met for two days.',
    url: 'https://example.org/parma',
    tags: ['network', 'Kultura'],
  },
  {
    id: 'kultura-2020',
    lang: 'sl',
    published: '2020-05-20',
    title: 'Dnevi Ljubljane v Moskvi',
    lead: 'Teden slovenske kulture.',
    tags: ['kultura', 'moskva'],
  },
  {
    id: 'undated',
    lang: 'en',
    title: 'An undated note',
    lead: 'No date given.',
    tags: [],
  },
];

/** `n` valid announcements, newest first by construction: item 0 is the newest. */
export function many(n: number, tags: (i: number) => string[] = (i) => [i % 2 ? 'odd' : 'even']) {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: `item-${i}`,
    lang: 'en',
    published: new Date(start - i * 86_400_000).toISOString().slice(0, 10),
    title: `Announcement ${i}`,
    lead: `Lead of announcement ${i}.`,
    url: `https://example.org/news/${i}`,
    tags: tags(i),
  }));
}

/** A small RSS 2.0 feed, as a page would inline it. */
export const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Ljubljana – partnerstva</title>
    <link>https://example.org/</link>
    <language>sl</language>
    <item>
      <title>Starejša novica</title>
      <link>https://example.org/a</link>
      <pubDate>Mon, 02 Mar 2020 10:00:00 +0100</pubDate>
      <category>moskva</category>
    </item>
    <item>
      <title>Novejša novica</title>
      <link>https://example.org/b</link>
      <pubDate>Tue, 02 Mar 2021 10:00:00 +0100</pubDate>
      <category>zagreb</category>
    </item>
  </channel>
</rss>`;

/** A small Atom 1.0 feed. */
export const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Partnership news</title>
  <id>urn:example:feed</id>
  <updated>2022-01-01T00:00:00Z</updated>
  <entry>
    <title>Atom entry one</title>
    <id>urn:example:1</id>
    <link href="https://example.org/atom/1"/>
    <updated>2022-01-01T00:00:00Z</updated>
    <summary>The first entry.</summary>
  </entry>
</feed>`;
