import { cutOut } from './cut-out.js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Article } from '../../src/article.js';
import { normalize, normalizeLine } from '../../src/normalize.js';
import { decode } from '../../src/read.js';
import { repairText } from '../../src/text/mojibake.js';
import { lineIndex } from '../../src/text/line-index.js';
import { unescapeLines } from '../../src/readers/envelope.js';
import { kindOf } from '../../src/html/kinds.js';

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
  /** `--now`, as ISO 8601: what relative dates count from. */
  now?: string;
  /** `--field name=key` (NDJSON), e.g. `{ "content": "story_text" }`. */
  fields?: Record<string, string>;
  /** A configuration, as a feedscrub.config.json would hold it. */
  config?: unknown;
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
  if (articles.some((a) => a.source.format === 'html' || a.source.format.endsWith('+html'))) return unaccountedHtml(input, articles);
  const problems: string[] = [];
  const removedAt = new Map<number, string[]>();
  for (const a of articles) for (const r of a.removed) removedAt.set(r.line, [...(removedAt.get(r.line) ?? []), r.text]);
  const body = articles.map((a) => a.text).join('\n\n');
  // Repaired as the text reader repairs (the repairs are in each article's `repairs`).
  // Character references decoded once, as the text reader decodes them (the Markdown reader keeps
  // them as the user wrote them).
  const lines = normalize(decode(input).text, []);
  for (const line of articles.some((a) => a.source.format === 'text') ? unescapeLines(lines) : lines) {
    let rest = line.text.trim();
    if (!rest) continue;
    for (const piece of removedAt.get(line.n) ?? []) {
      if (!rest.includes(piece)) {
        problems.push(`line ${line.n}: removed text ${JSON.stringify(piece)} is not part of the line`);
        continue;
      }
      rest = cutOut(rest, piece, body);
    }
    if (rest && !body.includes(rest)) problems.push(`line ${line.n}: ${JSON.stringify(rest)} is neither in the body nor in removed`);
  }
  return problems;
}

/**
 * `rest` without its end where a removal starts with it, or its start where a removal ends with it:
 * a removal spans text nodes once the element between them goes ("Share this:<nav></nav>Share
 * this:" is one line, removed as "Share this:Share this:").
 */
function overlapOut(rest: string, removed: string): string {
  for (let n = Math.min(rest.length, removed.length); n >= 3; n--) {
    if (removed.startsWith(rest.slice(-n))) return rest.slice(0, -n).trim();
    if (removed.endsWith(rest.slice(0, n))) return rest.slice(n).trim();
  }
  return rest;
}

const textOf = (node: AnyNode): string =>
  node.type === 'text' ? node.data : 'children' in node ? node.children.map(textOf).join('') : '';

const collapse = (text: string) => normalizeLine(text).replace(/\s+/g, ' ').trim();

/**
 * The same invariant for HTML, where the unit is the text node: each one's text is in the body, or
 * in `removed`, or split between the two. A removal counts at the node's own line or the line of an
 * element around it (DOM rules remove whole elements, at the element's line), or anywhere from its
 * parent's line to its own (a line of a <p> starts where its text does). Script and style hold
 * code, not text: the rule that removes them names them instead.
 */
function unaccountedHtml(input: string | Uint8Array, articles: readonly Article[]): string[] {
  // Repaired as the pipeline repairs before any reader (the repairs are in each article's `repairs`).
  const text = repairText(decode(input).text).text;
  const index = lineIndex(text);
  const document = parseDocument(text, { withStartIndices: true, withEndIndices: true });
  const body = articles.map((a) => a.text).join('\n\n');
  const removed = articles.flatMap((a) => a.removed);
  const problems: string[] = [];
  // Where a text node's first visible character is (it often opens with the line break before it).
  const lineOf = (node: AnyNode & { data: string }) => {
    const start = node.startIndex ?? 0;
    return index.lineAt(start + Math.max(0, text.slice(start, (node.endIndex ?? start) + 1).search(/\S/)));
  };
  // A blank line inside a text node parts two paragraphs of a body written without <p> (the
  // readers read it so: src/readers/blank-line-paragraphs.ts): each part is accounted for alone.
  const check = (node: AnyNode & { data: string }, around: number[], runStart: number | null) => {
    for (const part of node.data.split(/\n[ \t]*(?:\r?\n)+/)) checkPart(node, collapse(part), around, runStart);
  };
  const checkPart = (node: AnyNode & { data: string }, own: string, around: number[], runStart: number | null) => {
    if (!own || body.includes(own)) return;
    const start = node.startIndex ?? 0;
    const line = lineOf(node);
    const parent = Math.min(around[around.length - 1] ?? line, runStart ?? line);
    // A text node spans lines (an envelope's credit lines, a <p> with blank lines inside), each
    // removed alone.
    const last = index.lineAt(node.endIndex ?? start);
    const here = removed.filter((r) => around.includes(r.line) || (r.line >= parent && r.line <= last));
    if (here.some((r) => r.text.includes(own))) return;
    let rest = own;
    // Longest pieces first, and no further once the rest is body text: a DOM rule's removal names an
    // element ("a" for an empty link), which as a substring would also eat a letter of "Tea".
    for (const r of [...here].sort((x, y) => y.text.length - x.text.length)) {
      if (!rest || body.includes(rest)) break;
      if (rest.includes(r.text)) rest = cutOut(rest, r.text, body);
      else rest = overlapOut(rest, r.text);
    }
    if (rest && !body.includes(rest)) problems.push(`line ${line}: ${JSON.stringify(own)} is neither in the body nor in removed`);
  };
  // A line is a run of inline content (up to a block or a <br>), numbered where its text starts,
  // which may be on an earlier input line than a node inside it ("Tea.<p></p>\nRead More" is one
  // line once the empty <p> goes; so is "Share this:\n<a>Share this:</a>").
  const visit = (node: AnyNode, around: number[], run: { start: number | null }) => {
    if (node.type === 'script' || node.type === 'style' || !('children' in node)) return;
    const lines = node.type === 'tag' ? [...around, index.lineAt(node.startIndex ?? 0)] : around;
    for (const child of node.children) {
      if (child.type === 'text') {
        if (collapse(child.data)) run.start ??= lineOf(child);
        check(child, lines, run.start);
      } else if (child.type === 'tag' && child.name === 'br') {
        run.start = null;
      } else if (kindOf(child) === 'inline') {
        visit(child, lines, run);
      } else {
        visit(child, lines, { start: null });
        // An empty block is removed before lines are made, so it ends no run.
        if (collapse(textOf(child))) run.start = null;
      }
    }
  };
  visit(document, [], { start: null });
  return problems;
}
