import type { Element } from 'domhandler';
import { key } from '../../text/fold.js';
import { attr, elements, textContent } from '../dom.js';
import { lineText } from '../parse.js';

// A logo's heading links to the home page: "<h1 class=site-title><a href="/">".
export const isHome = (h: Element) => elements(h).some((a) => a.name === 'a' && /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test((attr(a, 'href') ?? '').trim()));

/**
 * The headline as the page shows it, for a page that declares none: the article's <h1>, else the
 * page's one <h1> that is no logo.
 */
export function shownHeadline(all: readonly Element[], content: Element | null): Element | null {
  const own = content ? elements(content).find((el) => el.name === 'h1' && !isHome(el)) : undefined;
  if (own) return usable(own);
  const h1s = all.filter((el) => el.name === 'h1' && !isHome(el));
  return h1s.length === 1 && h1s[0] ? usable(h1s[0]) : null;
}

function usable(h: Element): Element | null {
  const text = lineText(textContent(h));
  return text.length >= 3 && text.length <= 300 ? h : null;
}

/**
 * Whether a heading's text is the page's headline (its declared title, its <title>, with or
 * without the site's name), so that a byline under it is the article's; undefined when the page
 * declares no title to compare with.
 */
export function headlineTest(titles: readonly string[]): ((text: string) => boolean) | undefined {
  const known = titles.map((t) => key(lineText(t))).filter((t) => t.length > 0);
  if (known.length === 0) return undefined;
  return (text: string) => {
    const k = key(lineText(text));
    return k.length > 0 && known.some((t) => t === k || (k.length >= 12 && (t.includes(k) || k.includes(t))));
  };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’+-]{2,}/gu;
const words = (text: string) => new Set(key(text).match(WORD) ?? []);

/**
 * Whether a page's <h1> tells the same story as its <title> in other words: a newsroom writes a
 * search headline for the <title> ("Disney+ glitches blamed on demand, says executive") and shows
 * another ("'We had some issues,' exec says on Disney+ glitches"). Readers and trafilatura take the
 * one shown. Most of the <h1>'s words must be in the <title>, so a section label ("Sports") or a
 * teaser's heading never wins over it.
 */
export function retitles(h1: string, pageTitle: string): boolean {
  const shown = words(h1);
  if (shown.size < 3) return false;
  const title = words(pageTitle);
  let shared = 0;
  for (const w of shown) if (title.has(w)) shared++;
  return shared * 5 >= shown.size * 2;
}
