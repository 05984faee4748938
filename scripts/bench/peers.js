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
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadPeers(root, base = null) {
  const { scrub, render } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const { default: TurndownService } = await import('turndown');
  const { Defuddle } = await import('defuddle/node');
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  const urlOf = (page) => /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1] ?? 'https://example.org/';

  // An older build of feedscrub, timed in the same runs: the ratio to it is this build's speed-up.
  const older = base ? await import(pathToFileURL(path.resolve(base, 'dist/index.js')).href) : null;
  const peers = [
    {
      id: 'feedscrub',
      label: 'feedscrub scrub() + render md',
      async run(page) {
        const articles = scrub(page, { from: 'html' });
        return articles.length ? render(articles, 'md') : '';
      },
    },
    {
      id: 'readability',
      label: 'Readability + turndown (linkedom)',
      async run(page) {
        const { document } = parseHTML(page);
        const article = new Readability(document).parse();
        return article?.content ? turndown.turndown(article.content) : '';
      },
    },
    {
      id: 'defuddle',
      label: 'defuddle (linkedom)',
      async run(page) {
        const { document } = parseHTML(page);
        const result = await Defuddle(document, urlOf(page), { markdown: true, useAsync: false });
        return result.content ?? '';
      },
    },
  ];
  if (older) {
    peers.push({
      id: 'base',
      label: `the base build (${base})`,
      async run(page) {
        const articles = older.scrub(page, { from: 'html' });
        return articles.length ? older.render(articles, 'md') : '';
      },
    });
  }
  return peers;
}
