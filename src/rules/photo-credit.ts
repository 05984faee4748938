import { family, wholeLine } from '../phrases/match.js';
import { bareCredits, photoCreditLabels, pictureAgencies, stockCredits } from '../phrases/photo-credit.js';
import { agencies } from '../phrases/agencies.js';
import { alternation } from '../util/regex.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { dateLine } from '../metadata/dates/dates.js';
import { withoutBylinePrefix } from '../metadata/credit/credit.js';
import { endsLikeSentence, spaceSeparated } from '../text/fold.js';
import { tokensAtLeast } from '../text/fold-start.js';

// Image credits left as lines of text. The stock-photo attributions
// ("Photo by Jane Doe on Unsplash", Pexels' and Pixabay's "… from Pexels/Pixabay") and a bracketed
// wire credit "(Photo by Jane Doe/Getty Images)" are never prose. A labelled caption ("Photo: …",
// "Image credit: …") can carry facts, so it goes only when short and not written as a sentence.
const STOCK = /^(?:photo|image|picture) by .{1,80}? (?:on|from|via) (?:unsplash|pexels|pixabay)\.?$/i;
const BRACKETED = /^\((?:photo|image|picture|photograph)(?: by| credit)?:? [^()]{1,100}\)\.?$/i;
const LABELLED = /^(?:photo|image|picture|photograph)(?: credit| source)?s?: (.+)$/i;
const MAX_TOKENS = 15;
const BRACKETS = /^[（(\[［【]\s*([^()（）\[\]［］【】]{2,100}?)\s*[）)\]］】]\.?$/u;
// The same labels and stock-site credits in other languages (src/phrases/photo-credit.ts).
const LABELS = family(photoCreditLabels, String.raw`\s*(?<credit>\S.*)`);
const STOCK_SITES = family(stockCredits, String.raw`\.?`);
// A credit that names no one ("Courtesy photo", "Symbolbild"): the whole line, which no sentence is.
const BARE = family(bareCredits, String.raw`\s*\.?`);

// A photographer's credit with the picture desk after a slash or "via": "De Agostini via Getty
// Images", "Jane Doe / AFP", "JOHN ROE/REUTERS". Alone on its line, or closing a caption in
// capitals ("… Paris, le 3 mai. JANE DOE / AFP"), where only the credit goes.
const DESK = `(?:${alternation([...pictureAgencies.flatMap((s) => s.phrases), ...Object.values(agencies).flat()])})`;
const BY_DESK = String.raw`\s*(?:\/|\s+via\s+)\s*`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const DESK_CREDIT = new RegExp(String.raw`^\(?${NAME_WORD}(?:\s+(?:${NAME_WORD}|de|da|van|von|del|di|le|la))*${BY_DESK}${DESK}(?:${BY_DESK}${DESK})*\)?\.?$`, 'u');
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’.-]*`;
const CAPTION_CREDIT = new RegExp(String.raw`[.!?»"”)]\s+(${CAPS_WORD}(?:\s+${CAPS_WORD}){0,4}\s*\/\s*${DESK}(?:\s*\/\s*${DESK})*)\.?$`, 'u');
const MAX_NAME_WORDS = 8;

/** The start of a photographer's credit that closes a caption, or -1. */
function captionCredit(text: string): number {
  const m = CAPTION_CREDIT.exec(text);
  return m?.[1] ? text.length - m[0].length + m[0].indexOf(m[1]) : -1;
}

// "By Jane Doe / Reuters", "Par Marie Dupont / AFP": the writer's credit, which the byline rules
// read. A prefix that also opens a name ("De Agostini via Getty Images") says nothing.
const NAME_OPENING_PREFIX = /^(?:de|di|da|du|del|della|van|der|le|la)\s/iu;
const isByline = (text: string) => withoutBylinePrefix(text) !== null && !NAME_OPENING_PREFIX.test(text.trim());

/**
 * A photographer's credit with its desk: the whole line, or the end of a caption. Not an author
 * field over its date at the end of a dump ("Ana Ruiz / EFE" / "2019-01-18"): that is tail-byline's.
 */
function deskCredit(ctx: RuleContext, line: LineRef): void {
  if (!line.text.includes('/') && !line.text.includes(' via ')) return;
  const next = ctx.nextInBlock(line);
  if (next && dateLine(next.text, { now: ctx.now }) !== null) return;
  if (spaceSeparated(line.text, MAX_NAME_WORDS + 1) <= MAX_NAME_WORDS && DESK_CREDIT.test(line.text.trim()) && !isByline(line.text)) return ctx.remove(line);
  const credit = captionCredit(line.text.trimEnd());
  if (credit > 0) ctx.cut(line, credit);
}

const rule: Rule = {
  id: 'photo-credit',
  description: 'Removes image-credit lines ("Photo by X on Unsplash", "X via Getty Images", "X / AFP", short "Foto: X" / "Image source, X" labels, a bare "Symbolbild") and the "NAME / AFP" closing a caption, in many languages.',
  zone: 'anywhere',
  meta: { inArticle: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      // Folding only adds to a line's tokens: a long line is not folded (its copy is kept per line).
      if (tokensAtLeast(line.text, MAX_TOKENS + 1)) continue;
      const text = line.folded;
      if (spaceSeparated(text, MAX_TOKENS + 1) > MAX_TOKENS) continue;
      const label = LABELLED.exec(text);
      if (STOCK.test(text) || BRACKETED.test(text) || (label?.[1] && !endsLikeSentence(label[1]))) {
        ctx.remove(line);
        continue;
      }
      // A caption's credit in brackets, full-width ones too: "（写真：ロイター）", "[사진=연합뉴스]".
      const inner = BRACKETS.exec(line.text.trim())?.[1] ?? line.text;
      const hit = wholeLine(STOCK_SITES, line.text) ?? wholeLine(BARE, inner) ?? wholeLine(LABELS, inner, (h) => !endsLikeSentence(h.groups.credit ?? ''));
      if (hit) ctx.remove(line, hit.lang);
      else deskCredit(ctx, line);
    }
  },
};
export default rule;
