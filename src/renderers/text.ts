import type { Article } from '../article.js';
import type { Renderer } from '../renderer.js';
import { joined, slices } from './pieces.js';

function* text(articles: readonly Article[]): Generator<string> {
  for (const [i, a] of articles.entries()) {
    if (i > 0) yield '\n';
    if (a.title) yield a.title;
    if (a.title && a.text) yield '\n\n';
    yield* slices(a.text);
    yield '\n';
  }
}

const renderer: Renderer = {
  id: 'text',
  description: 'The title, a blank line, then the clean body.',
  extension: 'txt',
  render(articles) {
    return joined(text(articles));
  },
  pieces: async (articles) => text(articles),
};
export default renderer;
