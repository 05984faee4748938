import { furnitureRule } from './furniture.js';

export default furnitureRule({
  id: 'author-box',
  description: 'Whole pages: removes "About the author" boxes with the writer\'s photo, bio and links (Simple Author Box, Molongui, theme bio boxes).',
  family: 'authorBox',
});
