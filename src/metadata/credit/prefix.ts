import { BYLINE_PREFIXES } from './words.js';
import { openers } from '../../util/regex.js';
import { foldCase } from '../../text/case-fold.js';
import { foldedOpeners } from '../../text/first-char.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PREFIX_WORDS = [...new Set(Object.values(BYLINE_PREFIXES).flat())].sort((a, b) => b.length - a.length);
// A prefix ending in a colon or a CJK mark may touch the name; a word prefix needs a space after it.
const PREFIX_OPENERS = openers(PREFIX_WORDS);
// A word prefix may have its colon after a space, as French sets it ("Par : Marie Dupont").
// A Chinese title without a colon ("記者王小明／台北報導") is a byline only over a name of two to four
// characters: "记者会上" opens a sentence about a press conference.
// For folded text (text/case-fold.ts), split by first character (text/first-char.ts): hundreds of
// prefixes, of which a run meets a few.
const PREFIX = foldedOpeners(
  PREFIX_WORDS,
  (words) =>
    `^(?:${words
      .map((p) =>
        /[:：/／＝|｜]$/.test(p)
          ? `${escape(p)}\\s*`
          : /^[\u3000-\u9fff]+$/.test(p)
            ? `${escape(p)}\\s*(?![会會])(?=[\u4e00-\u9fff]{2,4}(?:$|\\s|[／/]))`
            : `${escape(p)}(?:\\s*[:：]\\s*|\\s+)`,
      )
      .join('|')})`,
);
// A dash before the prefix: "— By Jane Doe".
const DASH_BEFORE = /^[-\u2013\u2014]\s*/;
// Korean names the reporter first, the title after: "홍길동 기자", "홍길동 특파원 hong@example.com".
const KOREAN_TITLE = /^([\uac00-\ud7a3]{2,4})\s?(?:기자|특파원|선임기자|객원기자|인턴기자|논설위원|통신원|편집위원)(?:\s+[\w.+-]+@[\w.-]+)?$/u;

/** "By Jane Doe" -> "Jane Doe", in every language of BYLINE_PREFIXES; null when no prefix. */
export function withoutBylinePrefix(text: string): string | null {
  // Markdown keeps a byline's emphasis and list marks: "- **Author:** Jane Doe", "_By Jane Doe_".
  const listed = text.trim().replace(/^[-*+]\s+/, '');
  // Without a star or an underscore there is no emphasis to look for around every character.
  const t = (/[*_]/.test(listed) ? listed.replace(/\*\*|__/g, '').replace(/^[_*](?=\S)|(?<=\S)[_*]$/g, '') : listed).trim();
  const u = DASH_BEFORE.test(t) ? t.replace(DASH_BEFORE, '') : t;
  const m = PREFIX_OPENERS.test(u) ? PREFIX.exec(foldCase(u)) : null;
  if (m) return u.slice(m[0].length).trim();
  const korean = /[\uac00-\ud7a3]/.test(t) ? KOREAN_TITLE.exec(t) : null;
  return korean?.[1] ?? null;
}
