import type { Renderer } from '../renderer.js';

const renderer: Renderer = {
  id: 'text',
  description: 'The title, a blank line, then the clean body.',
  extension: 'txt',
  render(articles) {
    return articles.map((a) => `${[a.title, a.text].filter((s) => s).join('\n\n')}\n`).join('\n');
  },
};
export default renderer;
