import DOMPurify from 'dompurify';

/** The small allowlist of rich text in `bodyHtml`: paragraphs, emphasis, lists, quotes and links. */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'a', 'ul', 'ol', 'li', 'blockquote', 'q', 'cite', 'abbr', 'code', 'span'];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];

/**
 * Cleans untrusted HTML with DOMPurify and returns its top-level nodes, ready to render. Each
 * link's `href` goes through `link` (the library's URL policy and the data's base URL, passed
 * in so that this lazy module imports nothing of the rest): the URL it returns, or no `href`.
 */
export function sanitize(html: string, link: (href: string | null) => string | undefined): Node[] {
  currentLink = link;
  const fragment = purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  return [...fragment.childNodes].filter((n) => n.nodeType !== Node.TEXT_NODE || /\S/.test(n.textContent ?? ''));
}

let currentLink: (href: string | null) => string | undefined = () => undefined;
let instance: ReturnType<typeof DOMPurify> | undefined;

/**
 * One DOMPurify for the page, made on first use: each instance creates a Trusted Types policy
 * named `dompurify`, and a page that lists its policies without `'allow-duplicates'` refuses a
 * second one (every rich body after the first would fail).
 */
function purifier(): ReturnType<typeof DOMPurify> {
  if (instance) return instance;
  const purify = DOMPurify();
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement) {
      const href = currentLink(node.getAttribute('href'));
      if (href === undefined) node.removeAttribute('href');
      else {
        node.setAttribute('href', href);
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
  });
  return (instance = purify);
}
