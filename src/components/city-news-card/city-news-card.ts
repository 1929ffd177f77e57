// Importing this module defines <city-news-card>. The class alone, without the definition, is in
// ./city-news-card.component.ts (and in `partner-city-widgets/classes`).
import { displayAsBlock } from '../../internal/display-rule.js';
import { alreadyDefined } from '../../internal/logger.js';
import { CityNewsCard } from './city-news-card.component.js';

export { CityNewsCard };

displayAsBlock('city-news-card');
if (!customElements.get('city-news-card')) customElements.define('city-news-card', CityNewsCard);
else alreadyDefined('city-news-card');

declare global {
  interface HTMLElementTagNameMap {
    'city-news-card': CityNewsCard;
  }
}
