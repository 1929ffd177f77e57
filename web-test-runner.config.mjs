// @web/test-runner 0.20 in the system's headless Chromium (never a downloaded browser).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { minifyTemplatesWtr } from './scripts/minify-templates.mjs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, CHROME_MISSING, findChrome } from './scripts/find-chrome.mjs';
import { testApi } from './test/test-api.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_MISSING);
  process.exit(1);
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  middleware: [testApi],
  plugins: [minifyTemplatesWtr(), esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS.filter((a) => a !== '--headless') },
    }),
  ],
  // Lit's dev-mode banner is expected in tests; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Generous: on a busy 2-core machine a test waits on states and events, never on a clock.
  testFramework: { config: { timeout: 30000 } },
  // Failed assertions on DOM nodes read well and do not stall the runner (see the module).
  // (As the runner's default page, with a <head> for what the runner injects: no quirks mode.)
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/src/test-support/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
