import type { Element } from 'domhandler';
import { followServices, shareRowWords, shareServices } from '../../phrases/share.js';
import { elements, hasText } from '../../html/dom.js';
import { lettersKey } from '../../text/fold.js';
import { pageElementRule, shortKey } from './page-element.js';

/**
 * A row of share or follow buttons whose links the other rules did not know (an app scheme, a
 * script, an icon font), left as words: "Facebook Twitter Google+ Whatsapp", "Share this on
 * WhatsApp", "follow us in feedly RSS twitter facebook google plus". Nothing but services' names and
 * the little words between them, two names at least or one after a share word: a sentence that
 * names Facebook has other words.
 */
const SERVICES = new Set([...shareServices, ...followServices].map(lettersKey));
const FILLER = new Set(shareRowWords.map(lettersKey));
const SHARE_WORDS = new Set(['share', 'teilen', 'partager', 'compartir', 'compartilhe', 'compartilhar', 'condividi', 'delen', 'udostępnij', 'поделиться', 'bagikan', 'シェア', '공유', 'follow', 'folgen', 'suivez', 'siga', 'seguici', 'síguenos', 'volg', 'ikuti', 'フォロー']);
const MAX_ROW = 160;
const TAGS = ['div', 'p', 'ul', 'span', 'li', 'section', 'nav'];
const IS_TAG = new Set(TAGS);

function isRow(el: Element): boolean {
  if (!IS_TAG.has(el.name)) return false;
  const key = shortKey(el, MAX_ROW * 2);
  if (key === null) return false;
  const words = key.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 24) return false;
  let services = 0;
  let shares = 0;
  const named = new Set<string>();
  for (const w of words) {
    if (SERVICES.has(w)) {
      services++;
      named.add(w);
    } else if (!FILLER.has(w)) return false;
    if (SHARE_WORDS.has(w)) shares++;
  }
  // Buttons are links, one per service: the same names in one link or in a line of text are a
  // sentence or a list of companies.
  const buttons = elements(el).filter((d) => (d.name === 'a' || d.name === 'button') && hasText(d)).length;
  if (buttons === 0) return false;
  return (named.size >= 2 && buttons >= named.size) || (services >= 1 && shares >= 1);
}

export default pageElementRule({
  id: 'network-row',
  description: 'Whole pages: removes share and follow rows left as words ("Facebook Twitter Google+ Whatsapp", "Share this on WhatsApp") that name only services.',
  wants: { names: TAGS },
  matches: isRow,
});
