import DOMPurify from 'dompurify';
import { safeUrl } from '../data/parse.js';

/** The small allowlist of rich text in `bodyHtml`: paragraphs, emphasis, lists, quotes and links. */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'a', 'ul', 'ol', 'li', 'blockquote', 'q', 'cite', 'abbr', 'code', 'span'];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];

const purify = DOMPurify();
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node instanceof HTMLAnchorElement) {
    // Only the library's URL policy decides what becomes a link.
    const href = safeUrl(node.getAttribute('href'));
    if (href === undefined) node.removeAttribute('href');
    else node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Cleans untrusted HTML with DOMPurify and returns its top-level nodes, ready to render. */
export function sanitize(html: string): Node[] {
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  return [...fragment.childNodes].filter((n) => n.nodeType !== Node.TEXT_NODE || /\S/.test(n.textContent ?? ''));
}
