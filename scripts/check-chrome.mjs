// `npm test` starts here: one clear line, and exit 1, when there is no browser to test in.
import { CHROME_MISSING, findChrome } from './find-chrome.mjs';

if (!findChrome()) {
  console.error(CHROME_MISSING);
  process.exit(1);
}
