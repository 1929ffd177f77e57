// Finds an installed Chrome or Chromium: $CHROME_PATH first, then the usual places. Nothing is downloaded.
import { existsSync } from 'node:fs';

export const CHROME_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const CHROME_MISSING =
  'No Chrome or Chromium found (looked at $CHROME_PATH, /usr/bin/chromium, google-chrome, chromium-browser): install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or install Google Chrome, or set CHROME_PATH.';

/** The path of an installed Chrome/Chromium, or undefined. */
export function findChrome() {
  return CHROME_CANDIDATES.find((p) => p && existsSync(p));
}

/** Flags for a quiet, offline headless Chromium (as root it needs --no-sandbox). */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Flags for measuring (the bench, Lighthouse): Chromium 156 otherwise loads its own WebUI pages
 * into every new window — the toolbar, and two omnibox popups (chrome://omnibox-popup.top-chrome/,
 * …/omnibox_popup_ai), each a renderer with its requests — which delays the page under test and
 * blurs every figure. Checked on Chromium 156.0.8078 (Debian): with these, a new page is the only
 * target (Target.getTargets); without them, two chrome:// targets stand beside it.
 */
export const MEASURE_ARGS = ['--disable-features=InitialWebUI,WebUIToolbar,WebUIOmniboxPopup,WebUIOmniboxAimPopup'];
