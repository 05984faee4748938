import { foldedStart } from '../text/fold-start.js';
import { lineRule } from './define.js';

const OPENING = /^(?:article url|comments url|points|# comments|rss feed|# ?source|post views|trackback url)/i;

// Metadata lines that feed services and archivers write into the item text, in fixed English forms
// whatever the article's language: hnrss's "Article URL:", "Comments URL:", "Points:" and
// "# Comments:", an archive's "RSS feed: <url>" and "# Source: <name>, URL: <url>, language: <xx>",
// the Post Views Counter's "Post Views: 3,520", Movable Type's trackback lines. Each carries a URL
// or a number, never prose.
export default lineRule({
  id: 'feed-meta',
  description: 'Removes feed-service and archive metadata lines (hnrss "Comments URL:"/"Points:", "RSS feed: <url>", "Post Views: N", trackback URLs).',
  zone: 'edges',
  // A long line (a whole body, maybe) is only folded at its start, where every pattern opens.
  cannotMatch: (text) => text.length > 4096 && !OPENING.test(foldedStart(text)),
  patterns: [
    /^(?:article|comments) url: ?https?:\/\/\S+$/i,
    /^points: ?\d+$/i,
    /^# comments: ?\d+$/i,
    /^rss feed: ?https?:\/\/\S+$/i,
    /^# ?source: .{1,120}, url: ?\S+, language: ?[a-z]{2,3}(?:-[a-z]{2,4})?$/i,
    /^post views: ?\d[\d,.\s]*$/i,
    /^trackback url for this (?:entry|post):? ?(?:https?:\/\/\S+)?$/i,
  ],
});
