/**
 * What only markup and `check` need: the HTML stage, the DOM rules and the checks. Everything else
 * reaches it through load.ts, so that the command can keep it out of the code a text dump starts
 * with (scripts/build.js makes it dist/page.cjs).
 */
export { htmlDocument } from '../html/doc.js';
export { domRules } from '../rules/dom/index.js';
export { checkRules } from '../check/rules/index.js';
