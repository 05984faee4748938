import type { FileResult, Finding, Reporter } from '../report.js';
import { oneLine, READ_ERROR, sortedFindings } from './common.js';

/**
 * JUnit XML, the test report every CI server reads (Jenkins, GitLab, Azure Pipelines, CircleCI).
 * As ESLint's junit formatter does it: a test suite per file, a test case per finding, reported as
 * a <failure> whether error or warning (its `type` says which), an <error> for a file that could
 * not be read at all, and one passing test case for a clean file so that it counts as checked.
 * Everything from the report is untrusted text: escaped, and stripped of characters XML 1.0 does
 * not allow at all (controls, lone surrogates), so the document always parses.
 */

// Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function text(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => ENTITIES[c] ?? c);
}

/** Attribute values also keep their tabs and line breaks, which a parser would turn into spaces. */
function attr(value: string | number): string {
  return String(value)
    .replace(NOT_XML, '')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${attr(v)}"`)
    .join('');
}

function element(name: string, values: Record<string, string | number>, body?: string): string {
  return body === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${body}</${name}>`;
}

/** The finding with the lines around it, the finding's own marked, for the CI server's detail pane. */
function detail(f: Finding): string {
  let out = `${f.severity} at ${f.file}:${f.line}:${f.column} (${f.ruleId})\n${f.message}\n`;
  const context = f.context;
  if (context && context.lines.length > 0) {
    const w = String(context.firstLine + context.lines.length - 1).length;
    out += '\n';
    context.lines.forEach((line, i) => {
      const n = context.firstLine + i;
      out += `${n === f.line ? '>' : ' '} ${String(n).padStart(w)} | ${line}\n`;
    });
  }
  return text(out);
}

function testcase(classname: string, name: string, body?: string): string {
  return `    ${element('testcase', { classname, name, time: 0 }, body === undefined ? undefined : `\n      ${body}\n    `)}\n`;
}

function suite(file: FileResult): { xml: string; tests: number; failures: number; errors: number } {
  const findings = sortedFindings(file);
  let cases = '';
  if (file.fatal !== undefined) {
    cases += testcase(file.file, READ_ERROR, element('error', { message: oneLine(file.fatal), type: READ_ERROR }, text(file.fatal)));
  }
  for (const f of findings) {
    const failure = element('failure', { message: oneLine(f.message), type: f.severity }, detail(f));
    cases += testcase(file.file, `${f.ruleId} ${f.line}:${f.column}`, failure);
  }
  if (cases === '') cases = testcase(file.file, file.file);
  const errors = file.fatal === undefined ? 0 : 1;
  const tests = Math.max(1, findings.length + errors);
  const open = attrs({ name: file.file, tests, failures: findings.length, errors, skipped: 0, time: 0 });
  return { xml: `  <testsuite${open}>\n${cases}  </testsuite>\n`, tests, failures: findings.length, errors };
}

const reporter: Reporter = {
  id: 'junit',
  description: 'For CI test reports (Jenkins, GitLab, Azure): JUnit XML, a test suite per file.',
  render(report) {
    const suites = report.files.map(suite);
    const sum = (key: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[key], 0);
    const root = attrs({ name: 'feedscrub', tests: sum('tests'), failures: sum('failures'), errors: sum('errors'), time: 0 });
    const output = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${root}>\n${suites.map((s) => s.xml).join('')}</testsuites>\n`;
    return { output };
  },
};

export default reporter;
