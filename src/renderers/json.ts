import type { Renderer } from '../renderer.js';

const renderer: Renderer = {
  id: 'json',
  description: 'One JSON object for one article, an array for several (--array: always an array).',
  extension: 'json',
  render(articles, options) {
    return `${JSON.stringify(articles.length === 1 && !options.array ? articles[0] : articles, null, 2)}\n`;
  },
};
export default renderer;
