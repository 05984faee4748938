import { family, wholeLine } from '../phrases/match.js';
import { clickHereCalls } from '../phrases/click-here.js';
import { foundAt, foundHere } from '../phrases/found-here.js';
import type { Rule } from '../rule.js';
import { countWords, endsLikeSentence, isProse } from '../text/fold.js';

// A call to click a link ("Click here to read the full article.", "Pour en savoir plus, cliquez
// ici", "Haberin devamı için tıklayınız") that a feed copy kept without its link: a line of its
// own, short, at the end of the post (src/phrases/click-here.ts). A tutorial's step ("Click here to
// open the settings.") is followed by the next step, so a call goes only when no prose follows it,
// and a sentence that goes on past the call ('"Click here to pay" was the only instruction…') is
// no call: the phrase is the whole line.
const CALLS = family(clickHereCalls, String.raw`\s*[.!。！:…>»→]*`);
const MAX_WORDS = 15;
// The click verbs of the phrases: some open with what the link promises, so no first word rules a line out.
const CLICK_WORD = /click|klick|clic|pulsa|pincha|clique|clica|klik|klicka|klikkaa|napsauta|kliknij|klikněte|нажмите|кликните|жмите|натисніть|клікніть|tıkla|nhấn|bấm|nhấp|点击|點擊|点此|こちら|ここをクリック|클릭|انقر|اضغط|क्लिक|tap here|hier geht|toque aqui|tekan di sini/iu;
const MAX_CHARS = 160;
// A pointer to more elsewhere ("The full schedule can be found here: <address>"), the standing
// line of a video's description: the same call with its link written out, or lost after its
// colon. Without either, "here" is a place ("The oldest oak in the county can be found here."),
// and a pointer "at" something is one only with the address ("Slides are available at the door").
const ADDRESS = String.raw`(?:https?://\S+|www\.\S+)`;
const HERE = family(foundHere, String.raw`(?:\s*[:：>»→]*\s*${ADDRESS}|\s*[:：])\s*\.?`);
const AT = family(foundAt, String.raw`:?\s*${ADDRESS}\s*\.?`);

const rule: Rule = {
  id: 'click-here',
  description: 'Removes calls to click a link the copy lost ("Click here to read more", "Cliquez ici pour…") and pointers to more elsewhere ("… can be found here: <url>") at the end of a post, in many languages.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text.trim();
      if (text.length > MAX_CHARS || countWords(text, MAX_WORDS + 1) > MAX_WORDS) continue;
      const short = (h: { groups: Partial<Record<string, string>> }) => (h.groups.x ?? '').length <= MAX_CHARS / 2;
      const hit = (CLICK_WORD.test(text) ? wholeLine(CALLS, text, short) : null) ?? wholeLine(HERE, text, short) ?? wholeLine(AT, text, short);
      if (!hit) continue;
      if (ctx.all.some((l) => l.n > line.n && (isProse(l.text) || (endsLikeSentence(l.text) && countWords(l.text, 5) >= 4)))) continue;
      ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
