import type { Renderer } from '../renderer.js';

const renderer: Renderer = {
  id: 'json',
  description: 'One JSON object for one article, an array for several.',
  extension: 'json',
  render(articles) {
    return `${JSON.stringify(articles.length === 1 ? articles[0] : articles, null, 2)}\n`;
  },
};
export default renderer;
