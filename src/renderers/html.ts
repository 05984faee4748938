import type { Article } from '../article.js';
import type { Renderer } from '../renderer.js';
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

function article(a: Article): string {
  const lang = a.language ? ` lang="${e(a.language)}"` : '';
  const title = a.title ? `\n<h1>${e(a.title)}</h1>` : '';
  const header = title || byline(a) ? `\n<header>${title}${byline(a)}\n</header>` : '';
  // Note: a.html is escaped text, or markup the html reader put through its allow-list (src/html/sanitize.ts).
  return `<article${lang}>${header}${a.html ? `\n${a.html}` : ''}\n</article>`;
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

const renderer: Renderer = {
  id: 'html',
  description: 'A full HTML5 document with one <article> per article (--fragment: the <article> elements only).',
  extension: 'html',
  render(articles, options) {
    const body = articles.map(article).join('\n');
    if (options.fragment) return `${body}\n`;
    const lang = articles.length === 1 && articles[0]?.language ? ` lang="${e(articles[0].language)}"` : '';
    return `<!doctype html>\n<html${lang}>\n<head>\n${head(articles)}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
  },
};
export default renderer;
