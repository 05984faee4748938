import * as page from './index.js';

/**
 * The page module (./index.ts). Here, and in the library and the tests, a plain import; in the
 * command, scripts/build.js puts the page module into a bundle of its own, dist/page.cjs, and
 * replaces this file with one that requires that bundle on the first call: a text dump's run
 * neither reads, compiles nor evaluates the HTML stage, the DOM rules and the checks.
 */
export function loadPage(): typeof page {
  return page;
}
