import type { CheckReport, FileResult, Finding, Reporter } from '../report.js';
import { READ_ERROR, sortedFindings } from './common.js';

/**
 * ESLint's JSON formatter shape (an array of results, one per file), because CI tooling that reads
 * lint results (annotators, review bots, dashboards) already reads that. Severity is ESLint's
 * number: 1 warning, 2 error. `filePath` is relative to the repository root with forward slashes,
 * like every other reporter's paths, so a report reads the same on every checkout. A file that
 * could not be read carries one message with `fatal: true`, as ESLint gives for a parse error.
 * Keys come in a fixed order and findings are sorted, so two runs print the same bytes.
 */

interface EslintFix {
  range: [number, number];
  text: string;
}

interface EslintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  fatal?: true;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: EslintFix;
}

interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
}

function message(f: Finding): EslintMessage {
  return {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: f.line,
    column: f.column,
    ...(f.endColumn === undefined ? {} : { endLine: f.line, endColumn: f.endColumn }),
    ...(f.fix === undefined ? {} : { fix: { range: [f.fix.range[0], f.fix.range[1]], text: f.fix.text } }),
  };
}

function result(file: FileResult): EslintResult {
  const findings = sortedFindings(file);
  const fatal: EslintMessage[] = file.fatal === undefined ? [] : [{ ruleId: READ_ERROR, severity: 2, fatal: true, message: file.fatal, line: 1, column: 1 }];
  const fixable = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity && f.fixable).length;
  return {
    filePath: file.file,
    messages: [...fatal, ...findings.map(message)],
    suppressedMessages: [],
    errorCount: file.errorCount,
    fatalErrorCount: fatal.length,
    warningCount: file.warningCount,
    fixableErrorCount: fixable('error'),
    fixableWarningCount: fixable('warning'),
    usedDeprecatedRules: [],
  };
}

const reporter: Reporter = {
  id: 'json',
  description: "For scripts and CI tools: ESLint's JSON results (filePath, messages, errorCount, warningCount).",
  render(report: CheckReport) {
    return { output: `${JSON.stringify(report.files.map(result), null, 2)}\n` };
  },
};

export default reporter;
