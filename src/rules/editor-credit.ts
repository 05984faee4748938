import { editorCredits, reportingCredits } from '../phrases/editor-credit.js';
import { family, wholeLine } from '../phrases/match.js';
import type { Rule } from '../rule.js';
import { endsLikeSentence, spaceSeparated, startsLower } from '../text/fold.js';

// A news site's staff credit at the edges of a story ("责任编辑：靖宇", "Edited by Jane Doe"): a
// label, then a name or two. Only a short line that is not a sentence goes: "Edited by hand, the
// photos kept their grain." and "Redaktion: Die Stadt plant neue Radwege." are the story's.
const CREDITS = family(editorCredits, String.raw`\s*(?<name>\S.*)`);
const MAX_LINE = 80;
// A contributors' credit (src/phrases/editor-credit.ts) may place its reporters ("… in London")
// and go on to the desk after a semicolon ("…; editing by John Roe."): its names are read up to there.
const REPORTING = family(reportingCredits, String.raw`\s*(?<name>\S.*)`);
const MAX_REPORTING_LINE = 160;
const MAX_REPORTERS_TOKENS = 10;
// Wire copy sets the credit off with a dash or brackets: "— With reporting by Jane Doe".
const SET_OFF = /^[\s\-\u2013\u2014*(]+|[\s)]+$/gu;

// Between the names only the little words of a credit ("Jane Doe in London and Tom Bell"): a
// lower-case word of any other kind makes it a sentence ("Mitarbeit: Die Stadt plant neue Radwege").
const LINKS = new Set(['in', 'and', 'from', 'at', 'with', 'y', 'e', 'et', 'und', 'en', 'i', 'em', 'a', 'à', 'aus', 'da', 'de', 'del', 'di', 'do', 'dos', 'van', 'von', 'der', 'den', 'la', 'le', 'w', 'из', 'в', 'и']);

const isReporters = (name: string): boolean => {
  const names = (name.split(';')[0] ?? '').replace(/\.$/u, '').trim();
  if (names === '' || spaceSeparated(names, MAX_REPORTERS_TOKENS + 1) > MAX_REPORTERS_TOKENS || /[.!?:]/u.test(names)) return false;
  return !startsLower(names) && names.split(/[\s,]+/u).every((w) => w === '' || !startsLower(w) || LINKS.has(w.toLowerCase()));
};
const MAX_NAME_TOKENS = 6;

const isNames = (name: string): boolean =>
  spaceSeparated(name, MAX_NAME_TOKENS + 1) <= MAX_NAME_TOKENS && !startsLower(name) && !endsLikeSentence(name) && !/,\s*\p{Ll}/u.test(name);

const rule: Rule = {
  id: 'editor-credit',
  description: 'Removes the editor, proofreader and contributing-reporter credits at the edges of a story ("责任编辑：靖宇", "Edited by Jane Doe", "Additional reporting by Jane Doe"), in many languages.',
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (line.text.length > MAX_REPORTING_LINE) continue;
      const hit =
        (line.text.length <= MAX_LINE ? wholeLine(CREDITS, line.folded, (h) => isNames(h.groups.name ?? '')) : null) ??
        wholeLine(REPORTING, line.folded.replace(SET_OFF, ''), (h) => isReporters(h.groups.name ?? ''));
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
