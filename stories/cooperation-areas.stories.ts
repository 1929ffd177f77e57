import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, commonArgTypes, commonBindings, SEED, type CommonArgs } from './common.js';
import '../src/components/cooperation-areas/cooperation-areas.js';

/** The story's arguments: the element's attributes by name, plus `dataObject` for the `data` property. */
interface AreasArgs extends CommonArgs {
  layout?: 'accordion' | 'list' | 'grid';
  open?: boolean;
  searchable?: boolean;
  'heading-level'?: number;
  onPcwAreaToggle?: (e: Event) => void;
}

function areas(args: AreasArgs) {
  return html`<cooperation-areas
    layout=${attr(args.layout, 'accordion')}
    ?open=${args.open}
    ?searchable=${args.searchable}
    heading-level=${attr(args['heading-level'], 2)}
    ${commonBindings(args)}
    @pcw-area-toggle=${args.onPcwAreaToggle}
  ></cooperation-areas>`;
}

/** Members of the manifest that are not args: read-only getters (no control). */
const manifestExtras: ArgTypes = {
  areas: { control: false },
};

const meta = {
  title: 'Components/cooperation-areas',
  component: 'cooperation-areas',
  tags: ['autodocs'],
  render: (args) => areas(args),
  args: {
    layout: 'accordion',
    open: false,
    searchable: false,
    'heading-level': 2,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['accordion', 'list', 'grid'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    ...commonArgTypes,
    ...manifestExtras,
  },
} satisfies Meta<AreasArgs>;

export default meta;
type Story = StoryObj<AreasArgs>;

/** The seven areas of the demo's JSON (`src`) as an accordion: each area opens and closes. */
export const Accordion: Story = { args: { src: SEED } };

/** `layout="list"`: every area open, no buttons. */
export const List: Story = { args: { src: SEED, layout: 'list' } };

/** `layout="grid"`: the areas as cards, in as many columns as fit. */
export const Grid: Story = { args: { src: SEED, layout: 'grid' } };

/** `searchable`: a search field that filters the areas and items and marks the matches. */
export const Searchable: Story = { args: { src: SEED, searchable: true } };

/** `open`: the accordion with every area open. */
export const Open: Story = { args: { src: SEED, open: true } };

/** An announcement without `areas` in the `data` attribute: the empty message (replaceable through the `empty` slot). */
export const Empty: Story = { args: { data: '{"title":"x"}' } };

/** `src` answers 404: a short alert in the widget's language, the details and a "Try again" button. */
export const Error: Story = { args: { src: 'data/missing.json' } };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { src: SEED, theme: 'dark' } };

/** `lang="en"` on the element: English titles, items and buttons. */
export const English: Story = { args: { src: SEED, lang: 'en' } };

/** `lang="ru"` on the element: Russian titles, items and plurals. */
export const Russian: Story = { args: { src: SEED, lang: 'ru' } };
