// Importing this module defines <partnership-timeline>. The class alone, without the definition, is in
// ./partnership-timeline.component.ts (and in `partner-city-widgets/classes`).
import { displayAsBlock } from '../../internal/display-rule.js';
import { alreadyDefined } from '../../internal/logger.js';
import { PartnershipTimeline } from './partnership-timeline.component.js';

export { PartnershipTimeline };

displayAsBlock('partnership-timeline');
if (!customElements.get('partnership-timeline')) customElements.define('partnership-timeline', PartnershipTimeline);
else alreadyDefined('partnership-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'partnership-timeline': PartnershipTimeline;
  }
}
