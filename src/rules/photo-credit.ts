import { family, wholeLine } from '../phrases/match.js';
import { bareCredits, photoCreditLabels, stockCredits } from '../phrases/photo-credit.js';
import type { Rule } from '../rule.js';
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

const rule: Rule = {
  id: 'photo-credit',
  description: 'Removes image-credit lines ("Photo by X on Unsplash", "(Photo by X/Getty Images)", short "Photo: X" / "Foto: X" labels, a bare "Courtesy photo" / "Symbolbild"), in many languages.',
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
    }
  },
};
export default rule;
