import type { CheckReport, FileResult, Finding, Reporter, RuleInfo } from '../report.js';
import { compare, sortedFindings } from './common.js';
import { barChart, capBars, e, fmt, legend, plural, tally } from './html-chart.js';
import { STYLE } from './html-style.js';

/**
 * A page for editors: one self-contained document with no script and nothing to fetch, so it can
 * be mailed, archived or opened from a CI artifact as it is. Everything from the report is
 * untrusted text (file names, messages and article lines come from scraped content) and goes
 * through escapeHtml on its way in; the CSP is a second wall should that ever be missed.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const TOP_FILES = 10;
const MAX_SITES = 15;

type Rules = ReadonlyMap<string, RuleInfo>;

function count(n: number, word: string, cls: string): string {
  return `<div class="card ${n === 0 ? 'zero' : cls}"><dt>${word}</dt><dd>${fmt(n)}</dd></div>`;
}

function verdict(report: CheckReport, fatal: number): string {
  const { errorCount: errors, warningCount: warnings, fixableCount: fixable } = report;
  if (errors + warnings === 0) return 'Nothing to fix.';
  const problems = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(' and ');
  // An unreadable file counts as an error (see FileResult.fatal), so it counts among the files too.
  const files = report.files.filter((f) => f.errorCount + f.warningCount > 0).length;
  const unread = fatal ? ` (${fmt(fatal)} could not be read)` : '';
  const fix = fixable ? ` ${fmt(fixable)} can be removed with <code>--fix</code>.` : '';
  return `${problems} in ${plural(files, 'file')}${unread}.${fix}`;
}

function header(report: CheckReport, withFindings: number, fatal: number): string {
  const { errorCount: errors, warningCount: warnings, fixableCount: fixable } = report;
  return `<header class="top"><h1>feedscrub check</h1></header>
<p class="verdict">${verdict(report, fatal)}</p>
<dl class="totals">
${count(report.files.length, 'files checked', '')}
${count(withFindings, 'files with findings', '')}
${count(errors, 'errors', 'error')}
${count(warnings, 'warnings', 'warning')}
${count(fixable, 'fixable', '')}
</dl>`;
}

function charts(findings: readonly Finding[], rules: Rules): string {
  const byRule = tally(findings, (f) => f.ruleId);
  for (const b of byRule) {
    const hint = rules.get(b.label)?.description;
    if (hint !== undefined) b.hint = hint;
  }
  const bySite = tally(findings, (f) => f.site ?? '\0');
  for (const b of bySite) {
    // '\0' sorts unknown sites by count like the rest, then is shown as words, not as a name.
    if (b.label === '\0') Object.assign(b, { label: 'unknown site', other: true });
  }
  return `${barChart('rules', 'Findings by rule', byRule)}
${barChart('sites', 'Findings by site', capBars(bySite, MAX_SITES, 'other site'))}
${legend()}`;
}

function topFiles(files: readonly FileResult[], anchors: ReadonlyMap<FileResult, string>): string {
  const top = [...files].sort((a, b) => b.findings.length - a.findings.length || compare(a.file, b.file)).slice(0, TOP_FILES);
  const rows = top.map(
    (f) =>
      `<tr><td class="path"><a href="#${anchors.get(f)}">${e(f.file)}</a></td><td class="num split">${fmt(f.errorCount)}</td>` +
      `<td class="num split">${fmt(f.warningCount)}</td><td class="num"><b>${fmt(f.findings.length)}</b></td></tr>`,
  );
  const title = files.length > TOP_FILES ? `The ${TOP_FILES} files with the most findings` : 'Files with findings';
  return `<h2>${title}</h2>
<div class="card top-files scroll"><table>
<thead><tr><th>File</th><th class="num split">Errors</th><th class="num split">Warnings</th><th class="num">Findings</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`;
}

/**
 * Splits the line at UTF-16 offsets (the report's columns) before escaping, so an entity is never
 * cut; a boundary inside a surrogate pair is widened to the whole character rather than leaving
 * half of it, which would print as U+FFFD.
 */
function markLine(text: string, column: number, endColumn: number | undefined): string {
  if (endColumn === undefined) return e(text);
  const widen = (i: number, dir: -1 | 1): number => {
    const at = Math.min(Math.max(i, 0), text.length);
    const low = text.charCodeAt(at);
    const high = text.charCodeAt(at - 1);
    const inside = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    return inside ? at + (dir === -1 ? -1 : 1) : at;
  };
  const start = widen(column - 1, -1);
  const end = widen(endColumn - 1, 1);
  if (end <= start) return e(text);
  return `${e(text.slice(0, start))}<mark>${e(text.slice(start, end))}</mark>${e(text.slice(end))}`;
}

function context(f: Finding): string {
  if (!f.context || f.context.lines.length === 0) return '';
  const { firstLine, lines } = f.context;
  const gutter = String(firstLine + lines.length - 1).length;
  const items = lines.map((text, i) => {
    const hit = firstLine + i === f.line;
    return hit ? `<li class="hit"><span>${markLine(text, f.column, f.endColumn)}</span></li>` : `<li><span>${e(text)}</span></li>`;
  });
  // A CSS counter numbers the lines: the numbers stay out of a copied selection, unlike text.
  return `<ol class="ctx" style="counter-reset:ln ${firstLine - 1};--gutter:${gutter}ch" aria-label="Lines ${firstLine} to ${firstLine + lines.length - 1}">${items.join('')}</ol>`;
}

function finding(f: Finding, rules: Rules): string {
  const rule = rules.get(f.ruleId);
  const title = rule ? ` title="${e(rule.description)}"` : '';
  const icon = f.severity === 'error' ? '✖' : '▲';
  return `<li class="finding">
<div class="meta"><span class="sev sev-${e(f.severity)}"><span aria-hidden="true">${icon}</span> ${e(f.severity)}</span>` +
    `<code class="rule"${title}>${e(f.ruleId)}</code><span class="pos">${e(`${f.line}:${f.column}`)}</span>` +
    `${f.fixable ? '<span class="tag">fixable</span>' : ''}${f.site ? `<span class="muted">${e(f.site)}</span>` : ''}</div>
<p class="msg">${e(f.message)}</p>
${context(f)}
</li>`;
}

function fileSection(file: FileResult, id: string, rules: Rules): string {
  const counts = [file.errorCount && plural(file.errorCount, 'error'), file.warningCount && plural(file.warningCount, 'warning')];
  return `<section class="file card" id="${id}" aria-labelledby="${id}-h">
<header><h3 id="${id}-h"><a href="#${id}">${e(file.file)}</a></h3><span class="muted">${counts.filter(Boolean).join(', ')}</span></header>
<ol class="findings">
${sortedFindings(file).map((f) => finding(f, rules)).join('\n')}
</ol>
</section>`;
}

function fatalList(files: readonly FileResult[]): string {
  if (files.length === 0) return '';
  const items = files.map((f) => `<li><code>${e(f.file)}</code>: ${e(f.fatal ?? '')}</li>`);
  return `<h2>Files that could not be checked</h2>\n<ul class="card fatal">\n${items.join('\n')}\n</ul>`;
}

function empty(report: CheckReport, fatal: number): string {
  const n = report.files.length;
  const what =
    n === 0 ? 'No files were checked.' : fatal ? 'Every file that could be read is clean.' : n === 1 ? 'The file is clean.' : `All ${fmt(n)} files are clean.`;
  return `<section class="empty card"><p class="big"><span aria-hidden="true">✓</span> No findings</p><p class="muted">${what}</p></section>`;
}

function appendix(report: CheckReport, clean: readonly FileResult[], findings: readonly Finding[]): string {
  const found = new Map(tally(findings, (f) => f.ruleId).map((b) => [b.label, b.error + b.warning]));
  const rows = report.rules.map(
    (r) =>
      `<tr><td class="wrap"><code>${e(r.id)}</code><br><span class="muted">${e(r.kind)}</span></td><td class="wrap">${e(r.description)}</td>` +
      `<td>${e(r.severity)}${r.fixable ? '<br><span class="muted">fixable</span>' : ''}</td><td class="num">${fmt(found.get(r.id) ?? 0)}</td></tr>`,
  );
  const rules = report.rules.length
    ? `<details><summary>Rules in force (${fmt(report.rules.length)})</summary><div class="card scroll"><table>
<thead><tr><th>Rule</th><th>What it finds</th><th>Severity</th><th class="num">Findings</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div></details>`
    : '';
  const files = clean.length
    ? `<details><summary>Clean files (${fmt(clean.length)})</summary><ul class="card plain">${clean.map((f) => `<li><code>${e(f.file)}</code></li>`).join('')}</ul></details>`
    : '';
  return rules + files;
}

function render(report: CheckReport): string {
  const withFindings = report.files.filter((f) => f.findings.length > 0);
  const fatal = report.files.filter((f) => f.fatal !== undefined);
  const clean = report.files.filter((f) => f.findings.length === 0 && f.fatal === undefined);
  const findings = withFindings.flatMap((f) => f.findings);
  const rules: Rules = new Map(report.rules.map((r) => [r.id, r]));
  // Ids from the file's position, not its name: a name can hold anything, an index cannot.
  const anchors = new Map(withFindings.map((f, i) => [f, `file-${i + 1}`]));

  const body = findings.length
    ? [
        charts(findings, rules),
        topFiles(withFindings, anchors),
        fatalList(fatal),
        `<h2>Findings by file</h2>`,
        ...withFindings.map((f) => fileSection(f, anchors.get(f) ?? '', rules)),
      ]
    : [empty(report, fatal.length), fatalList(fatal)];
  const title = `feedscrub check: ${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${header(report, withFindings.length, fatal.length)}
${body.filter(Boolean).join('\n')}
${appendix(report, clean, findings)}
<footer>Made by feedscrub ${e(report.version)}</footer>
</main>
</body>
</html>
`;
}

const reporter: Reporter = {
  id: 'html',
  description: 'A self-contained HTML page for people: totals, charts by rule and by site, each finding in its context.',
  render: (report) => ({ output: render(report) }),
};
export default reporter;
