import type { Article, ItemError, MetaField } from '../article.js';
import type { Severity } from './report.js';

/**
 * A check of the file's metadata or text, beside the cleaning rules (whose findings are their
 * removals). Each lives in src/check/rules/<id>.ts, is listed in src/check/rules/index.ts (and so in src/registry.ts), and is
 * configured by its id like any cleaning rule.
 */
export interface CheckRule {
  id: string;
  description: string;
  /** Facts the engine reads; a rule without them gets the defaults. */
  meta?: CheckRuleMeta;
  /** Findings for one file; set-level rules (duplicates) use `checkSet` instead. */
  check?(ctx: FileContext): Issue[];
  checkSet?(files: readonly FileContext[]): Map<FileContext, Issue[]>;
}

export interface CheckRuleMeta {
  /** Its severity unless the config sets one (default 'error'). */
  severity?: Severity;
  /** Whether `--fix` can mend what it finds (default false). */
  fixable?: boolean;
}

/** A finding before the engine adds the rule id, severity, file name and context. */
export interface Issue {
  line: number;
  column?: number;
  endColumn?: number;
  message: string;
  fixable?: boolean;
}

export interface CheckSettings {
  /** Fields that must be present. */
  required: readonly MetaField[];
  /** YYYY-MM-DD, or null for no floor. */
  dateFloor: string | null;
  minWords: number;
  /** What "in the future" counts from. */
  now: Date;
}

export interface FileContext {
  /** As displayed: relative, forward slashes. */
  file: string;
  /** The file's decoded text and its lines, as on disk (line breaks removed). */
  text: string;
  lines: readonly string[];
  /**
   * Whether the file is UTF-8 without a bad byte: --fix rewrites only those, so that no byte
   * changes but the ones it means to. `bom`: the file starts with one, and keeps it.
   */
  rewritable: boolean;
  bom: boolean;
  /** The reader used: md, html, text... */
  format: string;
  /** The file's articles (a text dump may hold several), and the records that could not be read. */
  articles: readonly Article[];
  errors: readonly ItemError[];
  settings: CheckSettings;
}
