import type { CheckReport, FileResult, Finding, Reporter, RuleInfo } from '../report.js';

/**
 * The CheckReport itself, for scripts: exactly its fields (src/check/report.ts is the contract),
 * pretty-printed with two spaces and a final newline. Keys come in the order the interfaces declare
 * them, whatever order the checker built its objects in, so two runs over the same files print the
 * same bytes; optional keys (`endColumn`, `context`, `fatal`) are left out when absent. Files,
 * findings and rules keep the report's own order.
 */

function finding(f: Finding): Finding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.endColumn === undefined ? {} : { endColumn: f.endColumn }),
    message: f.message,
    fixable: f.fixable,
    site: f.site,
    ...(f.context === undefined ? {} : { context: { firstLine: f.context.firstLine, lines: [...f.context.lines] } }),
  };
}

function file(f: FileResult): FileResult {
  return {
    file: f.file,
    findings: f.findings.map(finding),
    errorCount: f.errorCount,
    warningCount: f.warningCount,
    ...(f.fatal === undefined ? {} : { fatal: f.fatal }),
  };
}

function rule(r: RuleInfo): RuleInfo {
  return { id: r.id, description: r.description, kind: r.kind, severity: r.severity, fixable: r.fixable };
}

function normalizeReport(report: CheckReport): CheckReport {
  return {
    files: report.files.map(file),
    rules: report.rules.map(rule),
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    fixableCount: report.fixableCount,
    version: report.version,
  };
}

const reporter: Reporter = {
  id: 'json',
  description: 'For scripts: the whole report as JSON (files, findings, rules, totals).',
  render(report) {
    return { output: `${JSON.stringify(normalizeReport(report), null, 2)}\n` };
  },
};

export default reporter;
