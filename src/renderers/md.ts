import matter from 'gray-matter';
import { META_FIELDS, type Article } from '../article.js';
import type { Renderer } from '../renderer.js';
import { bylineParts } from '../util/byline.js';
import { escapeMarkdown } from '../util/markdown-escape.js';

function body(a: Article): string {
  return a.text
    .split('\n\n')
    .filter(Boolean)
    .map(escapeMarkdown)
    .join('\n\n');
}

function withFrontMatter(a: Article): string {
  const data = Object.fromEntries(META_FIELDS.flatMap((f) => (a[f] === null ? [] : [[f, a[f]]])));
  const text = body(a);
  if (Object.keys(data).length === 0) return text ? `${text}\n` : '';
  // js-yaml (through gray-matter) quotes whatever YAML would otherwise read as another type or
  // syntax; lineWidth -1 keeps long titles on one line instead of folding them.
  return matter.stringify(text ? `\n${text}\n` : '', data, { lineWidth: -1 } as matter.GrayMatterOption<string, never>);
}

function withHeading(a: Article): string {
  const { author, site, date } = bylineParts(a);
  const byline = [author ? `By ${author}` : null, site, date].filter(Boolean).join(' · ');
  const parts = [a.title ? `# ${escapeMarkdown(a.title)}` : '', byline ? escapeMarkdown(byline) : '', body(a)];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

const renderer: Renderer = {
  id: 'md',
  description: 'Markdown with YAML front matter (--no-front-matter: a "# Title" heading and a byline line).',
  extension: 'md',
  render(articles, options) {
    const one = options.frontMatter === false ? withHeading : withFrontMatter;
    return articles.map(one).join('\n');
  },
};
export default renderer;
