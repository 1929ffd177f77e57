import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, commonArgTypes, commonBindings, SEED, type CommonArgs } from './common.js';
import '../src/components/partnership-timeline/partnership-timeline.js';

/** The story's arguments: the element's attributes by name, plus `dataObject` for the `data` property. */
interface TimelineArgs extends CommonArgs {
  layout?: 'vertical' | 'horizontal';
  order?: 'oldest' | 'newest';
  now?: string;
  'heading-level'?: number;
  onPcwEntrySelect?: (e: Event) => void;
}

function timeline(args: TimelineArgs) {
  return html`<partnership-timeline
    layout=${attr(args.layout, 'vertical')}
    order=${attr(args.order, 'oldest')}
    now=${attr(args.now || undefined)}
    heading-level=${attr(args['heading-level'], 2)}
    ${commonBindings(args)}
    @pcw-entry-select=${args.onPcwEntrySelect}
  ></partnership-timeline>`;
}

/** Members of the manifest that are not args: read-only getters (no control). */
const manifestExtras: ArgTypes = {
  entries: { control: false },
};

const meta = {
  title: 'Components/partnership-timeline',
  component: 'partnership-timeline',
  tags: ['autodocs'],
  render: (args) => timeline(args),
  args: {
    layout: 'vertical',
    order: 'oldest',
    now: '2020-02-01',
    'heading-level': 2,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    order: { control: 'inline-radio', options: ['oldest', 'newest'] },
    now: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    ...commonArgTypes,
    ...manifestExtras,
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * The demo's JSON (`src`): the protocol of 2000, the programme signed on 10 September 2019 for
 * 2019–2021 (with the two events of that day), the Days of Ljubljana in Moscow in May 2020. With
 * `now` on 1 February 2020 the Days are upcoming: they offer a calendar file (.ics).
 */
export const Vertical: Story = { args: { src: SEED } };

/** `layout="horizontal"`: the years side by side on an axis that scrolls (Tab to it, then ← →); periods drawn as bars. */
export const Horizontal: Story = { args: { src: SEED, layout: 'horizontal' } };

/** `order="newest"`: the newest entry first, the today marker mirrored. */
export const Newest: Story = { args: { src: SEED, order: 'newest' } };

/** Without `now`: today's date, so every entry of the seed is past and no calendar file is offered. */
export const Today: Story = { args: { src: SEED, now: '' } };

/** An announcement without agreements or events in the `data` attribute: the empty message (replaceable through the `empty` slot). */
export const Empty: Story = { args: { data: '{"title":"x"}' } };

/** `src` answers 404: a short alert in the widget's language, the details and a "Try again" button. */
export const Error: Story = { args: { src: 'data/missing.json' } };

/** `theme="dark"` on a dark page, horizontal. */
export const Dark: Story = { args: { src: SEED, theme: 'dark', layout: 'horizontal' } };

/** `lang="en"` on the element: English titles, dates and labels. */
export const English: Story = { args: { src: SEED, lang: 'en' } };

/** `lang="ru"` on the element: Russian titles, dates ("май 2020 г.") and labels. */
export const Russian: Story = { args: { src: SEED, lang: 'ru' } };
