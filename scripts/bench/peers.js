// The HTML path's contestants, each turning the same whole page (a string) into Markdown, in
// process, as its README shows:
//   feedscrub:            scrub(page, { from: 'html' }), then render(article, 'md')
//   Readability+turndown: linkedom's parseHTML(page).document -> new Readability(document).parse()
//                         -> turndown(article.content); Readability wants a whole document (it reads
//                         <head> for the title and metadata), and jsdom needs Node 22, so linkedom
//                         is the DOM, as Readability's README allows any DOM
//   defuddle:             linkedom's document -> Defuddle(document, url, { markdown: true }) from
//                         defuddle/node, as its README's Node example; useAsync: false, so that a
//                         page it finds empty is never fetched from a third party
// turndown gets the options feedscrub's own Markdown uses, so the dialects match.
// Each contestant loads only its own modules: html.js times each in a process of its own, where a
// neighbour's heap and JIT state cannot slow it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const PEER_IDS = ['feedscrub', 'readability', 'defuddle'];

const TURNDOWN_OPTIONS = { headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' };
const urlOf = (page) => /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1] ?? 'https://example.org/';

/** feedscrub's contestant from the build in `dir` (this one, or an older build for `base`). */
async function feedscrubPeer(id, label, dir) {
  const { scrub, render } = await import(pathToFileURL(path.resolve(dir, 'dist/index.js')).href);
  return {
    id,
    label,
    async run(page) {
      const articles = scrub(page, { from: 'html' });
      return articles.length ? render(articles, 'md') : '';
    },
  };
}

/** One contestant by id: 'feedscrub', 'readability', 'defuddle', or 'base' (the build in `base`). */
export async function loadPeer(id, root, base = null) {
  if (id === 'feedscrub') return feedscrubPeer(id, 'feedscrub scrub() + render md', root);
  if (id === 'base') return feedscrubPeer(id, `the base build (${base})`, base);
  const { parseHTML } = await import('linkedom');
  if (id === 'readability') {
    const { Readability } = await import('@mozilla/readability');
    const { default: TurndownService } = await import('turndown');
    const turndown = new TurndownService(TURNDOWN_OPTIONS);
    return {
      id,
      label: 'Readability + turndown (linkedom)',
      async run(page) {
        const { document } = parseHTML(page);
        const article = new Readability(document).parse();
        return article?.content ? turndown.turndown(article.content) : '';
      },
    };
  }
  if (id === 'defuddle') {
    const { Defuddle } = await import('defuddle/node');
    return {
      id,
      label: 'defuddle (linkedom)',
      async run(page) {
        const { document } = parseHTML(page);
        const result = await Defuddle(document, urlOf(page), { markdown: true, useAsync: false });
        return result.content ?? '';
      },
    };
  }
  throw new Error(`no contestant ${id}`);
}

/** The contestants' ids in the order they are reported; 'base' last when an older build is timed. */
export function peerIds(base = null) {
  return base ? [...PEER_IDS, 'base'] : PEER_IDS;
}
