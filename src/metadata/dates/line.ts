import { BY_WORDS, DATE_LABELS, UPDATE_DATE_LABELS } from './labels.js';
import { foldCase, foldedRegExp } from '../../text/case-fold.js';
import { asciiDigits, hasOtherDigits, parseDate, type DateOptions, type ParsedDate } from './parse.js';
import { ageOf } from './relative.js';
import { fold } from '../../text/fold.js';
import { escapeRegExp, openers } from '../../util/regex.js';

/** Labels that are only a preposition ("on", "le", "am"): a date line with one is not declared as one. */
const PREPOSITIONS = new Set(['on', 'am', 'le', 'el', 'em', 'il', 'op', 'den']);

export interface DateLine extends ParsedDate {
  /** The label the line opened with, as written ("Published on", "Publié le"); none for a preposition ("on"). */
  label?: string;
  /** The credit after the date ("Posted on March 5, 2024 by Jane Doe" gives "Jane Doe"), as written. */
  by?: string;
}

const LABELS = [...new Set(Object.values(DATE_LABELS).flat())].sort((a, b) => b.length - a.length);
// A label, then ":" (or the full-width "：", or " -"), or only a space for the word labels.
const LABEL_OPENERS = openers(LABELS);
// Both label tests run on folded text (text/case-fold.ts): labels of 25 languages, far cheaper to
// compile without `i`. A label is taken from the text as written, at the place the match gives.
const LABELLED = foldedRegExp(`^(${LABELS.map(escapeRegExp).join('|')})\\s*(?:[:：]|\\s-)?\\s*(?=\\S)`);
const BY = new RegExp(`,?\\s+(?:${BY_WORDS.map(escapeRegExp).join('|')})\\s+(?=\\S)`, 'giu');
// A list bullet, emphasis and heading marks around a label or a date ("- **Published:** 2024-03-23").
const MARKDOWN = /^(?:[-*+]\s+|#{1,6}\s+)|\*\*|__|(?<=^|\s)[*_]|[*_](?=\s|$)/g;
// Without a star or an underscore only the bullet or heading mark can be there: a prose paragraph
// is then not searched at every character for emphasis around a space.
const EMPHASIS = /[*_]/;
const LIST_OR_HEADING = /^(?:[-+]\s+|#{1,6}\s+)/;
const unmarked = (text: string): string => (EMPHASIS.test(text) ? text.replace(MARKDOWN, '') : text.replace(LIST_OR_HEADING, ''));
// "27.11.2019 13:15 | Son Güncelleme: 27.11.2019 13:15": fields of a meta row.
const FIELD_SEPARATOR = /\s+[|·•/]\s+/;
const ASCII_DIGIT = /\d/;
const MAX_OTHER_DIGITS_LINE = 240;

function bare(text: string, options: DateOptions): DateLine | null {
  const date = parseDate(text, options);
  if (date) return date;
  const labelled = LABEL_OPENERS.test(text) ? LABELLED.exec(foldCase(text)) : null;
  if (!labelled?.[1]) return null;
  const rest = text.slice(labelled[0].length);
  // A labelled number is a Unix time: "date: 1709630400".
  const after = parseDate(rest, { ...options, epoch: true });
  if (!after) return null;
  const label = text.slice(0, labelled[1].length);
  return PREPOSITIONS.has(label.toLowerCase()) ? after : { ...after, label };
}

const MAX_LABEL_LINE = 8 * (LABELS[0]?.length ?? 0) + 64;
const LABEL_ONLY = foldedRegExp(`^(${LABELS.map(escapeRegExp).join('|')})\\s*[:：]?$`);

/**
 * The label when a line is nothing but one ("Published", "Publié le :", "发布时间："): page meta
 * blocks put the label and the date on two lines. Prepositions ("on", "le") do not count.
 */
export function dateLabel(text: string): string | null {
  // A line many times the longest label's length (room left for marks, spaces and character
  // references) is none, and is not folded: a paragraph may be the whole body.
  if (text.length > MAX_LABEL_LINE) return null;
  const t = unmarked(fold(text)).trim();
  const found = LABEL_OPENERS.test(t) ? LABEL_ONLY.exec(foldCase(t))?.[1] : undefined;
  const label = found && t.slice(0, found.length);
  return label && !PREPOSITIONS.has(label.toLowerCase()) ? label : null;
}

/**
 * Whether a whole line is a date line, and which date: a date alone ("Thu, 21 Dec 2023 16:39:46
 * +0000", "2019年3月5日", "4 Tháng Tư, 2025"), a labelled one ("Published on: 2021-07-02",
 * "date published: ...", "Publié le 12 juillet 2023 à 08h15", "发布时间：2019-03-05"), one followed
 * by its credit ("Posted on March 5, 2024 by Jane Doe": `by` says "Jane Doe"), or a meta row whose
 * first field is one ("27.11.2019 13:15 | Updated: 27.11.2019 13:15"). Null for anything else,
 * prose that mentions a date included.
 */
export function dateLine(text: string, options: DateOptions = {}): DateLine | null {
  // Folding makes no ASCII digit (a character reference to one is written with digits).
  // Digits of another script are looked for in a line short enough to be a date line only: a
  // paragraph without an ASCII digit is no date line, and is not scanned again.
  if (!ASCII_DIGIT.test(text) && (text.length > MAX_OTHER_DIGITS_LINE || !hasOtherDigits(text))) return null;
  const t = unmarked(fold(asciiDigits(text))).trim();
  // An age may be shorter than any date ("3天前", "2시간 전").
  if ((t.length < 6 && ageOf(t) === null) || t.length > 160 || !/\d/.test(t)) return null;
  const whole = bare(t, options);
  if (whole) return whole;
  for (const by of t.matchAll(BY)) {
    const credit = t.slice(by.index + by[0].length);
    const date = credit.length <= 60 ? bare(t.slice(0, by.index), options) : null;
    if (date) return { ...date, by: credit };
  }
  const cjk = CJK_LABELS.test(t) ? cjkRow(t, options) : null;
  if (cjk) return cjk;
  const fields = t.split(FIELD_SEPARATOR);
  if (fields.length > 1 && fields.length <= 4) {
    const dates = fields.map((f) => bare(f, options));
    // "Updated … | Published …": the publication's field, wherever it stands in the row.
    const published = dates.find((d) => d && !(d.label !== undefined && UPDATE_DATE_LABELS.has(d.label.toLowerCase())));
    if (dates.every(Boolean)) return published ?? dates[0] ?? null;
  }
  return null;
}

// Chinese and Japanese meta rows part their fields with spaces, each under its label: "发布时间：
// 2019-01-18 09:53 来源：新华网 作者：王小明". The source, the editor and the view count go with the
// row; the writer is its credit.
const CJK_LABELS = /[：:]/;
const CJK_FIELD = /\s+(?=(?:来源|來源|出处|出處|作者|撰文|文|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|責編|浏览|瀏覽|阅读|閱讀|点击|點擊|筆者|著者|執筆)\s*[：:])/u;
const CJK_CREDIT = /^(?:作者|撰文|文|记者|記者|筆者|著者|執筆)\s*[：:]\s*/u;

function cjkRow(t: string, options: DateOptions): DateLine | null {
  const fields = t.split(CJK_FIELD);
  if (fields.length < 2 || fields.length > 5) return null;
  let date: DateLine | null = null;
  let by: string | undefined;
  for (const f of fields) {
    const credit = CJK_CREDIT.exec(f);
    if (credit) by = f.slice(credit[0].length).trim();
    else if (!date && (date = bare(f, options))) continue;
    else if (!/^\S{1,6}\s*[：:]/u.test(f)) return null;
  }
  if (!date) return null;
  return by ? { ...date, by } : date;
}

/** Weight of a published candidate read from a date line: "Updated: ..." names a revision, so it only fills in. */
export function dateLineWeight(date: DateLine, otherwise: number): number {
  return date.label !== undefined && UPDATE_DATE_LABELS.has(date.label.toLowerCase()) ? 20 : otherwise;
}
