import { lineRule } from './define.js';

// Medium appends this paragraph to every item of a publication's feed (netflixtechblog.com/feed).
// The fixed clause after "on Medium" is what makes it safe: "was originally published in" alone
// is ordinary prose about books and papers. Feeds that strip the links lose the spaces around
// them ("…Solvers?was originally published inTDS Archiveon Medium, where…").
export default lineRule({
  id: 'medium-footer',
  description: 'Removes the Medium feed footer "<Title> was originally published in <Pub> on Medium, ..." and keeps the publication as the site.',
  zone: 'tail',
  patterns: [
    /^.+?(?<=\S) ?was originally published in ?(.+?) ?on Medium, where people are continuing the conversation by highlighting and responding to this story\.?$/i,
  ],
  meta: (m) => ({ site: m[1] ?? '' }),
  weight: 60,
});
