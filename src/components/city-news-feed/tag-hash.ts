/*
 * The URL hash of <city-news-feed>'s chosen tag: `#tag=<tag>` (percent-encoded), read when the
 * page opens or the hash changes, written without a new history entry.
 */

/** The start of the hash (without `#`, decoded) that names a tag. */
const HASH_PREFIX = 'tag=';

/** The tag a decoded hash (without `#`) names, or undefined when it is not the feed's. */
export const tagOfHash = (id: string): string | undefined => (id.startsWith(HASH_PREFIX) ? id.slice(HASH_PREFIX.length).trim() : undefined);

/** Writes the chosen tag to the URL hash (or removes the feed's hash), without a new history entry. */
export function writeTagHash(tag: string): void {
  const current = location.hash.slice(1);
  let ours = current === '';
  try {
    ours ||= decodeURIComponent(current).startsWith(HASH_PREFIX);
  } catch {
    ours = false;
  }
  // Another widget's hash (an area's id) is left alone when the tag is cleared.
  if (!tag && !ours) return;
  const hash = tag ? `#${HASH_PREFIX}${encodeURIComponent(tag)}` : '';
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}
