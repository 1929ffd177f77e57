// Importing this module defines <cooperation-areas>. The class alone, without the definition, is in
// ./cooperation-areas.component.ts (and in `partner-city-widgets/classes`).
import { displayAsBlock } from '../../internal/display-rule.js';
import { alreadyDefined } from '../../internal/logger.js';
import { CooperationAreas } from './cooperation-areas.component.js';

export { CooperationAreas };

displayAsBlock('cooperation-areas');
if (!customElements.get('cooperation-areas')) customElements.define('cooperation-areas', CooperationAreas);
else alreadyDefined('cooperation-areas');

declare global {
  interface HTMLElementTagNameMap {
    'cooperation-areas': CooperationAreas;
  }
}
