// Importing this module defines <partner-city-map>. The class alone, without the definition, is in
// ./partner-city-map.component.ts (and in `partner-city-widgets/classes`).
import { PartnerCityMap } from './partner-city-map.component.js';

export { PartnerCityMap };

PartnerCityMap.define('partner-city-map');

declare global {
  interface HTMLElementTagNameMap {
    'partner-city-map': PartnerCityMap;
  }
}
