/**
 * What `feedscrub check` finds, in the shape every reporter reads. Reporters are pure functions of
 * a CheckReport: no file system, no clock, so their output is golden-testable byte for byte.
 */

export type Severity = 'error' | 'warning';

/** Where a check rule comes from: a cleaning rule (line or markup), a metadata check, or the user's config. */
export type RuleKind = 'cleaning' | 'metadata' | 'custom';

export interface RuleInfo {
  /** Stable id: a built-in rule's file name, or a custom rule's id from the config. */
  id: string;
  description: string;
  kind: RuleKind;
  /** Severity after the config was applied. */
  severity: Severity;
  /** Whether `--fix` can remove what this rule finds. */
  fixable: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Relative to the repository root (the folder holding .git, else the working folder), forward slashes. */
  file: string;
  /** 1-based line and column of the start of the finding in the file as it is on disk. */
  line: number;
  column: number;
  /** 1-based, exclusive end column on `line`: the part a fix would remove. Absent for whole-file findings. */
  endColumn?: number;
  message: string;
  /** Whether `--fix` would remove it. */
  fixable: boolean;
  /** For a fixable removal: what --fix deletes, as 0-based offsets into the text (ESLint's fix object). */
  fix?: { range: [number, number]; text: string };
  /** The site the article belongs to (as extracted), for per-site summaries; null when unknown. */
  site: string | null;
  /** The finding's line with up to two lines either side, for reporters that show context. */
  context?: { firstLine: number; lines: string[] };
}

export interface FileResult {
  file: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** Set when the file could not be read at all (permissions, binary): reported, and counted as an error. */
  fatal?: string;
}

export interface CheckReport {
  /** Every checked file in input order (see expandInputs), clean ones included (JUnit and SARIF list them). */
  files: FileResult[];
  /** Every rule that was in force, sorted by id: SARIF's rule table and the HTML report's legend. */
  rules: RuleInfo[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** The tool's version, for SARIF's tool.driver and report footers. */
  version: string;
}

export interface ReporterOptions {
  /** Colour for terminals (stylish only). */
  color: boolean;
}

export interface ReporterOutput {
  /** What goes to stdout (or to `-o`). */
  output: string;
  /** GitHub only: Markdown to append to $GITHUB_STEP_SUMMARY when that variable is set. */
  stepSummary?: string;
}

export interface Reporter {
  /** Also the file name under src/check/reporters/ and the `--format` value. */
  id: string;
  description: string;
  render(report: CheckReport, options: ReporterOptions): ReporterOutput;
}

/** A report's totals from its files: one place counts them, so every reporter sees the same numbers. */
export function reportOf(files: FileResult[], rules: RuleInfo[], version: string): CheckReport {
  const all = files.flatMap((f) => f.findings);
  return {
    files,
    rules,
    errorCount: files.reduce((n, f) => n + f.errorCount, 0),
    warningCount: files.reduce((n, f) => n + f.warningCount, 0),
    fixableCount: all.filter((f) => f.fixable).length,
    version,
  };
}

/** A file's result with its counts; a fatal file counts as one error. */
export function fileResult(file: string, findings: Finding[], fatal?: string): FileResult {
  return {
    file,
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length + (fatal === undefined ? 0 : 1),
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    ...(fatal === undefined ? {} : { fatal }),
  };
}

/** A quoted piece of a line in a message, cut to `max` characters. */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
