import { postNav } from '../phrases/post-nav.js';
import type { LineRef, Rule } from '../rule.js';
import { countWords, endsLikeSentence, startsCapital } from '../text/fold.js';
import { foldsLonger } from '../text/fold-start.js';

// A theme's links to the posts before and after this one ("← Previous post: <title>", "Next »",
// Blogger's "Newer Post Older Post Home") survive in feeds and saved pages as lines under the post.
// Labels are looked up by their first character on the folded line, so a line is tried against a
// handful of labels at most, and only short tail lines are read at all.
interface Label {
  readonly text: string;
  readonly lang: string;
  /** A plain word ("Next", "Home") rather than a label that names the link on its own. */
  readonly word: boolean;
}

const BY_FIRST = new Map<string, Label[]>();
for (const set of postNav) {
  const add = (text: string, word: boolean) => {
    const lower = text.toLowerCase();
    const first = lower.charAt(0);
    const list = BY_FIRST.get(first) ?? [];
    list.push({ text: lower, lang: set.lang, word });
    BY_FIRST.set(first, list);
  };
  for (const l of set.labels) add(l, false);
  for (const w of set.words) add(w, true);
}
// The longest first, so that "Previous post" wins over "Previous".
for (const list of BY_FIRST.values()) list.sort((a, b) => b.text.length - a.text.length);

const MAX_LINE = 240;
const MAX_TITLE_WORDS = 20;
/** Arrows, guillemets (folded to '"'), bars and bullets around and between the links. */
const MARKS = `\\s"'<>←→‹›⟵⟶◀▶◄►⇐⇒|•·*\\-–—`;
const DECOR = new RegExp(`^[${MARKS}]*`, 'u');
const BETWEEN = new RegExp(`^[${MARKS}:：]*`, 'u');
const ARROW = /[<>←→‹›⟵⟶◀▶◄►⇐⇒"]/u;
const COLON = /[:：]/u;
const LETTER = /[\p{L}\p{N}]/u;
const SPACED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Hangul}]/u;

function labelAt(text: string, at: number): Label | null {
  const lower = text.slice(at, at + 40).toLowerCase();
  for (const label of BY_FIRST.get(lower.charAt(0)) ?? []) {
    if (!lower.startsWith(label.text)) continue;
    // A label of a spaced script ends at a word's end: "Nextcloud" and "Anteriormente" are no links.
    const after = lower.charAt(label.text.length);
    if (after && SPACED.test(label.text) && LETTER.test(after)) continue;
    return label;
  }
  return null;
}

interface Nav {
  labels: Label[];
  arrow: boolean;
  colon: boolean;
  /** What follows the labels: a title, or ''. */
  rest: string;
}

/** The labels that open `text`, with the arrows and colons around them, or null. */
function read(text: string): Nav | null {
  const open = DECOR.exec(text)?.[0] ?? '';
  let at = open.length;
  let arrow = ARROW.test(open);
  let colon = false;
  const labels: Label[] = [];
  for (;;) {
    const label = labelAt(text, at);
    if (!label) break;
    labels.push(label);
    at += label.text.length;
    const sep = BETWEEN.exec(text.slice(at))?.[0] ?? '';
    at += sep.length;
    arrow ||= ARROW.test(sep);
    if (COLON.test(sep) || /\s[-–—|]\s/u.test(sep)) {
      colon = true;
      break;
    }
  }
  return labels.length === 0 ? null : { labels, arrow, colon, rest: text.slice(at).trim() };
}

/** A post's title after its link's label: short, and not a sentence that ends with a full stop. */
function isTitle(text: string): boolean {
  return text.length <= 160 && countWords(text, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS && !/(?<!\.)\.["'”’)]*$/u.test(text);
}

type Kind = 'nav' | 'label' | 'word' | null;

/**
 * 'nav': the line is the links; 'label': a link's label alone, its title may stand on the next
 * line; 'word': a plain word alone ("Previous"), the links only beside another such line.
 */
function kindOf(text: string): Kind {
  if (text.length > MAX_LINE) return null;
  const nav = read(text);
  if (!nav) return null;
  const named = nav.labels.some((l) => !l.word);
  if (nav.rest === '') {
    if (nav.labels.length >= 2) return 'nav';
    if (named || nav.arrow) return 'label';
    return 'word';
  }
  if (!isTitle(nav.rest)) return null;
  if (nav.colon || nav.arrow) return 'nav';
  // "Next post Winter nets": a label right before a title; a plain word so is the start of a sentence.
  return named && (startsCapital(nav.rest) || !SPACED.test(nav.rest)) ? 'nav' : null;
}

const rule: Rule = {
  id: 'post-nav',
  description: 'Removes the links to the previous and next posts under an article ("← Previous post: …", "Next »", "Newer Post Older Post Home", "Article suivant"), in many languages.',
  zone: 'tail',
  apply(ctx) {
    const lines = ctx.lines;
    // A line that folds longer than any link row is not folded to learn so: a paragraph of a
    // page's <br> lines was three copies of its 20 MB, one of them kept with the line.
    const kinds = lines.map((l) => (foldsLonger(l.text, MAX_LINE) ? null : kindOf(l.folded)));
    const lang = (line: LineRef) => read(line.folded)?.labels[0]?.lang;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as LineRef;
      const kind = kinds[i];
      if (!kind) continue;
      if (kind === 'word' && kinds[i - 1] == null && kinds[i + 1] == null) continue;
      ctx.remove(line, lang(line));
      const next = lines[i + 1];
      // The title under a label that stands alone: "Previous post" / "Winter nets and summer boats".
      if (kind === 'label' && next && !kinds[i + 1] && (read(line.folded)?.labels.some((l) => !l.word) || ctx.nextInBlock(line) === next) && isTitle(next.folded) && !endsLikeSentence(next.folded) && countWords(next.folded, 16) <= 15) {
        ctx.remove(next);
        i++;
      }
    }
  },
};
export default rule;
