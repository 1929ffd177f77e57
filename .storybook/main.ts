import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook 10, written by hand (`storybook init` does not work with our versions: see TOOLCHAIN.md). */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The demo's data, so that stories load it like a CMS page would: `src="data/…json"`.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true },
};

export default config;
