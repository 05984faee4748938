/**
 * The one date parser every reader and rule calls. The parser lives in date-parse.ts, the
 * language tables in date-names.ts, and the date-line recognizer (labels such as "Published on:",
 * "Publié le", "发布时间：") in date-line.ts.
 */
export { parseDate, type DateOptions, type ParsedDate } from './parse.js';
export { dateLabel, dateLine, dateLineWeight, type DateLine } from './line.js';
