import { family, hitsAtEnd, loose, wholeLine, type Hit } from '../phrases/match.js';
import { shareLabels, shareOnService, shareServices, shareServiceStems, widgetOpeners, widgetPieces } from '../phrases/share.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { endsLikeSentence, lettersKey } from '../text/fold.js';
import { serviceWords } from './service-words.js';

// Share and like buttons in many languages (src/phrases/share.ts): a row of its own in the tail
// ("Share this:", "Partager sur : Facebook X", "Teilen"), or Jetpack's widgets flattened onto the
// end of the last paragraph ("… last sentence.Share this:Click to share on Facebook (Opens in new
// window)Like this:Like Loading...Related"), cut from the widget's label to the end of the line.
const SERVICE = shareServices.map(loose).join('|');
const ROW_END = String.raw`(?:\s*:)?(?:[\s,|·/]*(?:${SERVICE}))*[\s,|·/]*\d*`;
const ROWS = family(shareLabels, ROW_END);
const piece = (p: string): string => loose(p.replace('{x}', '\u0000')).replace('\u0000', `(?:${SERVICE}|[\\p{L} ]{1,20}?)`);
const PIECES = [...new Set(widgetPieces)].map(piece).join('|');
const WIDGET = family(widgetOpeners, String.raw`(?:\s|${PIECES}|${SERVICE}|[,.…|·])*`);
const ENDS_IN_SERVICE = new RegExp(`(?:${SERVICE})\\s*$`, 'iu');
// "Auf Facebook teilen", "Udostępnij na Facebooku": one button, the service inside its words.
// Phrases that open with the service ("Facebookでシェア") are tried only on a line with their verb.
const serviceFirst = (first: boolean) => shareOnService.map((set) => ({ lang: set.lang, phrases: set.phrases.filter((p) => p.startsWith('{x}') === first) })).filter((set) => set.phrases.length > 0);
const SHARE_ON = family(serviceFirst(false), String.raw`[\s!.]*`);
const SHARE_ON_AFTER = family(serviceFirst(true), String.raw`[\s!.]*`);
const SHARE_VERB_AFTER = /paylaş|シェア|共有|送る|공유|शेयर|साझा/iu;
const MAX_SERVICE_WORDS = 2;
const isService = (name: string | undefined): boolean => {
  const k = (name ?? '').trim().toLowerCase();
  return k !== '' && k.split(/\s+/u).length <= MAX_SERVICE_WORDS && shareServiceStems.some((s) => k === s || (s.length > 2 && k.startsWith(s)));
};
/** A widget is more than its label: "… we did it like this:" ends a sentence. */
const MIN_WIDGET_WORDS = 3;
/** Longer than any row of buttons: such a line is not asked whether it is one. */
const MAX_ROW_LENGTH = 240;

/**
 * A row of buttons as text, one verb each or one for all: "Add to Facebook Add to Twitter Add to
 * Digg", "Partager sur Facebook | Twitter | E-mail". Two services at least, and a share verb: a
 * line naming only services can list companies.
 */
function buttonRow(text: string): string | null {
  // A row of buttons ends in a name, never in a full stop: a sentence is not keyed.
  if (text.length > MAX_ROW_LENGTH || /[.!?。！？]["'”’»)]*\s*$/u.test(text)) return null;
  const row = serviceWords(lettersKey(text), 24);
  // A follow row is follow-call's, which runs after.
  return row !== null && row.named.size >= 2 && row.follow === null ? row.verb : null;
}

/**
 * A label with no service or counter after it ("Teilen", "Like this:") may be a heading or the end
 * of an instruction: it goes only when no prose follows.
 */
function bareLabelBeforeProse(ctx: RuleContext, line: LineRef, hit: Hit): boolean {
  const row = line.text.slice(hit.start, hit.end).trim();
  if (/\d/.test(row) || ENDS_IN_SERVICE.test(row)) return false;
  return ctx.all.some((l) => l.n > line.n && endsLikeSentence(l.text));
}

const rule: Rule = {
  id: 'share-row',
  description: 'Removes share and like rows and lone labels in many languages ("Share", "Share this:", "Partager sur :", "Teilen", "Add to Facebook Add to Twitter") and Jetpack widget text flattened onto the end of a paragraph.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text;
      const row = wholeLine(ROWS, text, (h) => !bareLabelBeforeProse(ctx, line, h));
      if (row) {
        ctx.remove(line, row.lang);
        continue;
      }
      const named = (h: Hit) => isService(h.groups.x);
      const button = text.length > MAX_ROW_LENGTH ? null : (wholeLine(SHARE_ON, text, named) ?? (SHARE_VERB_AFTER.test(text) ? wholeLine(SHARE_ON_AFTER, text, named) : null));
      if (button) {
        ctx.remove(line, button.lang);
        continue;
      }
      const buttons = buttonRow(text);
      if (buttons) {
        ctx.remove(line, buttons);
        continue;
      }
      const widget = hitsAtEnd(WIDGET, text, (h) => text.slice(h.start).split(/[\s:]+/).filter(Boolean).length >= MIN_WIDGET_WORDS, true);
      if (!widget) continue;
      if (text.slice(0, widget.start).trim() === '') ctx.remove(line, widget.lang);
      else ctx.cut(line, widget.start, text.length, widget.lang);
    }
  },
};
export default rule;
