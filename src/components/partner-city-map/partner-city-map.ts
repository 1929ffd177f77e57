// Importing this module defines <partner-city-map>. The class alone, without the definition, is in
// ./partner-city-map.component.ts (and in `partner-city-widgets/classes`).
import { displayAsBlock } from '../../internal/display-rule.js';
import { alreadyDefined } from '../../internal/logger.js';
import { PartnerCityMap } from './partner-city-map.component.js';

export { PartnerCityMap };

displayAsBlock('partner-city-map');
if (!customElements.get('partner-city-map')) customElements.define('partner-city-map', PartnerCityMap);
else alreadyDefined('partner-city-map');

declare global {
  interface HTMLElementTagNameMap {
    'partner-city-map': PartnerCityMap;
  }
}
