import type { Article } from '../article.js';
import type { RenderOptions, Renderer } from '../renderer.js';
import { joined, slices } from './pieces.js';
import { bylineParts } from './byline.js';
import { escapeHtml as e } from '../util/html.js';

function byline(a: Article): string {
  const { author, site, date } = bylineParts(a);
  const parts = [
    author && `<span class="author">${e(author)}</span>`,
    site && `<span class="site">${e(site)}</span>`,
    date && a.published && `<time datetime="${e(a.published)}">${e(date)}</time>`,
  ].filter(Boolean);
  return parts.length ? `\n<p class="byline">${parts.join(' · ')}</p>` : '';
}

function* article(a: Article): Generator<string> {
  const lang = a.language ? ` lang="${e(a.language)}"` : '';
  const title = a.title ? `\n<h1>${e(a.title)}</h1>` : '';
  const header = title || byline(a) ? `\n<header>${title}${byline(a)}\n</header>` : '';
  yield `<article${lang}>${header}`;
  // Note: a.html is escaped text, or markup the html reader put through its allow-list (src/html/sanitize.ts).
  if (a.html) {
    yield '\n';
    yield* slices(a.html);
  }
  yield '\n</article>';
}

function head(articles: readonly Article[]): string {
  const first = articles[0];
  const meta = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(first?.title ?? 'Untitled')}</title>`,
    first?.author ? `<meta name="author" content="${e(first.author)}">` : '',
    first?.url && articles.length === 1 ? `<link rel="canonical" href="${e(first.url)}">` : '',
  ];
  return meta.filter(Boolean).join('\n');
}

function* html(articles: readonly Article[], options: RenderOptions): Generator<string> {
  if (!options.fragment) {
    const lang = articles.length === 1 && articles[0]?.language ? ` lang="${e(articles[0].language)}"` : '';
    yield `<!doctype html>\n<html${lang}>\n<head>\n${head(articles)}\n</head>\n<body>\n`;
  }
  for (const [i, a] of articles.entries()) {
    if (i > 0) yield '\n';
    yield* article(a);
  }
  yield options.fragment ? '\n' : '\n</body>\n</html>\n';
}

const renderer: Renderer = {
  id: 'html',
  description: 'A full HTML5 document with one <article> per article (--fragment: the <article> elements only).',
  extension: 'html',
  render(articles, options) {
    return joined(html(articles, options));
  },
  pieces: async (articles, options) => html(articles, options),
};
export default renderer;
