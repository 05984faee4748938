import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Article } from '../../src/article.js';
import { normalize } from '../../src/normalize.js';
import { decode } from '../../src/read.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(root, 'fixtures');
export const updating = process.env.UPDATE_GOLDEN === '1';

export interface Case {
  /** Folder relative to fixtures/, e.g. "deeppol-iraq-nato" or "rules/feedzy-footer/fires". */
  name: string;
  dir: string;
  input: string;
  options: CaseOptions;
}

/** fixtures/<case>/options.json: flags for this case. */
export interface CaseOptions {
  disable?: string[];
  fragment?: boolean;
  frontMatter?: boolean;
}

/** Every folder under fixtures/ that holds an input.* file, sorted. */
export function cases(dir = fixturesDir): Case[] {
  const found: Case[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const input = entries.find((e) => e.isFile() && /^input\.[a-z0-9]+$/.test(e.name));
    if (input) {
      const optionsFile = path.join(d, 'options.json');
      found.push({
        name: path.relative(dir, d).split(path.sep).join('/'),
        dir: d,
        input: path.join(d, input.name),
        options: existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as CaseOptions) : {},
      });
    }
    for (const e of entries) if (e.isDirectory()) walk(path.join(d, e.name));
  };
  walk(dir);
  return found;
}

/**
 * Compare `actual` with the golden file. A missing golden file is written and the test fails, so a
 * new case is always reviewed once; UPDATE_GOLDEN=1 rewrites all of them on purpose.
 */
export function golden(file: string, actual: string): { ok: true } | { ok: false; expected: string | null } {
  const exists = existsSync(file);
  if (updating || !exists) {
    writeFileSync(file, actual);
    return updating ? { ok: true } : { ok: false, expected: null };
  }
  const expected = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  return expected === actual ? { ok: true } : { ok: false, expected };
}

const ajv = new Ajv2020({ allErrors: true });
const schema = JSON.parse(readFileSync(path.join(root, 'schema/article.schema.json'), 'utf8')) as object;
export const validateArticle = ajv.compile<Article>(schema);

/**
 * The conservation invariant: every non-blank input line is in the body, or in `removed`, or split
 * between the two (a cut keeps part of a line). Returns the lines that are not, as messages.
 */
export function unaccounted(input: string | Uint8Array, articles: readonly Article[]): string[] {
  const problems: string[] = [];
  const removedAt = new Map<number, string[]>();
  for (const a of articles) for (const r of a.removed) removedAt.set(r.line, [...(removedAt.get(r.line) ?? []), r.text]);
  const body = articles.map((a) => a.text).join('\n\n');
  for (const line of normalize(decode(input).text)) {
    let rest = line.text.trim();
    if (!rest) continue;
    for (const piece of removedAt.get(line.n) ?? []) {
      if (!rest.includes(piece)) {
        problems.push(`line ${line.n}: removed text ${JSON.stringify(piece)} is not part of the line`);
        continue;
      }
      rest = rest.replace(piece, ' ').replace(/\s+/g, ' ').trim();
    }
    if (rest && !body.includes(rest)) problems.push(`line ${line.n}: ${JSON.stringify(rest)} is neither in the body nor in removed`);
  }
  return problems;
}
