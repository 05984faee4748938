import { classMatch, elementRule } from './define.js';

// Social Warfare: the button panels are .swp_social_panel and .swp-*
// wrappers. Its click-to-tweet box holds a real quotation, so only the box's "Click To Tweet"
// button (.sw-ctt-btn) goes, and the quotation stays.
export default elementRule({
  id: 'social-warfare',
  description: 'Removes Social Warfare share panels (.swp_social_panel, .swp-*) and the "Click To Tweet" button, keeping the quoted text.',
  wants: { attributes: ['class'] },
  matches: (el) => classMatch(el, ['sw-ctt-btn'], ['swp_social_panel', 'swp-']),
});
