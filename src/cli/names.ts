import path from 'node:path';
import type { Article } from '../article.js';

// Windows refuses these as file names whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_SLUG = 80;

/**
 * A file name for an article in `-o <dir>`: a slug of the title, else the input's name, else
 * "article"; safe on every OS, never a path, and unique within the run (-2, -3 in input order).
 */
export async function namer(extension: string): Promise<(a: Article) => string> {
  const { default: slugify } = await import('@sindresorhus/slugify');
  const taken = new Set<string>();
  return (article) => {
    const stem = article.source.path ? path.basename(article.source.path).replace(/\.[^.]*$/, '') : '';
    let slug = slugify(article.title ?? '') || slugify(stem) || 'article';
    slug = slug.slice(0, MAX_SLUG).replace(/-+$/, '') || 'article';
    if (RESERVED.test(slug)) slug = `${slug}-article`;
    let name = `${slug}.${extension}`;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${slug}-${i}.${extension}`;
    taken.add(name.toLowerCase());
    return name;
  };
}
