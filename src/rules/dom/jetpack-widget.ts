import { attr } from '../../html/dom.js';
import { classMatch, elementRule } from './define.js';

// Jetpack: Sharing and Likes render in div.sharedaddy, Related Posts in
// #jp-relatedposts.jp-relatedposts, and some themes wrap them all in #jp-post-flair.
const IDS = new Set(['jp-relatedposts', 'jp-post-flair']);

export default elementRule({
  id: 'jetpack-widget',
  description: 'Removes the Jetpack share, like and related-posts blocks (div.sharedaddy, #jp-relatedposts, .jp-relatedposts).',
  wants: { attributes: ['class', 'id'] },
  matches: (el) => classMatch(el, ['sharedaddy', 'jp-relatedposts']) || IDS.has(attr(el, 'id') ?? ''),
});
