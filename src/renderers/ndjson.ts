import type { Renderer } from '../renderer.js';

const renderer: Renderer = {
  id: 'ndjson',
  description: 'One JSON object per line, one line per article, always.',
  extension: 'ndjson',
  render(articles) {
    return articles.map((a) => `${JSON.stringify(a)}\n`).join('');
  },
};
export default renderer;
