import { furnitureRule } from './furniture.js';

export default furnitureRule({
  id: 'related-posts',
  description: 'Whole pages: removes related-post and "more stories" lists (YARPP, Jetpack, Taboola, Outbrain, most-read boxes) named by their class or id.',
  family: 'related',
});
