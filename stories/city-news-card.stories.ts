import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { attr, commonArgTypes, commonBindings, SEED, type CommonArgs } from './common.js';
import '../src/components/city-news-card/city-news-card.js';

/** The story's arguments: the element's attributes by name, plus `dataObject` for the `data` property. */
interface CardArgs extends CommonArgs {
  'heading-level'?: number;
  variant?: 'full' | 'compact';
  expanded?: boolean;
  'preview-paragraphs'?: number;
  'date-style'?: 'numeric' | 'long';
  'structured-data'?: boolean;
  'tag-href'?: string;
  onPcwTagSelect?: (e: Event) => void;
  onPcwToggle?: (e: Event) => void;
}

const LOADING = 'data/__loading__.json';

function card(args: CardArgs, content: TemplateResult | typeof nothing = nothing) {
  return html`<city-news-card
    heading-level=${attr(args['heading-level'], 2)}
    variant=${attr(args.variant, 'full')}
    ?expanded=${args.expanded}
    preview-paragraphs=${attr(args['preview-paragraphs'], 2)}
    date-style=${attr(args['date-style'], 'numeric')}
    ?structured-data=${args['structured-data']}
    tag-href=${attr(args['tag-href'])}
    ${commonBindings(args)}
    @pcw-tag-select=${args.onPcwTagSelect}
    @pcw-toggle=${args.onPcwToggle}
    >${content}</city-news-card
  >`;
}

const hangingUrls = new Set<string>();

/**
 * Makes `fetch` of one URL hang for good, so that the Loading story shows the real loading state.
 * Other URLs go to the real `fetch`.
 */
function hangFetchOf(path: string) {
  if (!hangingUrls.size) {
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const requested = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return hangingUrls.has(new URL(requested, document.baseURI).href) ? new Promise<Response>(() => {}) : realFetch(input, init);
    };
  }
  hangingUrls.add(new URL(path, document.baseURI).href);
}

const richText = {
  lang: 'sl',
  published: '2024-05-20',
  title: { sl: 'Dnevi Ljubljane v Moskvi', en: 'Days of Ljubljana in Moscow' },
  lead: {
    sl: 'Program predstavitve mesta je objavljen.',
    en: 'The programme of the city presentation is out.',
  },
  bodyHtml: {
    sl:
      '<p>Ljubljana se bo predstavila s <strong>koncerti</strong>, <em>razstavo</em> in kulinariko.</p>' +
      '<ul><li>razstava o arhitektu Jožetu Plečniku</li><li>koncert Simfoničnega orkestra RTV Slovenija</li></ul>' +
      '<p>Podrobnosti so na <a href="https://www.ljubljana.si/">spletni strani mesta</a>.</p>' +
      '<script>alert("removed by DOMPurify")</script>',
    en:
      '<p>Ljubljana presents itself with <strong>concerts</strong>, an <em>exhibition</em> and its cuisine.</p>' +
      '<ul><li>an exhibition on the architect Jože Plečnik</li><li>a concert of the RTV Slovenia Symphony Orchestra</li></ul>' +
      '<p>Details are on <a href="https://www.ljubljana.si/">the city website</a>.</p>' +
      '<script>alert("removed by DOMPurify")</script>',
  },
};

const withProblems = {
  lang: 'sl',
  published: '2019-09-11',
  title: 'Nadaljujemo dobro sodelovanje z Moskvo',
  lead: 'Podpisan je Program sodelovanja za obdobje 2019–2021.',
  tags: ['moskva', 42, ''],
};

/** Members of the manifest that are not args: read-only getters (no control) and analyzer noise (not listed). */
const manifestExtras: ArgTypes = {
  announcement: { control: false },
};

const meta = {
  title: 'Components/city-news-card',
  component: 'city-news-card',
  tags: ['autodocs'],
  render: (args) => card(args),
  args: {
    'heading-level': 2,
    variant: 'full',
    expanded: false,
    'preview-paragraphs': 2,
    'date-style': 'numeric',
  },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'date-style': { control: 'inline-radio', options: ['numeric', 'long'] },
    ...commonArgTypes,
    ...manifestExtras,
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** The announcement loaded from `src` (the demo's JSON): image, date, title, lead, collapsed body and tags. */
export const Ready: Story = { args: { src: SEED } };

/** While `src` is loading: the skeleton (the request of this story never answers). */
export const Loading: Story = {
  args: { src: LOADING },
  loaders: [async () => hangFetchOf(LOADING)],
};

/** `src` answers 404: a short alert in the widget's language, the details and a "Try again" button. */
export const Error: Story = { args: { src: 'data/missing.json' } };

/** An empty object in the `data` attribute: the empty message (replaceable through the `empty` slot). */
export const Empty: Story = { args: { data: '{}' } };

/** `variant="compact"`: only the date, the title and the lead, for lists and sidebars. */
export const Compact: Story = { args: { src: SEED, variant: 'compact' } };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { src: SEED, theme: 'dark' } };

/** `lang="en"` on the element: English texts of the announcement, English dates and buttons. */
export const English: Story = { args: { src: SEED, lang: 'en' } };

/** `lang="ru"` on the element: Russian texts, dates and plurals. */
export const Russian: Story = { args: { src: SEED, lang: 'ru' } };

/** The data inline, in a child `<script type="application/json">`: no request at all. */
export const InlineData: Story = {
  name: 'Inline data',
  render: (args) =>
    card(
      args,
      html`<script type="application/json">
        {
          "lang": "sl",
          "published": "2024-03-15",
          "title": { "sl": "Ljubljana in Moskva: 24 let prijateljstva", "en": "Ljubljana and Moscow: 24 years of friendship", "ru": "Любляна и Москва: 24 года дружбы" },
          "lead": { "sl": "Mesti sta protokol o prijateljstvu podpisali leta 2000.", "en": "The two cities signed the Protocol on Friendship in 2000.", "ru": "Города подписали Протокол о дружбе в 2000 году." },
          "tags": ["partnerstvo"]
        }
      </script>`,
    ),
};

/** A `bodyHtml` body set through the `data` property, sanitised with DOMPurify (the `<script>` in it is dropped). */
export const RichText: Story = { name: 'Rich text', args: { dataObject: richText, 'preview-paragraphs': 3 } };

/** `debug` lists what was left out of the data (here two invalid tags) for the editor setting the widget up. */
export const Debug: Story = { args: { dataObject: withProblems, debug: true } };
