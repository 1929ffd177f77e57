// Importing this module defines <city-news-feed> (and the <city-news-card> it shows its items
// with). The class alone, without the definition, is in ./city-news-feed.component.ts (and in
// `partner-city-widgets/classes`).
import '../city-news-card/city-news-card.js';
import { displayAsBlock } from '../../internal/display-rule.js';
import { alreadyDefined } from '../../internal/logger.js';
import { CityNewsFeed } from './city-news-feed.component.js';

export { CityNewsFeed };

displayAsBlock('city-news-feed');
if (!customElements.get('city-news-feed')) customElements.define('city-news-feed', CityNewsFeed);
else alreadyDefined('city-news-feed');

declare global {
  interface HTMLElementTagNameMap {
    'city-news-feed': CityNewsFeed;
  }
}
