import path from 'node:path';
import { readForCheck, type CheckOptions, type Checked } from '../check/index.js';
import { readAll, type Io } from './io.js';

/** How reports name stdin (`feedscrub check -`): not a path, so no annotation points at a real file. */
export const STDIN_NAME = '<stdin>';

/** `check -`: stdin checked as one file, as a pre-commit hook or an editor pipes a buffer in. */
export async function readStdinForCheck(io: Io, options: CheckOptions): Promise<Checked> {
  const input = { display: STDIN_NAME, absolute: path.join(io.cwd, STDIN_NAME), relative: STDIN_NAME, found: false };
  return readForCheck(input, options, () => readAll(io.stdin));
}

const KIND_NAMES: Record<string, string> = { line: 'cleaning', dom: 'cleaning', custom: 'custom', check: 'check only' };

/**
 * `check --list-rules`: every rule check runs, the check-only ones (metadata, dates, duplicates)
 * included, with the severity the config gives it, so a user sees what to turn off and by which id.
 */
export function listCheckRules(io: Io, options: CheckOptions): void {
  const rows = options.rules.map((r) => ({
    id: r.id,
    severity: options.severity(r.id, r.severity),
    kind: KIND_NAMES[r.kind] ?? r.kind,
    fix: r.fixable ? 'fixable' : '',
    description: r.description,
  }));
  const rank = (kind: string) => ['check only', 'cleaning', 'custom'].indexOf(kind);
  rows.sort((a, b) => rank(a.kind) - rank(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const width = Math.max(0, ...rows.map((r) => r.id.length));
  const kindWidth = Math.max(0, ...rows.map((r) => r.kind.length));
  for (const r of rows) io.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.kind.padEnd(kindWidth)}  ${r.fix.padEnd(7)}  ${r.description}\n`);
}
