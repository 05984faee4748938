import type { Article } from './article.js';

export interface RenderOptions {
  /** html: only the <article> element(s), not a whole document. */
  fragment?: boolean;
  /** md: YAML front matter (default) or a "# Title" heading and a byline line. */
  frontMatter?: boolean;
  /** json: an array even for one article, the one shape a script can rely on. */
  array?: boolean;
  /** md: the front matter key for a field (`published: 'date'`), over the input's and the default names. */
  keys?: Partial<Record<'title' | 'author' | 'published' | 'site' | 'url' | 'language' | 'tags', string>>;
}

/** An output format. Renders a set of articles to one string (an array, a stream, one document). */
export interface Renderer {
  id: string;
  description: string;
  /** File extension for `-o <dir>`, without the dot. */
  extension: string;
  render(articles: readonly Article[], options: RenderOptions): string | Promise<string>;
  /**
   * The text render() gives, in pieces as they are made: the command writes a big article out
   * this way instead of building it whole (and then its bytes) first.
   */
  pieces?(articles: readonly Article[], options: RenderOptions): Promise<Iterable<string>>;
}
