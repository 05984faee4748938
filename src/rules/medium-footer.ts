import { lineRule } from './define.js';

// Medium appends this paragraph to every item of a publication's feed (netflixtechblog.com/feed).
// The fixed clause after "on Medium" is what makes it safe: "was originally published in" alone
// is ordinary prose about books and papers. Feeds that strip the links lose the spaces around
// them ("…Solvers?was originally published inTDS Archiveon Medium, where…").
const FOOTER =
  /^.+?(?<=\S) ?was originally published in ?(.+?) ?on Medium, where people are continuing the conversation by highlighting and responding to this story\.?$/i;
/** What the footer's last word must be: a lazy scan from the line's start is tried only then. */
const LAST_WORD = /story\.?$/i;

export default lineRule({
  id: 'medium-footer',
  description: 'Removes the Medium feed footer "<Title> was originally published in <Pub> on Medium, ..." and keeps the publication as the site.',
  zone: 'tail',
  // Folding changes none of the last word's letters (a character reference aside): a line that
  // does not end in it is not folded, whatever its length.
  cannotMatch: (text) => {
    const end = text.trimEnd().slice(-16);
    return !end.includes('&') && !LAST_WORD.test(end);
  },
  patterns: [
    {
      exec: (text: string) => (LAST_WORD.test(text.slice(-6)) ? FOOTER.exec(text) : null),
    },
  ],
  meta: (m) => ({ site: m[1] ?? '' }),
  weight: 60,
});
