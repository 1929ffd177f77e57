// Importing this module defines <city-news-card>. The class alone, without the definition, is in
// ./city-news-card.component.ts (and in `partner-city-widgets/classes`).
import { CityNewsCard } from './city-news-card.component.js';

export { CityNewsCard };

CityNewsCard.define('city-news-card');

declare global {
  interface HTMLElementTagNameMap {
    'city-news-card': CityNewsCard;
  }
}
