import { contributedCredits, editorCredits, reportingCredits } from '../phrases/editor-credit.js';
import { family, wholeLine } from '../phrases/match.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { endsLikeSentence, spaceSeparated, startsLower } from '../text/fold.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const COMMA_LOWER = /,\s*\p{Ll}/u;

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

// Where the desk's part of a wire credit starts after the reporters: "; editing by …", ", redigiert
// von …", ", version française …", ", in redazione …".
const DESK = /[;；]|,\s*(?:redigiert|geschrieben|bearbeitet|édité|edité|version française|editado|edición|editing|edited|writing|in redazione|redazione|edição|editado|редактировал|редактировала)(?!\p{L})/iu;

const isReporters = (name: string): boolean => {
  const names = (name.split(DESK)[0] ?? '').replace(/\.$/u, '').trim();
  if (names === '' || spaceSeparated(names, MAX_REPORTERS_TOKENS + 1) > MAX_REPORTERS_TOKENS || /[.!?:]/u.test(names)) return false;
  return !startsLower(names) && names.split(/[\s,]+/u).every((w) => w === '' || !startsLower(w) || LINKS.has(w.toLowerCase()));
};
const MAX_NAME_TOKENS = 6;

const isNames = (name: string): boolean =>
  spaceSeparated(name, MAX_NAME_TOKENS + 1) <= MAX_NAME_TOKENS && !startsLower(name) && !endsLikeSentence(name) && !COMMA_LOWER.test(name);

// "Associated Press writer Jane Doe in London contributed to this report." (src/phrases/editor-credit.ts),
// and the rule of underscores the AP sets above it.
const CONTRIBUTED = family(contributedCredits, String.raw`\s*[.!]?`);
const MAX_CONTRIBUTORS_WORDS = 16;
const CONTRIBUTED_WORD = /contribu|beigetragen|mitgearbeitet|colabor/iu;
const RULE_LINE = /^[_\-–—*=~·•]{3,}$/u;
// Reuters' German desk note, which names its newsroom addresses.
const REUTERS_DESK = /^\(?(?:Reporter|Bericht|Berichterstattung|Redigiert|Geschrieben)\b.{0,400}(?:newsroom@thomsonreuters\.com|Bei Rückfragen wenden Sie sich)/iu;
// A Chinese paper's credit in brackets: "（记者 张三；编辑 李四）".
const ZH_CREDIT = /^[（(](?:记者|報導|报道|記者|文|采写)[\s：:]*[^\s；;（）()]{1,12}(?:[；;，,\s]+(?:编辑|編輯|责编|責編|校对|通讯员|實習生|实习生)[\s：:]*[^\s；;（）()]{1,12})*[）)]$/u;

function contributed(ctx: RuleContext, line: LineRef): string | null {
  if (line.text.length > MAX_REPORTING_LINE * 2 || !CONTRIBUTED_WORD.test(line.text)) return null;
  const hit = wholeLine(CONTRIBUTED, line.text.replace(SET_OFF, ''), (h) => {
    const x = (h.groups.x ?? '').trim();
    return x !== '' && !startsLower(x) && spaceSeparated(x, MAX_CONTRIBUTORS_WORDS + 1) <= MAX_CONTRIBUTORS_WORDS && !/[.!?]/u.test(x.replace(/\b[A-Z]\./gu, ''));
  });
  if (!hit) return null;
  const above = ctx.all[ctx.all.indexOf(line) - 1];
  if (above && RULE_LINE.test(above.text.trim())) ctx.remove(above);
  return hit.lang;
}

const rule: Rule = {
  id: 'editor-credit',
  description: 'Removes the editor, proofreader and contributing-reporter credits at the edges of a story ("责任编辑：靖宇", "Edited by Jane Doe", "Additional reporting by Jane Doe"), in many languages.',
  zone: 'edges',
  apply(ctx) {
    for (const line of ctx.lines) {
      const lang = contributed(ctx, line);
      if (lang) {
        ctx.remove(line, lang);
        continue;
      }
      if (line.text.length <= 600 && (REUTERS_DESK.test(line.text.trim()) || ZH_CREDIT.test(line.text.trim()))) {
        ctx.remove(line);
        continue;
      }
      if (line.text.length > MAX_REPORTING_LINE) continue;
      const hit =
        (line.text.length <= MAX_LINE ? wholeLine(CREDITS, line.folded.replace(SET_OFF, ''), (h) => isNames(h.groups.name ?? '')) : null) ??
        wholeLine(REPORTING, line.folded.replace(SET_OFF, ''), (h) => isReporters(h.groups.name ?? ''));
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
