import type { ParseOptions } from '../types.js';
import type { FeedParts } from './entries.js';

/** RSS and Atom (being written). */
export function readXml(_text: string, _options?: ParseOptions): FeedParts | string {
  return 'XML feeds are not read yet';
}
