import { family, loose, wholeLine, type Hit, type PhraseSet } from '../phrases/match.js';
import { jetpackShareButtons, jetpackShareLabels, newWindowNotes } from '../phrases/jetpack.js';
import { shareLabels } from '../phrases/share.js';
import type { LineRef, Rule } from '../rule.js';
import { isProse, key } from '../text/fold.js';
import { foldsLonger } from '../text/fold-start.js';

// Jetpack Sharing (sharedaddy): the label "Share this:", then per button its title attribute
// ("Click to share on %s", "Click to email a link to a friend", "Click to print", with
// " (Opens in new window)" in newer releases) and its text, the bare service name; in every
// language WordPress.com translates it to ("Teilen mit:", "Klicken, um auf Facebook zu teilen
// (Wird in neuem Fenster geöffnet)", src/phrases/jetpack.ts). A bare "Facebook" or "Print" can
// also be a one-word paragraph, so it goes only right after a line of the widget, and a label goes
// only when no prose follows it (a "Share:" heading over a paragraph stays).
const LABELS = family(jetpackShareLabels, String.raw`\s*`);
// A theme's bare label ("Share", "Teilen") heads the same column of service names.
const BARE_LABELS = family(shareLabels, String.raw`\s*:?\s*`);
// The service is a name: no colon or comma ("Partager sur : Facebook X" is a row of them, share-row's).
const NOTE = newWindowNotes.map(loose).join('|');
// Buttons that open with the service ("Facebook'ta paylaşmak için tıklayın") are tried apart, and
// only on a line that has their verb: no first word tells them, so every line would be searched.
const ledByService = (set: PhraseSet, first: boolean): PhraseSet => ({ lang: set.lang, phrases: set.phrases.filter((p) => p.startsWith('{x}') === first) });
const BUTTONS = family(jetpackShareButtons.map((s) => ledByService(s, false)), String.raw`\s*(?:${NOTE})?`);
const SERVICE_FIRST = family(jetpackShareButtons.map((s) => ledByService(s, true)).filter((s) => s.phrases.length > 0), String.raw`\s*(?:${NOTE})?`);
const SERVICE_FIRST_VERB = /tıklayın|클릭/u;
const MAX_LENGTH = 160;
const SERVICES = new Set([
  'x', 'twitter', 'facebook', 'linkedin', 'email', 'e-mail', 'print', 'reddit', 'whatsapp', 'tumblr', 'pinterest',
  'pocket', 'telegram', 'skype', 'mastodon', 'threads', 'bluesky', 'nextdoor', 'stumbleupon', 'digg', 'google',
  'google+', 'press this', 'more', 'vk', 'vkontakte', 'line', 'weibo', 'wechat', 'xing', 'flipboard',
  // The print, mail and "more" buttons' text in the widget's translations.
  'drucken', 'mehr', 'imprimer', 'plus', 'imprimir', 'más', 'mais', 'stampa', 'altro', 'afdrukken', 'meer', 'skriv ut', 'mer',
  'udskriv', 'flere', 'tulosta', 'lisää', 'drukuj', 'więcej', 'tisk', 'více', 'печать', 'ещё', 'еще', 'друк', 'більше',
  'yazdır', 'daha fazla', 'cetak', 'lainnya', 'in', 'thêm', '打印', '更多', '印刷', 'もっと見る', '인쇄', '더 보기', 'طباعة', 'المزيد',
  'e-post', 'courriel', 'correo electrónico', 'e-posta', 'почта',
]);

/** A theme's bare label: any share label, and "Share" alone. */
function bareLabel(line: LineRef): { lang?: string } | null {
  return /^share:?$/iu.test(line.folded) ? {} : wholeLine(BARE_LABELS, line.text);
}

/** The service a button names, or '' for the print and mail buttons; null when the line is no button. */
function buttonOf(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const name = (h: Hit) => h.groups.x === undefined || !/[:,]/u.test(h.groups.x);
  const hit = wholeLine(BUTTONS, text.trim(), name) ?? (SERVICE_FIRST_VERB.test(text) ? wholeLine(SERVICE_FIRST, text.trim(), name) : null);
  if (!hit) return null;
  return key(hit.groups.x ?? '');
}

const rule: Rule = {
  id: 'jetpack-share',
  description: 'Removes the Jetpack "Share this:" block in any language: the label, the "Click to share on X" lines and the service name after each.',
  zone: 'tail',
  apply(ctx) {
    // The service the previous widget line named; '' after the label; null once prose intervenes.
    let after: string | null = null;
    ctx.lines.forEach((line, i) => {
      // Longer than any widget line: prose, and not folded.
      if (foldsLonger(line.text, MAX_LENGTH)) {
        after = null;
        return;
      }
      const button = buttonOf(line.text);
      if (button !== null) {
        after = button;
        ctx.remove(line);
        return;
      }
      const next = ctx.lines[i + 1];
      const label = wholeLine(LABELS, line.text) ?? (next && SERVICES.has(key(next.folded)) ? bareLabel(line) : null);
      if (label && !(next && isProse(next.folded) && buttonOf(next.text) === null)) {
        after = '';
        ctx.remove(line, label.lang);
      } else if (after !== null && (SERVICES.has(key(line.folded)) || (after !== '' && key(line.folded) === after))) {
        ctx.remove(line);
      } else {
        after = null;
      }
    });
  },
};
export default rule;
