import type { CheckReport, Reporter, Severity } from '../report.js';
import { compare, oneLine, plural, READ_ERROR, sortedFindings, withoutControls } from './common.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the file's line in the
 * pull request. GitHub shows at most 10 error and 10 warning annotations per step and drops the
 * rest silently, so past those the findings are printed as plain lines and a last line says how
 * many were not annotated. The step summary (Markdown for $GITHUB_STEP_SUMMARY) has them all.
 */

const MAX_ANNOTATIONS = 10;
// GitHub refuses a step summary over 1 MiB and shows none of it; the table stops short of that.
const MAX_SUMMARY_BYTES = 1_000_000;

interface Item {
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  endColumn?: number;
  ruleId: string;
  message: string;
}

function items(report: CheckReport): Item[] {
  return report.files.flatMap((file) => [
    ...(file.fatal === undefined ? [] : [{ severity: 'error' as const, file: file.file, ruleId: READ_ERROR, message: file.fatal }]),
    ...sortedFindings(file).map((f) => ({
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      ...(f.endColumn === undefined ? {} : { endColumn: f.endColumn }),
      ruleId: f.ruleId,
      message: f.message,
    })),
  ]);
}

// As @actions/core escapes them: the runner decodes these in the message and property values.
function escapeData(text: string): string {
  return withoutControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(item: Item): string {
  const props: [string, string | number | undefined][] = [
    ['file', item.file],
    ['line', item.line],
    ['col', item.column],
    ['endColumn', item.endColumn],
    ['title', `feedscrub(${item.ruleId})`],
  ];
  const list = props.flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${escapeProperty(String(v))}`])).join(',');
  return `::${item.severity} ${list}::${escapeData(item.message)}`;
}

/**
 * Starts with the severity, never with the file name: the runner reads any line that starts with
 * "::" as a command, and a file may be named so. On one line, so a message cannot start one either.
 */
function plain(item: Item): string {
  const where = item.line === undefined ? item.file : `${item.file}:${item.line}:${item.column ?? 1}`;
  return oneLine(`${item.severity}: ${where}: ${item.message} (${item.ruleId})`);
}

function annotations(all: readonly Item[]): string {
  const shown = { error: 0, warning: 0 };
  const lines = all.map((item) => (shown[item.severity]++ < MAX_ANNOTATIONS ? command(item) : plain(item)));
  const hidden = all.length - Math.min(shown.error, MAX_ANNOTATIONS) - Math.min(shown.warning, MAX_ANNOTATIONS);
  if (hidden > 0) {
    lines.push(
      `${plural(hidden, 'finding')} above ${hidden === 1 ? 'was' : 'were'} not annotated: GitHub shows at most ` +
        `${MAX_ANNOTATIONS} error and ${MAX_ANNOTATIONS} warning annotations per step. The step summary lists them all.`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * Untrusted text in a table cell: one line, and every character that could end the cell (`|`),
 * open inline markup (code, emphasis, links, images, math) or start HTML or an entity is
 * backslash-escaped, which CommonMark allows before any ASCII punctuation.
 */
function md(text: string): string {
  return oneLine(text).replace(/[\\`*_~[\]()<>&|$!]/g, '\\$&');
}

function byRule(all: readonly Item[]): string[] {
  const counts = new Map<string, { error: number; warning: number }>();
  for (const item of all) {
    const c = counts.get(item.ruleId) ?? { error: 0, warning: 0 };
    c[item.severity] += 1;
    counts.set(item.ruleId, c);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y.error + y.warning - (x.error + x.warning) || compare(a, b))
    .map(([id, c]) => `| ${md(id)} | ${c.error} | ${c.warning} |`);
}

function stepSummary(report: CheckReport, all: readonly Item[]): string {
  const { errorCount: errors, warningCount: warnings, fixableCount: fixable } = report;
  const total = errors + warnings;
  const title = total === 0 ? 'no problems' : `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  const dirty = report.files.filter((f) => f.findings.length > 0 || f.fatal !== undefined).length;
  const unread = report.files.filter((f) => f.fatal !== undefined).length;
  let out = `### feedscrub check: ${title}\n\n${plural(report.files.length, 'file')} checked, ${dirty} with problems`;
  if (unread > 0) out += `, ${unread} could not be read`;
  out += fixable > 0 ? `. ${plural(fixable, 'problem')} can be fixed with \`feedscrub check --fix\`.\n` : '.\n';
  if (all.length === 0) return out;

  out += `\n| Rule | Errors | Warnings |\n| --- | ---: | ---: |\n${byRule(all).join('\n')}\n`;
  out += '\n| File:line | Severity | Rule | Message |\n| --- | --- | --- | --- |\n';
  let bytes = Buffer.byteLength(out);
  let listed = 0;
  for (const item of all) {
    const where = item.line === undefined ? item.file : `${item.file}:${item.line}`;
    const row = `| ${md(where)} | ${item.severity} | ${md(item.ruleId)} | ${md(item.message)} |\n`;
    bytes += Buffer.byteLength(row);
    if (bytes > MAX_SUMMARY_BYTES) break;
    out += row;
    listed += 1;
  }
  if (listed < all.length) {
    out += `\n${plural(all.length - listed, 'more finding')} not listed: GitHub takes at most 1 MiB of summary per step. Use \`--format json\` for all of them.\n`;
  }
  return out;
}

const reporter: Reporter = {
  id: 'github',
  description: 'For GitHub Actions: annotations on the changed lines, and a Markdown summary for the job page.',
  render(report) {
    const all = items(report);
    return { output: annotations(all), stepSummary: stepSummary(report, all) };
  },
};

export default reporter;
