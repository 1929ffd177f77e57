import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, commonArgTypes, commonBindings, type CommonArgs } from './common.js';
import '../src/components/city-news-feed/city-news-feed.js';

/** The demo's sample feed (an RSS 2.0 file: the seed article among made-up items, marked as sample data). */
const SAMPLE_FEED = 'data/sample-news.xml';

/** The story's arguments: the element's attributes by name, plus `dataObject` for the `data` property. */
interface FeedArgs extends CommonArgs {
  layout?: 'list' | 'grid' | 'compact';
  'item-variant'?: 'compact' | 'full';
  'page-size'?: number;
  limit?: number;
  tag?: string;
  'heading-level'?: number;
  onPcwTagSelect?: (e: Event) => void;
  onPcwFeedMore?: (e: Event) => void;
}

function feed(args: FeedArgs) {
  return html`<city-news-feed
    layout=${attr(args.layout, 'list')}
    item-variant=${attr(args['item-variant'], 'compact')}
    page-size=${attr(args['page-size'], 10)}
    limit=${attr(args.limit, 0)}
    tag=${attr(args.tag)}
    heading-level=${attr(args['heading-level'], 2)}
    ${commonBindings(args)}
    @pcw-tag-select=${args.onPcwTagSelect}
    @pcw-feed-more=${args.onPcwFeedMore}
  ></city-news-feed>`;
}

/** Members of the manifest that are not args: read-only getters (no control). */
const manifestExtras: ArgTypes = {
  items: { control: false },
};

const meta = {
  title: 'Components/city-news-feed',
  component: 'city-news-feed',
  tags: ['autodocs'],
  render: (args) => feed(args),
  args: {
    layout: 'list',
    'item-variant': 'compact',
    'page-size': 10,
    limit: 0,
    'heading-level': 2,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    'item-variant': { control: 'inline-radio', options: ['compact', 'full'] },
    'page-size': { control: { type: 'number', min: 1, max: 100, step: 1 } },
    limit: { control: { type: 'number', min: 0, max: 1000, step: 1 } },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    ...commonArgTypes,
    ...manifestExtras,
  },
} satisfies Meta<FeedArgs>;

export default meta;
type Story = StoryObj<FeedArgs>;

/** The demo's sample RSS feed (sample data: the seed article among made-up items), four to a page, with tag buttons, search and "Load more". */
export const List: Story = { args: { src: SAMPLE_FEED, 'page-size': 4 } };

/** `layout="grid"` with full cards. */
export const Grid: Story = { args: { src: SAMPLE_FEED, layout: 'grid', 'item-variant': 'full' } };

/** `layout="compact"` and `limit="3"`: dated headlines, no controls (a sidebar). */
export const Sidebar: Story = { args: { src: SAMPLE_FEED, layout: 'compact', limit: 3 } };

/** `tag="moskva"`: only the items with that tag at first; the reader can change it. */
export const Tagged: Story = { args: { src: SAMPLE_FEED, tag: 'moskva' } };

/** An empty list in the `data` attribute: the empty message (replaceable through the `empty` slot). */
export const Empty: Story = { args: { data: '[]' } };

/** `src` answers 404: a short alert in the widget's language, the details and a "Try again" button. */
export const Error: Story = { args: { src: 'data/missing.xml' } };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { src: SAMPLE_FEED, theme: 'dark' } };

/** `lang="en"` on the element: the controls in English, the items in their own language. */
export const English: Story = { args: { src: SAMPLE_FEED, lang: 'en' } };

/** `lang="ru"` on the element: the controls in Russian. */
export const Russian: Story = { args: { src: SAMPLE_FEED, lang: 'ru' } };
