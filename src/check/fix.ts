import type { Article, Removal } from '../article.js';
import { conflictOf } from './conflicts.js';
import { frontMatterSpan, type FrontMatterSpan } from '../readers/front-matter.js';
import { KEYS } from '../readers/record.js';
import { isMetadataLine } from '../registry.js';
import type { FileContext } from './rule.js';
import { joinLines, locate, splitLines, type SourceLine } from './source.js';

/**
 * `--fix`: the file with what the rules found taken out, every other byte as it was (line
 * endings, front matter keys and their order, the final newline). Text and Markdown files are
 * rewritten; HTML is reported only, since a cut there has to follow the markup tree.
 */

export const FIXED_FORMATS = new Set(['text', 'md']);

/** Whether a removal by `rule` in this file can be written out (`removal`: that one in particular). */
export function canFix(ctx: FileContext, rule: string, removal?: Removal): boolean {
  if (!FIXED_FORMATS.has(ctx.format) || !ctx.rewritable || ctx.articles.length !== 1) return false;
  if (!isMetadataLine(rule)) return true;
  // A byline is metadata (its rule's meta.extracts): without front matter to move it into,
  // removing it would lose the author; with front matter that says otherwise, it would lose one
  // of the two values.
  return bylineConflict(ctx, removal) === null && frontMatter(ctx.lines) !== null;
}

/** How a metadata line disagrees with the front matter, or null (see conflicts.ts). */
export function bylineConflict(ctx: FileContext, removal: Removal | undefined): string | null {
  const fm = removal && isMetadataLine(removal.rule) ? frontMatter(ctx.lines) : null;
  return fm && removal ? conflictOf(removal, ctx.lines, fm.end) : null;
}

/** Lines 0..end of the front matter, fences included, or null: as the Markdown reader finds it. */
function frontMatter(lines: readonly string[]): FrontMatterSpan | null {
  return frontMatterSpan(lines);
}

/** The fixed text, or the same string when nothing can be fixed. `fixable` says which rule ids to act on. */
export function fixText(ctx: FileContext, fixable: ReadonlySet<string>): string {
  const [article] = ctx.articles;
  if (!article || !canFix(ctx, '')) return ctx.text;
  const lines = splitLines(ctx.text);
  const gone = new Set<number>();
  const cuts = new Map<number, { start: number; end: number }[]>();
  for (const r of article.removed) {
    if (!fixable.has(r.rule) || !canFix(ctx, r.rule, r)) continue;
    const i = r.line - 1;
    const line = lines[i];
    if (!line) continue;
    const at = locate(line.text, r.text);
    if (at.whole) gone.add(i);
    else cuts.set(i, [...(cuts.get(i) ?? []), at]);
  }
  for (const [i, ranges] of cuts) {
    const line = lines[i];
    if (!line || gone.has(i)) continue;
    let text = line.text;
    for (const { start, end } of [...ranges].sort((a, b) => b.start - a.start)) {
      text = `${text.slice(0, start).trimEnd()}${/\S/.test(text.slice(0, start)) && /^\S/.test(text.slice(end).trimStart()) ? ' ' : ''}${text.slice(end).trimStart()}`;
    }
    if (/[\p{L}\p{N}]/u.test(text)) line.text = text;
    else gone.add(i);
  }
  if (fixable.has('mojibake')) {
    for (const r of article.repairs) {
      const line = lines[r.line - 1];
      if (line && !gone.has(r.line - 1)) line.text = line.text.replace(r.from, r.to);
    }
  }
  const kept = dropBlankRuns(lines, gone);
  const moved = gone.size > 0 ? addFrontMatter(kept, article) : kept;
  return joinLines(moved);
}

/**
 * Removing a paragraph leaves the blank lines on both sides of it: one of them goes too. When the
 * removal reaches the end of the file, the blank lines left there go, and the file ends as it
 * did, with or without its final newline.
 */
function dropBlankRuns(lines: readonly SourceLine[], gone: ReadonlySet<number>): SourceLine[] {
  const blank = (i: number) => !gone.has(i) && lines[i]?.text.trim() === '';
  const drop = new Set(gone);
  for (let i = 0; i < lines.length; i += 1) {
    if (!gone.has(i) || gone.has(i - 1)) continue;
    let j = i;
    while (gone.has(j + 1)) j += 1;
    if ((i === 0 || blank(i - 1)) && blank(j + 1)) drop.add(j + 1);
  }
  const out = lines.filter((_, i) => !drop.has(i)).map((l) => ({ ...l }));
  if (gone.size === 0) return out;
  const last = Math.max(...gone);
  const reachesEnd = lines.every((l, i) => i <= last || drop.has(i) || l.text.trim() === '');
  if (!reachesEnd) return out;
  const finalNewline = lines.length > 1 && lines.at(-1)?.text === '';
  const eol = lines.find((l) => l.eol)?.eol ?? '\n';
  while (out.length > 0 && out.at(-1)?.text.trim() === '') out.pop();
  const end = out.at(-1);
  if (end) end.eol = finalNewline ? eol : '';
  if (end && finalNewline) out.push({ text: '', eol: '' });
  return out;
}

/** Front-matter keys for metadata the cleaner found in the text (a byline, a site in a footer). */
const MOVED = [
  ['author', 'author'],
  ['published', 'date'],
  ['site', 'site'],
  ['url', 'url'],
] as const;

/** A top-level key line of the front matter, in its syntax: `key:`, `key =` or `"key":`. */
function keyLine(format: FrontMatterSpan['format'], name: string): RegExp {
  const k = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (format === 'toml') return new RegExp(`^(?:${k}|"${k}"|'${k}')[ \\t]*=`, 'i');
  if (format === 'json') return new RegExp(`^[ \\t]*"${k}"[ \\t]*:`, 'i');
  return new RegExp(`^(?:${k}|"${k}"|'${k}'):`, 'i');
}

function addFrontMatter(lines: SourceLine[], article: Article): SourceLine[] {
  const fm = frontMatter(lines.map((l) => l.text));
  if (!fm) return lines;
  const declared = (field: keyof typeof KEYS) => lines.slice(1, fm.end).some((l) => KEYS[field].some((k) => keyLine(fm.format, k).test(l.text)));
  const eol = lines[0]?.eol || '\n';
  const added: SourceLine[] = [];
  for (const [field, keyName] of MOVED) {
    const value = article[field];
    if (value === null || declared(field)) continue;
    const text = fm.format === 'toml' ? `${keyName} = ${tomlScalar(value)}` : fm.format === 'json' ? `"${keyName}": ${JSON.stringify(value)}` : `${keyName}: ${yamlScalar(value)}`;
    added.push({ text, eol });
  }
  if (added.length === 0) return lines;
  if (fm.format === 'json') {
    // After the opening brace, each with a comma when keys follow, in the object's own indent.
    const indent = /^[ \t]*/.exec(lines[1]?.text ?? '')?.[0] || '  ';
    const more = lines.slice(1, fm.end).some((l) => l.text.trim() !== '');
    const json = added.map((l, i) => ({ ...l, text: `${indent}${l.text}${more || i < added.length - 1 ? ',' : ''}` }));
    return [lines[0] as SourceLine, ...json, ...lines.slice(1)];
  }
  // TOML keys after a [table] header belong to that table: top-level keys go above the first one.
  const table = fm.format === 'toml' ? lines.slice(1, fm.end).findIndex((l) => /^[ \t]*\[/.test(l.text)) : -1;
  let at = table === -1 ? fm.end : table + 1;
  while (at > 1 && lines[at - 1]?.text.trim() === '') at -= 1;
  return [...lines.slice(0, at), ...added, ...lines.slice(at)];
}

/** A TOML value: a date as a TOML date (Hugo reads it as one), anything else a basic string. */
function tomlScalar(value: string): string {
  return /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?)?$/.test(value) ? value : JSON.stringify(value);
}

const RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/** A plain YAML scalar when that reads back as the same string, else a JSON string (valid YAML). */
export function yamlScalar(value: string): string {
  const isoDate = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?)?$/.test(value);
  if (isoDate) return value;
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .,'’()&/-]*$/u.test(value) && !RESERVED.test(value) && !/^[\d.+-]/.test(value) && !/\s$/.test(value);
  return plain ? value : JSON.stringify(value);
}
