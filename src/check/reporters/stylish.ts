import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckReport, FileResult, Reporter } from '../report.js';
import { oneLine, plural, READ_ERROR, sortedFindings } from './common.js';

/**
 * ESLint's "stylish" look, so that people who know ESLint read it at a glance: a file's path, its
 * findings as aligned rows, and one summary line. A clean run prints nothing at all, which keeps
 * `feedscrub check` quiet in scripts and hooks.
 */

interface Row {
  line: string;
  column: string;
  severity: 'error' | 'warning';
  message: string;
  ruleId: string;
}

function rows(file: FileResult): Row[] {
  const out: Row[] = [];
  // An unreadable file has no position: 0:0, as ESLint prints a fatal parse error without one.
  if (file.fatal !== undefined) out.push({ line: '0', column: '0', severity: 'error', message: oneLine(file.fatal), ruleId: READ_ERROR });
  for (const f of sortedFindings(file)) {
    out.push({ line: String(f.line), column: String(f.column), severity: f.severity, message: oneLine(f.message), ruleId: oneLine(f.ruleId) });
  }
  return out;
}

/** Characters, not UTF-16 units, so that a message with emoji does not push the next column out. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(text)));
}

function max(values: readonly string[]): number {
  return values.reduce((m, v) => Math.max(m, width(v)), 0);
}

function table(file: FileResult, c: ChalkInstance): string {
  const all = rows(file);
  const w = {
    line: max(all.map((r) => r.line)),
    column: max(all.map((r) => r.column)),
    severity: max(all.map((r) => r.severity)),
    message: max(all.map((r) => r.message)),
  };
  // Padding stays outside the colour codes, so alignment is the same with colour on or off.
  return all
    .map((r) => {
      const position = c.dim(`${pad(r.line, w.line)}${r.line}:${r.column}`) + pad(r.column, w.column);
      const severity = (r.severity === 'error' ? c.red : c.yellow)(r.severity) + pad(r.severity, w.severity);
      return `  ${position}  ${severity}  ${r.message}${pad(r.message, w.message)}  ${c.dim(r.ruleId)}\n`;
    })
    .join('');
}

function summary(report: CheckReport, c: ChalkInstance): string {
  const { errorCount: errors, warningCount: warnings, fixableCount: fixable } = report;
  const colour = errors > 0 ? c.red.bold : c.yellow.bold;
  let out = colour(`\u2716 ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`) + '\n';
  if (fixable > 0) out += colour(`  ${plural(fixable, 'problem')} fixable with the --fix option.`) + '\n';
  return out;
}

const reporter: Reporter = {
  id: 'stylish',
  description: 'For people at a terminal: findings grouped by file in aligned columns, as ESLint prints them.',
  render(report, options) {
    const c = new Chalk({ level: options.color ? 1 : 0 });
    const files = report.files.filter((f) => f.findings.length > 0 || f.fatal !== undefined);
    if (files.length === 0 && report.errorCount + report.warningCount === 0) return { output: '' };
    // The leading blank line sets the report off from the command line above it, as ESLint's does.
    let output = '\n';
    for (const file of files) output += `${c.underline(oneLine(file.file))}\n${table(file, c)}\n`;
    return { output: output + summary(report, c) };
  },
};

export default reporter;
