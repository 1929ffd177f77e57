import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { attr, commonArgTypes, commonBindings, SEED, type CommonArgs } from './common.js';
import '../src/components/partner-city-map/partner-city-map.js';

/** The story's arguments: the element's attributes by name, plus `dataObject` for the `data` property. */
interface MapArgs extends CommonArgs {
  projection?: 'auto' | 'conic' | 'natural-earth';
  basemap?: string;
  onPcwCitySelect?: (e: Event) => void;
}

/** SAMPLE data (made up for the demo, not an official list): Ljubljana and 24 partner-like cities. */
const SAMPLE = 'data/sample-network.json';
/** A tiny hand-made GeoJSON: one rectangle per country (`properties.iso_a2`), a schematic Europe. */
const BASEMAP = 'data/custom-basemap.json';

function map(args: MapArgs) {
  return html`<partner-city-map
    projection=${attr(args.projection, 'auto')}
    basemap=${attr(args.basemap)}
    ${commonBindings(args)}
    @pcw-city-select=${args.onPcwCitySelect}
  ></partner-city-map>`;
}

/** Members of the manifest that are not args: read-only getters (no control) and analyzer noise (not listed). */
const manifestExtras: ArgTypes = {
  cities: { control: false },
  dataText: { table: { disable: true } },
};

const meta = {
  title: 'Components/partner-city-map',
  component: 'partner-city-map',
  tags: ['autodocs'],
  render: (args) => map(args),
  args: {
    projection: 'auto',
  },
  argTypes: {
    projection: { control: 'inline-radio', options: ['auto', 'conic', 'natural-earth'] },
    basemap: { control: 'text' },
    ...commonArgTypes,
    ...manifestExtras,
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/** The two cities of the announcement (`src`, its `cities`): Ljubljana, the home city, and Moscow, with the arc between them. */
export const TwoCities: Story = { name: 'Two cities', args: { src: SEED } };

/**
 * **Sample data**, not an official list of partner cities: Ljubljana and 24 partner-like cities
 * across Europe and the world (`data/sample-network.json`, years made up), to show a larger
 * network: a global projection, many arcs, labels that never overlap and the countries tinted.
 */
export const Network: Story = { name: 'Network (sample data)', args: { src: SAMPLE } };

/**
 * `basemap` replaces the built-in Natural Earth shapes with another TopoJSON or GeoJSON; the
 * country of each feature comes from `properties.iso_a2` (or `code`, `ISO_A2`, the feature's
 * `id`). Here a tiny hand-made GeoJSON: one rectangle per country, a schematic Europe.
 */
export const CustomBasemap: Story = { name: 'Custom basemap', args: { src: SEED, basemap: BASEMAP } };

/**
 * The cities as a table: "Show as list" (`[part~=list-toggle]`), a disclosure button for every
 * reader, opens it; its rows are rendered then (`PartnerCityMap.listRows = 'always'` renders
 * them, hidden, without a click). This story clicks it.
 */
export const ListView: Story = {
  name: 'List view',
  args: { src: SAMPLE },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('partner-city-map')!;
    const toggle = await waitFor(
      () => {
        const button = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="list-toggle"]');
        if (!button) throw new globalThis.Error('the map is not ready yet');
        return button;
      },
      { timeout: 10000 },
    );
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    await el.updateComplete;
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await expect(el.shadowRoot!.querySelector('[part~="list"]')?.classList.contains('visually-hidden')).toBe(false);
  },
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { src: SAMPLE, theme: 'dark' } };

/** `lang="en"` on the element: English city and country names, tooltip, buttons and list. */
export const English: Story = { args: { src: SAMPLE, lang: 'en' } };

/** `lang="ru"` on the element: Russian city and country names, tooltip, buttons and list. */
export const Russian: Story = { args: { src: SAMPLE, lang: 'ru' } };

/** `lang="sl"` on the element: Slovene names (Dunaj, Praga, Budimpešta …) whatever the page's language. */
export const Slovene: Story = { args: { src: SAMPLE, lang: 'sl' } };

/** `src` answers 404: a short alert in the widget's language, the details and a "Try again" button. */
export const Error: Story = { args: { src: 'data/missing.json' } };
