import type { ArgTypes } from '@storybook/web-components-vite';

/** The args every widget's stories share: the global attributes, the data sources and the common events. */
export interface CommonArgs {
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  src?: string;
  data?: string;
  timeout?: number;
  debug?: boolean;
  dataObject?: unknown;
  onPcwLoad?: (e: Event) => void;
  onPcwError?: (e: Event) => void;
}

/** The arg types every widget's stories share: theme, language and the data sources. */
export const commonArgTypes: ArgTypes = {
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  lang: {
    name: 'lang',
    description: "The widget's language (a global HTML attribute); without it, the nearest `lang` around it (the toolbar's).",
    control: 'inline-radio',
    options: ['sl', 'en', 'ru'],
    table: { category: 'attributes', type: { summary: 'string' } },
  },
  src: { control: 'text' },
  data: { control: 'text' },
  dataObject: {
    name: 'dataObject',
    description: 'Story helper: an object set as the `data` property (`.data=${…}`), the highest-precedence source.',
    control: 'object',
    table: { category: 'properties', type: { summary: 'unknown' } },
  },
  state: { control: false },
};
