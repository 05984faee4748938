import type { AnyNode } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { elements, hasText, isElement, isText } from '../../html/dom.js';
import { contentRoot, isStructuredByline } from '../../html/page.js';

// A saved page is the article inside a site: the <head>, the masthead, menus, sidebars, comment
// forms and the footer. What the page marks as its article stays; everything around it goes, on
// record, so that the page's text is all accounted for. A marked-up byline goes too: the page
// metadata has read its author, site and date.
const rule: DomRule = {
  id: 'page-chrome',
  description: 'Whole pages: keeps the <article> (else <main>, the entry content or <body>) and removes the head, menus, sidebars, forms, footers and a marked-up byline.',
  meta: { pageOnly: true },
  apply(root, ctx) {
    if (!ctx.page) return;
    const { element, chrome } = contentRoot(root);
    const keep: AnyNode = element ?? root;
    for (let at = keep; at.parent && at !== root; at = at.parent) {
      for (const sibling of [...at.parent.children]) {
        if (sibling === at) continue;
        // The <head> goes piece by piece, so that its title is on record at its own line; its
        // <meta> and <link> elements have no text to record.
        if (isElement(sibling) && sibling.name === 'head') {
          for (const child of [...sibling.children]) if (hasText(child)) ctx.remove(child);
        } else if (isElement(sibling) || (isText(sibling) && sibling.data.trim() !== '')) ctx.remove(sibling);
      }
    }
    for (const el of elements(keep)) if (ctx.attached(el) && (chrome.includes(el.name) || isStructuredByline(el))) ctx.remove(el);
  },
};
export default rule;
