import type { FileResult, Finding } from '../report.js';

/**
 * The id every reporter gives a file that could not be read, so a user who sees it in the
 * terminal finds the same id in SARIF, JUnit and the GitHub annotations.
 */
export const READ_ERROR = 'read-error';
export const READ_ERROR_DESCRIPTION = 'The file could not be read (permissions, binary content, or not text).';

/**
 * The checker does not promise an order within a file; reporters sort so that the same findings
 * always print the same way (golden files, diffs between CI runs).
 */
export function sortedFindings(file: FileResult): Finding[] {
  return [...file.findings].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.message, b.message),
  );
}

/** Code-unit order, not locale order: the same on every machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// C0 and C1 controls and DEL but tab and line breaks. Scraped text can carry ESC, and an escape
// sequence in a message would recolour or rewrite the user's terminal or a CI log.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '\uFFFD');
}

/** Text for a one-line slot: line breaks and tabs become spaces, other controls U+FFFD. */
export function oneLine(text: string): string {
  return withoutControls(text.replace(/\s*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' ').replace(/\t/g, ' '));
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
