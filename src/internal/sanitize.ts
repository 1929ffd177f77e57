import DOMPurify from 'dompurify';

/** The small allowlist of rich text in `bodyHtml`: paragraphs, emphasis, lists, quotes and links. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'q',
  'cite',
  'abbr',
  'code',
  'span',
];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];

/**
 * Cleans untrusted HTML with DOMPurify and returns its top-level nodes, ready to render. Each
 * link's `href` goes through `link` (the library's URL policy and the data's base URL, passed
 * in so that this lazy module imports nothing of the rest): the URL it returns, or no `href`.
 */
export function sanitize(html: string, link: (href: string | null) => string | undefined): Node[] {
  currentLink = link;
  const fragment = purifier().sanitize(defuse(html), {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  return [...fragment.childNodes].filter((n) => n.nodeType !== Node.TEXT_NODE || /\S/.test(n.textContent ?? ''));
}

const TAG = /<[a-zA-Z][^\s/>]*/y;
const ATTRIBUTE = /([\s/]*)([^\s/>"'=][^\s/>"'=]*)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/y;

/**
 * Renames the `on…` attributes of every start tag (`onclick` → `data-pcw-on-click`) before the
 * HTML is parsed at all. The sanitiser removes them anyway and they never run; but the browser
 * checks an event-handler attribute against the page's Content-Security-Policy as it parses
 * one, in any document (DOMParser, template, inert), and sends a `script-src-attr` report to
 * the site's endpoint for every one: noise that hides real attacks.
 */
export function defuse(html: string): string {
  let out = '';
  let at = 0;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', at)) {
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      out += html.slice(at, lt + 1);
      at = lt + 1;
      continue;
    }
    out += html.slice(at, TAG.lastIndex);
    at = TAG.lastIndex;
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const attribute = at < html.length && html[at] !== '>' ? ATTRIBUTE.exec(html) : null;
      if (!attribute || !attribute[0]) break;
      const [, space, name, value = ''] = attribute;
      out += space + (/^on/i.test(name) ? `data-pcw-${name}` : name) + value;
      at = ATTRIBUTE.lastIndex;
    }
  }
  return out + html.slice(at);
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
