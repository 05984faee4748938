import { readFile } from 'node:fs/promises';
import { isArticle, type Article, type ItemError } from '../article.js';
import { scrubItems, type ScrubOptions } from '../pipeline.js';
import { BINARY_INPUT, decode, looksBinary } from '../read.js';
import type { InputFile } from '../inputs/expand.js';
import { isMetadataLine, type RuleEntry } from '../registry.js';
import { bylineConflict, canFix, fixText } from './fix.js';
import { fileResult, reportOf, shorten, type CheckReport, type Finding, type RuleInfo, type RuleKind, type Severity } from './report.js';
import type { CheckRule, CheckSettings, FileContext, Issue } from './rule.js';
import { reason } from '../errors.js';
import { checkRules } from './rules/index.js';
import { fixRange, locate, splitLines } from './source.js';

/**
 * The engine of `feedscrub check`: each file goes through the same pipeline as a conversion, and
 * what the cleaning rules take out of it is what is still wrong with it. The metadata checks
 * (src/check/rules/) then look at the articles, one file at a time and across the set.
 */

export interface CheckOptions {
  settings: CheckSettings;
  /** The same scrub options a conversion with this config would use. */
  scrub: Omit<ScrubOptions, 'path'>;
  /** Every rule in force (see checkOptions): line, markup, custom and the checks. */
  rules: readonly RuleEntry[];
  /** A rule's severity once the config is applied. */
  severity(id: string, fallback: Severity | 'off'): Severity | 'off';
  version: string;
}

/** A file as checked: its context for the rules, or why it could not be read. */
export type Checked = { input: InputFile; ctx: FileContext } | { input: InputFile; fatal: string };

/** A file (or, with `read`, what stands for one, as stdin) read and made ready for the rules. */
export async function readForCheck(input: InputFile, options: CheckOptions, read: () => Promise<Uint8Array> = () => readFile(input.absolute)): Promise<Checked> {
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (error) {
    return { input, fatal: `cannot be read: ${reason(error)}` };
  }
  if (looksBinary(bytes)) return { input, fatal: BINARY_INPUT };
  return { input, ctx: contextOf(input.display, bytes, options) };
}

export function contextOf(file: string, bytes: Uint8Array | string, options: CheckOptions): FileContext {
  const decoded = decode(bytes);
  const items = scrubItems(bytes, { ...options.scrub, path: file });
  const articles = items.filter(isArticle);
  const errors = items.filter((i): i is ItemError => !isArticle(i));
  // TextDecoder drops a BOM from bytes; a string (a fix pass) keeps it: either way it is not text.
  const text = decoded.text.replace(/^\uFEFF/, '');
  const format = items[0]?.source.format ?? 'text';
  const rewritable = decoded.encoding === 'utf-8' && decoded.warnings.length === 0;
  const bom = typeof bytes === 'string' ? bytes.startsWith('\uFEFF') : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const lines = splitLines(text).map((l) => l.text);
  return { file, text, lines, format, articles, errors, settings: options.settings, rewritable, bom };
}

/**
 * The file fixed until the rules find nothing more to fix (taking out a footer can bring the line
 * above it into the tail), so that a second --fix changes nothing. Returns the file as re-checked.
 */
export function fixFile(ctx: FileContext, fixable: ReadonlySet<string>, options: CheckOptions): FileContext {
  let current = ctx;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
    const text = fixText(current, fixable);
    if (text === current.text) break;
    current = contextOf(current.file, `${ctx.bom ? '\uFEFF' : ''}${text}`, options);
  }
  return current;
}

/** Real files settle in one or two passes; the bound only guards against a rule that never settles. */
const MAX_FIX_PASSES = 5;

/** The ids of the rules --fix acts on: fixable ones that are in force. */
export function fixableRules(options: CheckOptions): Set<string> {
  return new Set(ruleTable(options).filter((r) => r.fixable).map((r) => r.id));
}

/** Every finding, file by file in the given order, and the rule table, as reporters take them. */
export function report(checked: readonly Checked[], options: CheckOptions): CheckReport {
  const contexts = checked.flatMap((c) => ('ctx' in c ? [c.ctx] : []));
  const rules = ruleTable(options);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const perFile = new Map<FileContext, Finding[]>(contexts.map((ctx) => [ctx, [...cleaningFindings(ctx, byId)]]));
  for (const rule of checkRules) {
    const info = byId.get(rule.id);
    if (!info) continue;
    if (rule.check) for (const ctx of contexts) perFile.get(ctx)?.push(...rule.check(ctx).map((i) => finding(ctx, info, i, null)));
    if (rule.checkSet) {
      for (const [ctx, issues] of rule.checkSet(contexts)) perFile.get(ctx)?.push(...issues.map((i) => finding(ctx, info, i, null)));
    }
  }
  const files = checked.map((c) => {
    if ('fatal' in c) return fileResult(c.input.display, [], c.fatal);
    return fileResult(c.input.display, (perFile.get(c.ctx) ?? []).sort((a, b) => a.line - b.line || a.column - b.column));
  });
  return reportOf(files, rules, options.version);
}

/** How reports name a rule's kind: markup and line rules alike are cleaning rules there. */
const KINDS: Record<RuleEntry['kind'], RuleKind> = { line: 'cleaning', dom: 'cleaning', custom: 'custom', check: 'metadata' };

function ruleTable(options: CheckOptions): RuleInfo[] {
  const table: RuleInfo[] = [];
  const add = (id: string, description: string, kind: RuleKind, fallback: Severity | 'off', fixable: boolean) => {
    const severity = options.severity(id, fallback);
    if (severity !== 'off') table.push({ id, description, kind, severity, fixable });
  };
  for (const r of options.rules) add(r.id, r.description, KINDS[r.kind], r.severity, r.fixable);
  return table.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function* cleaningFindings(ctx: FileContext, rules: ReadonlyMap<string, RuleInfo>): Generator<Finding> {
  for (const article of ctx.articles) {
    for (const r of article.removed) {
      const info = rules.get(r.rule);
      if (!info || info.kind === 'metadata') continue;
      const line = ctx.lines[r.line - 1] ?? '';
      const at = locate(line, r.text);
      const byline = isMetadataLine(r.rule);
      const conflict = byline ? bylineConflict(ctx, r) : null;
      const message = conflict
        ? `Byline or date line ${conflict}: kept by --fix; settle it by hand`
        : byline
          ? `Byline or date line "${shorten(r.text)}" belongs in the metadata`
          : `Boilerplate "${shorten(r.text)}"`;
      const issue: Issue = { line: r.line, column: at.start + 1, endColumn: at.end + 1, message, fixable: canFix(ctx, r.rule, r) };
      const out = finding(ctx, info, issue, article);
      if (out.fixable) out.fix = fixRange(ctx, ctx.text, r.line, at);
      yield out;
    }
  }
}

function finding(ctx: FileContext, rule: RuleInfo, issue: Issue, article: Article | null): Finding {
  const first = Math.max(1, issue.line - 2);
  const out: Finding = {
    ruleId: rule.id,
    severity: rule.severity,
    file: ctx.file,
    line: issue.line,
    column: issue.column ?? 1,
    message: issue.message,
    fixable: issue.fixable ?? rule.fixable,
    site: (article ?? ctx.articles[0])?.site ?? null,
    context: { firstLine: first, lines: ctx.lines.slice(first - 1, issue.line + 2) },
  };
  if (issue.endColumn !== undefined && issue.endColumn > out.column) out.endColumn = issue.endColumn;
  return out;
}


export type { CheckRule, CheckSettings, FileContext };
