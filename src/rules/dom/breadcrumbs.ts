import { attr } from '../../html/dom.js';
import { furnitureRule } from './furniture.js';

export default furnitureRule({
  id: 'breadcrumbs',
  description: 'Whole pages: removes breadcrumb trails ("Home > News > Politics") marked by class, aria-label or BreadcrumbList.',
  family: 'breadcrumbs',
  also: (el) => /breadcrumb/i.test(attr(el, 'aria-label') ?? '') || /BreadcrumbList$/.test(attr(el, 'itemtype') ?? ''),
});
