/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview, type WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, GlobalTypes } from 'storybook/internal/types';
import { html } from 'lit';

interface Manifest {
  modules?: { declarations?: { tagName?: string; slots?: { name: string; description?: string }[] }[] }[];
}

// custom-elements.json is generated (`npm run analyze`, which the storybook scripts run first) and
// not committed; a glob rather than an import keeps `tsc` working on a fresh clone without it.
const manifest = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' })['../custom-elements.json'];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('[storybook] custom-elements.json is missing: run `npm run analyze` for controls and the props table.');

const NO_CONTROL = ['slots', 'events', 'css shadow parts', 'css custom properties'];

/**
 * Tidies the props table built from the manifest. Storybook keys it by name, so slots named like
 * a CSS part (`error`, `empty`) are hidden behind it and the default slot is dropped: list every
 * slot under its own key. Slots, events, parts and custom properties get no (meaningless) control.
 */
const tidyArgTypes: ArgTypesEnhancer<WebComponentsRenderer> = ({ component, argTypes }) => {
  const declaration = manifest?.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName && d.tagName === component);
  const slots = (declaration?.slots ?? []).map((slot) => [
    `slot ${slot.name || '(default)'}`,
    { name: slot.name || '(default)', description: slot.description, table: { category: 'slots' } },
  ]);
  const all = { ...argTypes, ...Object.fromEntries(slots) };
  return Object.fromEntries(
    Object.entries(all).map(([key, argType]) => [
      key,
      NO_CONTROL.includes(argType.table?.category ?? '') ? { ...argType, control: { disable: true } } : argType,
    ]),
  );
};

const DARK = { background: '#0d1117', color: '#e6ebf0' };

/**
 * The page around the widget: the toolbar's language as `lang` of a wrapper (the widget reads the
 * nearest `lang`), and the toolbar's theme as the widget's `theme` arg unless the story sets one.
 * A dark theme gets a dark page behind it.
 */
const withPage: Decorator = (story, { args, globals, viewMode }) => {
  const theme = args.theme ?? (globals.theme === 'dark' ? 'dark' : undefined);
  const dark = theme === 'dark';
  const style = [
    'box-sizing: border-box',
    'padding: 1rem',
    `min-height: ${viewMode === 'docs' ? 'auto' : '100vh'}`,
    `background: ${dark ? DARK.background : 'transparent'}`,
    `color: ${dark ? DARK.color : 'inherit'}`,
    `color-scheme: ${dark ? 'dark' : 'light'}`,
  ].join('; ');
  return html`<div class="pcw-story-page" lang=${globals.lang || 'sl'} style=${style}>
    ${story(theme !== args.theme ? { args: { ...args, theme } } : undefined)}
  </div>`;
};

type ToolbarConfig = NonNullable<GlobalTypes[string]['toolbar']>;

/** A global set from a menu in the toolbar, which shows the chosen item's title. */
const toolbarMenu = (
  description: string,
  title: string,
  icon: ToolbarConfig['icon'],
  items: ToolbarConfig['items'],
): GlobalTypes[string] => ({
  description,
  toolbar: { title, icon, items, dynamicTitle: true },
});

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPage],
  argTypesEnhancers: [tidyArgTypes],
  globalTypes: {
    lang: toolbarMenu('Language of the page around the widget (its `lang`)', 'Language', 'globe', [
      { value: 'sl', right: 'sl', title: 'Slovenščina' },
      { value: 'en', right: 'en', title: 'English' },
      { value: 'ru', right: 'ru', title: 'Русский' },
    ]),
    theme: toolbarMenu('Colour scheme of the widget (`theme`), unless the story sets one', 'Theme', 'mirror', [
      { value: 'light', icon: 'sun', title: 'Light' },
      { value: 'dark', icon: 'moon', title: 'Dark' },
    ]),
  },
  initialGlobals: { lang: 'sl', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // The a11y panel runs axe on every story; `test: 'error'` marks violations as failures.
    // The gate in CI is `npm run test:storybook`, which runs axe on every built story.
    a11y: { test: 'error' },
    // The code shown is the embed itself, without the page the decorator puts around it.
    docs: { source: { excludeDecorators: true } },
  },
};

export default preview;
