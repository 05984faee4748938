import type { Rule, RuleContext, LineRef } from '../rule.js';
import { readCredit } from '../metadata/credit/credit.js';
import { BYLINE_SENTENCE_OPENERS, BYLINE_SENTENCES, REPORTING_CREDITS, REPORTING_LINE_OPENERS, REPORTING_LINES } from '../metadata/credit/words.js';
import { takeCredit } from './tail-byline.js';

// Bylines written as sentences at the edges ("This is a blog post by Jane Doe.", "Dieser Beitrag
// wurde von Jana Roth verfasst.") and wire credits closing the story ("(Reporting by Jane Doe in
// Madrid; Editing by John Roe)"), alone on their line or glued to the last sentence. The sentence
// forms must be the whole line and name a person: "This post was written by hand." is prose.
const SENTENCES = Object.entries(BYLINE_SENTENCES).flatMap(([lang, list]) => list.map((re) => ({ lang, re })));
const JOIN = /\s*,\s*|\s+(?:and|y|e|et|und|en|i)\s+/iu;

function person(ctx: RuleContext, text: string): ReturnType<typeof readCredit> {
  const names = text.split(JOIN).map((n) => readCredit(n, { site: ctx.site }));
  if (names.length === 0 || names.some((c) => c?.kind !== 'person')) return null;
  return { kind: 'person', name: names.map((c) => c?.name ?? '').join(', ') };
}

function sentence(ctx: RuleContext, line: LineRef): boolean {
  const text = line.text.trim();
  if (!BYLINE_SENTENCE_OPENERS.test(text)) return false;
  for (const { lang, re } of SENTENCES) {
    const m = re.exec(text);
    const credit = m?.groups?.name ? person(ctx, m.groups.name) : null;
    if (!credit) continue;
    takeCredit(ctx, line, credit);
    if (m?.groups?.site) ctx.meta('site', m.groups.site.trim(), line, 20);
    ctx.note(`byline sentence (${lang})`, line);
    ctx.remove(line);
    return true;
  }
  return false;
}

function reporting(ctx: RuleContext, line: LineRef): boolean {
  // A credit is in brackets at the very end, or the last line, opening with its words.
  const bracketed = line.text.endsWith(')') || line.text.endsWith(').');
  const alone = line === ctx.all.at(-1) && REPORTING_LINE_OPENERS.test(line.text.trim());
  if (!bracketed && !alone) return false;
  for (const re of [...(bracketed ? REPORTING_CREDITS : []), ...(alone ? REPORTING_LINES : [])]) {
    // The line forms are anchored at its first visible character.
    const m = re.exec(REPORTING_CREDITS.includes(re) ? line.text : line.text.trim());
    const credit = m?.groups?.name ? person(ctx, m.groups.name) : null;
    if (!m || !credit) continue;
    takeCredit(ctx, line, credit);
    if (m.index === 0) ctx.remove(line);
    else ctx.cut(line, m.index);
    return true;
  }
  return false;
}

const rule: Rule = {
  id: 'credit-sentence',
  // Wire credits are read in the tail only, a reporting line only as the last line.
  meta: { extracts: ['author'], lineLocal: true, alsoReads: ['last', 'edge'] },
  description: 'Turns bylines written as sentences ("This is a blog post by Jane Doe.", "Ein Beitrag von Jana Roth") and wire credits ("(Reporting by X; Editing by Y)") into the author.',
  zone: 'edges',
  apply(ctx) {
    for (const line of ctx.lines) {
      if (line.text.length <= 300 && sentence(ctx, line)) continue;
      if (ctx.inTail(line.n)) reporting(ctx, line);
    }
  },
};
export default rule;
