import { pageRowWords } from '../phrases/post-nav.js';

/**
 * What a page-number row is made of, for the text rule (page-numbers) and the markup rule
 * (pagination) alike: the row's words in their languages, one by one as its text splits into
 * them ("Previous", "Seiten:", "Próxima"), and page numbers that run on.
 */
const WORDS: ReadonlySet<string> = new Set(pageRowWords.flatMap((set) => set.phrases.flatMap((p) => p.toLowerCase().split(/\s+/))));

/** Whether `word` is one of a page-number row's words, in any case. */
export const isPageRowWord = (word: string): boolean => WORDS.has(word.toLowerCase());

/** Consecutive page numbers from the first or second page, but for one gap an ellipsis stands in ("1 2 3 … 8"). */
export function runOfPages(numbers: readonly number[]): boolean {
  const gaps = numbers.slice(1).filter((n, i) => n !== (numbers[i] ?? 0) + 1).length;
  return gaps <= 1 && (numbers[0] ?? 0) <= 2;
}
