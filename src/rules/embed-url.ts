import { lineRule } from './define.js';

// Feed-to-HTML converters leave an embed (a gist, a video, a tweet) as the bare address of its
// iframe: Medium's "medium.com/media/<id>/href", YouTube's /embed/ player, Vimeo's player. Alone
// on its line such an address shows nothing a reader can use; a link the author wrote is prose.
export default lineRule({
  id: 'embed-url',
  description: 'Removes bare embed addresses left alone on a line by feed converters (medium.com/media/<id>/href, YouTube /embed/, Vimeo player).',
  zone: 'anywhere',
  facts: { inArticle: true },
  // An address has no space inside, and folding keeps one wherever the text has one.
  cannotMatch: (text) => /\S\s+\S/.test(text),
  patterns: [
    /^<?https?:\/\/(?:www\.)?medium\.com\/media\/[0-9a-f]{16,64}(?:\/href)?\/?>?$/i,
    /^<?https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/[\w-]+(?:\?\S*)?>?$/i,
    /^<?https?:\/\/player\.vimeo\.com\/video\/\d+(?:\?\S*)?>?$/i,
  ],
});
