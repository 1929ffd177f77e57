// The HTML sanitisers of the CMSs city sites use, on the Node side of the CMS round-trip tests
// (DOMPurify runs in the browser test itself): sanitize-html, and WordPress's kses through
// `php test/cms/kses.php` (the real kses of Debian's `wordpress` package).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sanitizeHtml from 'sanitize-html';

/** Attributes every widget reads (PcwElement, PcwDataElement). */
const COMMON = [
  // Data: `src` (a URL), `json` (the JSON text under a name no sanitiser takes for a URL) and the
  // old `data` (kses takes it for a URL and cuts it; kept because it is documented).
  'src',
  'json',
  'data',
  'timeout',
  // `loading="lazy"`: a widget far down a long article waits until it is near the viewport.
  'loading',
  'debug',
  'theme',
  // The widgets' language and direction come from `lang` and `dir` (host.ts, lang-controller.ts):
  // an editor needs them on a page in another language.
  'lang',
  'dir',
  // The theming custom properties (`--pcw-color-accent: …`, the builder's accent colour) are
  // set on the element itself. kses filters the value (safecss_filter_attr(), which keeps custom
  // properties since WordPress 6.1); sanitizeHtmlAllow() lets through only `--pcw-*` ones.
  'style',
  // Not allowed: `id` and `class` (nothing in the widgets needs them; a site admin may add them
  // as for any other tag) and, above all, no `on*` event attributes.
];

/**
 * What a site admin allows so that the widgets' snippets survive the editor: each tag with its
 * documented attributes (`@property` attribute names of the components and their base classes).
 */
export const ALLOW_LIST = Object.freeze({
  'city-news-card': [
    ...COMMON,
    'heading-level',
    'variant',
    'expanded',
    'preview-paragraphs',
    'date-style',
    'structured-data',
    'tag-href',
    'downloadable',
  ],
  'cooperation-areas': [...COMMON, 'layout', 'open', 'searchable', 'heading-level', 'downloadable'],
  'partner-city-map': [...COMMON, 'projection', 'basemap', 'attribution', 'description', 'downloadable'],
  'city-news-feed': [...COMMON, 'layout', 'item-variant', 'page-size', 'limit', 'tag', 'heading-level'],
  'partnership-timeline': [...COMMON, 'layout', 'order', 'now', 'heading-level'],
});

/** Allowed besides the widgets: the snippets' fallback content uses `<time datetime>`. */
export const FALLBACK_ALLOW = Object.freeze({ time: ['datetime'] });

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

/** The widgets' `--pcw-*` custom properties, as their styles read them (`var(--pcw-…)`). */
export const CUSTOM_PROPERTIES = (() => {
  const names = new Set();
  for (const file of readdirSync(srcDir, { recursive: true })) {
    if (!String(file).endsWith('.ts')) continue;
    for (const m of readFileSync(join(srcDir, String(file)), 'utf8').matchAll(/var\(\s*(--pcw-[a-z0-9-]+)/g)) {
      names.add(m[1]);
    }
  }
  return [...names].sort();
})();

/** A custom property's value: anything but what could load or break out (`url(`, `;`, braces, tags). */
const SAFE_CSS_VALUE = /^(?!.*(?:url|image-set|image)\s*\()[^;{}<>\\]*$/i;

/** sanitize-html at its defaults (what a CMS that uses it does out of the box). */
export function sanitizeHtmlDefault(html) {
  return sanitizeHtml(html);
}

const allowOptions = (() => {
  const tags = { ...ALLOW_LIST, ...FALLBACK_ALLOW };
  const styles = Object.fromEntries(CUSTOM_PROPERTIES.map((name) => [name, [SAFE_CSS_VALUE]]));
  return {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, ...Object.keys(tags)],
    allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, ...tags },
    allowedStyles: Object.fromEntries(Object.keys(ALLOW_LIST).map((tag) => [tag, styles])),
  };
})();

/** sanitize-html with the widgets' tags and attributes allowed (and `<time datetime>`); nothing else loosened. */
export function sanitizeHtmlAllow(html) {
  return sanitizeHtml(html, allowOptions);
}

const ksesScript = fileURLToPath(new URL('./kses.php', import.meta.url));
const INSTALL = 'apt-get install -y php-cli wordpress';
let allowFile;

/** The allow-list for kses.php, written once into a temporary file (removed on exit). */
function ksesAllowFile() {
  if (!allowFile) {
    const dir = mkdtempSync(join(tmpdir(), 'pcw-kses-'));
    allowFile = join(dir, 'allow.json');
    writeFileSync(allowFile, JSON.stringify({ ...ALLOW_LIST, ...FALLBACK_ALLOW }));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return allowFile;
}

/**
 * WordPress's kses on post content saved by an Author, then the post display filters
 * (see kses.php). `profile`: `default` (kses as shipped) or `allow` (plus the widgets'
 * allow-list through the `wp_kses_allowed_html` filter). Resolves to the HTML.
 */
export function kses(html, profile = 'default') {
  if (profile !== 'default' && profile !== 'allow') {
    return Promise.reject(new Error(`kses: unknown profile "${profile}" (default or allow)`));
  }
  const wordpress = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
  if (!existsSync(join(wordpress, 'wp-includes', 'kses.php'))) {
    return Promise.reject(new Error(`kses: WordPress is not installed at ${wordpress} (Debian: ${INSTALL}; or set WORDPRESS_DIR)`));
  }
  const args = [ksesScript, `--profile=${profile}`];
  if (profile === 'allow') args.push(`--allow=${ksesAllowFile()}`);
  return new Promise((resolve, reject) => {
    const php = spawn('php', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    php.stdout.on('data', (c) => out.push(c));
    php.stderr.on('data', (c) => err.push(c));
    php.on('error', (e) =>
      reject(
        e.code === 'ENOENT'
          ? new Error(`kses: PHP is not installed (Debian: ${INSTALL})`)
          : new Error(`kses: cannot run php: ${e.message}`),
      ),
    );
    php.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`kses: php ${ksesScript} exited with ${code}${stderr ? `: ${stderr}` : ''}`));
    });
    php.stdin.on('error', () => {}); // php exited early: reported on close.
    php.stdin.end(html, 'utf8');
  });
}

/** The sanitisers by name, for `/test-api/sanitize?with=<name>`. Each returns the HTML or a promise of it. */
export const SANITIZERS = Object.freeze({
  'sanitize-html': sanitizeHtmlDefault,
  'sanitize-html-allow': sanitizeHtmlAllow,
  kses: (html) => kses(html, 'default'),
  'kses-allow': (html) => kses(html, 'allow'),
});
