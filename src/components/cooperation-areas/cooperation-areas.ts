// Importing this module defines <cooperation-areas>. The class alone, without the definition, is in
// ./cooperation-areas.component.ts (and in `partner-city-widgets/classes`).
import { CooperationAreas } from './cooperation-areas.component.js';

export { CooperationAreas };

CooperationAreas.define('cooperation-areas');

declare global {
  interface HTMLElementTagNameMap {
    'cooperation-areas': CooperationAreas;
  }
}
