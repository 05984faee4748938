import { attr } from '../../html/dom.js';
import { furnitureRule } from './furniture.js';

export default furnitureRule({
  id: 'comment-section',
  description: 'Whole pages: removes comment lists, comment forms and comment widgets (WordPress, Disqus, Facebook) after the article.',
  family: 'comments',
  also: (el) => /(?:^|\/)(?:Comment|UserComments)$/.test(attr(el, 'itemtype') ?? ''),
});
