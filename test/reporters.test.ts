import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { CheckReport, FileResult, Finding, ReporterOptions } from '../src/check/report.js';
import { loadReporter, reporterName, reporters, type ReporterName } from '../src/check/reporters/index.js';
import { golden, root, updating } from './helpers/fixtures.js';
import { sampleReport } from './helpers/sample-report.js';

/**
 * What a user of each --format sees: the sample report (hostile text included) rendered and held
 * to golden files in fixtures/check-reporters/, and each format checked by the tool that reads
 * it: a JSON parser, the SARIF 2.1.0 schema, an XML parser, a Markdown renderer.
 */

const dir = path.join(root, 'fixtures/check-reporters');
const plain: ReporterOptions = { color: false };
const ANSI = /\u001b\[[0-9;]*m/g;

async function render(id: ReporterName, report: CheckReport, options = plain) {
  return (await loadReporter(id)).render(report, options);
}

function report(files: FileResult[]): CheckReport {
  const all = files.flatMap((f) => f.findings);
  const count = (s: string) => all.filter((f) => f.severity === s).length;
  return { files, rules: [], errorCount: count('error'), warningCount: count('warning'), fixableCount: all.filter((f) => f.fixable).length, version: '0.1.0' };
}

function finding(over: Partial<Finding> = {}): Finding {
  return { ruleId: 'feedzy-footer', severity: 'error', file: 'a.md', line: 3, column: 1, endColumn: 20, message: 'Feedzy footer', fixable: true, site: null, ...over };
}

function fileOf(name: string, findings: Finding[]): FileResult {
  const n = (s: string) => findings.filter((f) => f.severity === s).length;
  return { file: name, findings: findings.map((f) => ({ ...f, file: name })), errorCount: n('error'), warningCount: n('warning') };
}

const empty = report([]);
const clean = report([fileOf('content/clean.md', [])]);

describe('golden files for the sample report', () => {
  it.each([
    ['stylish', plain, 'output', 'expected.stylish.txt'],
    ['stylish', { color: true }, 'output', 'expected.stylish-color.txt'],
    ['json', plain, 'output', 'expected.json'],
    ['github', plain, 'output', 'expected.github.txt'],
    ['github', plain, 'stepSummary', 'expected.github-summary.md'],
    ['sarif', plain, 'output', 'expected.sarif'],
    ['junit', plain, 'output', 'expected.junit.xml'],
  ] as const)('%s writes %s (%s) as in %s', async (id, options, part, file) => {
    const actual = (await render(id, sampleReport(), options))[part] ?? '';
    const result = golden(path.join(dir, file), actual);
    if (!result.ok && result.expected === null) expect.fail(`${file} was missing and has been written: review it, then run the tests again`);
    if (!result.ok) expect(actual).toBe(result.expected);
  });
});

describe('the registry', () => {
  it('knows each format by name, and nothing else', async () => {
    for (const name of Object.keys(reporters)) {
      expect(reporterName(name)).toBe(name);
      expect((await loadReporter(name as ReporterName)).id).toBe(name);
    }
    expect(reporterName('toString')).toBeNull();
    expect(reporterName('checkstyle')).toBeNull();
  });
});

describe('stylish', () => {
  it('aligns each file\'s rows in columns and sums up with singular and plural right', async () => {
    const { output } = await render('stylish', sampleReport());
    const block = output.trimStart().split('\n\n').find((b) => b.startsWith('content/dirty'))!.split('\n').slice(1);
    expect(block).toHaveLength(3);
    // Where the severity, the message and the rule id start: the same on every row.
    for (const start of [(r: string) => r.search(/(error|warning) /), (r: string) => r.search(/(?<=(error|warning) +)\S/), (r: string) => r.lastIndexOf('  ') + 2]) {
      expect(new Set(block.map(start)).size).toBe(1);
    }
    expect(block[0]).toMatch(/^ {3}5:3 {2}warning {2}Promo line: "<script>/);
    expect(output).toContain('\n  0:0  error  looks like a binary file, not a text dump  read-error\n');
    expect(output.endsWith('\u2716 6 problems (4 errors, 2 warnings)\n  3 problems fixable with the --fix option.\n')).toBe(true);

    const one = (await render('stylish', report([fileOf('a.md', [finding()])]))).output;
    expect(one.endsWith('\u2716 1 problem (1 error, 0 warnings)\n  1 problem fixable with the --fix option.\n')).toBe(true);
    const unfixable = (await render('stylish', report([fileOf('a.md', [finding({ fixable: false })])]))).output;
    expect(unfixable).not.toContain('fixable');
  });

  it('prints nothing at all when there is nothing to report', async () => {
    expect((await render('stylish', empty, { color: true })).output).toBe('');
    expect((await render('stylish', clean, { color: true })).output).toBe('');
  });

  it('shows a message on one line, and no escape code at all with colour off, even one in the message', async () => {
    const hostile = report([fileOf('x\u001b[2Jy.md', [finding({ message: 'two\nlines \u001b[31mred\u001b[0m\r\nthree' })])]);
    const { output } = await render('stylish', hostile);
    expect(output).not.toContain('\u001b');
    expect(output).toContain('two lines \uFFFD[31mred\uFFFD[0m three');
    expect((await render('stylish', sampleReport())).output).not.toContain('\u001b');
  });

  it('colours with colour on, without moving a column', async () => {
    const coloured = (await render('stylish', sampleReport(), { color: true })).output;
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[4mcontent/dirty, "quoted": 100%.md\u001b[24m');
    expect(coloured.replace(ANSI, '')).toBe((await render('stylish', sampleReport())).output);
  });
});

describe('json', () => {
  it("is ESLint's array of results: numeric severities, one entry per file, the same bytes whatever the input's key order", async () => {
    const sample = sampleReport();
    const { output } = await render('json', sample);
    expect(output.endsWith(']\n')).toBe(true);
    const results = JSON.parse(output) as { filePath: string; messages: { ruleId: string | null; severity: number; line: number; column: number; endLine?: number; endColumn?: number; fatal?: boolean }[]; errorCount: number; warningCount: number }[];
    expect(results.map((r) => r.filePath)).toEqual(sample.files.map((f) => f.file));
    expect(Object.keys(results[0] ?? {})).toEqual(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules']);
    const messages = results.flatMap((r) => r.messages);
    expect(new Set(messages.map((m) => m.severity))).toEqual(new Set([1, 2]));
    for (const m of messages) if (m.endColumn !== undefined) expect(m.endLine).toBe(m.line);
    expect(results.reduce((n, r) => n + r.errorCount, 0)).toBe(sample.errorCount);
    expect(results.reduce((n, r) => n + r.warningCount, 0)).toBe(sample.warningCount);
    const reversed = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reversed) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value;
    expect((await render('json', reversed(sample) as CheckReport)).output).toBe(output);
    expect(JSON.parse((await render('json', empty)).output)).toEqual([]);
  });
});

describe('github', () => {
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');

  it('escapes message data and property values as the runner decodes them', async () => {
    const { output } = await render('github', sampleReport());
    expect(output).toContain('::warning file=content/dirty%2C "quoted"%3A 100%25.md,line=5,col=3,endColumn=30,title=feedscrub(acme-promo)::');
    expect(output).toContain('::Promo line:%0A"<script>alert(1)</script>" 50%25 off, today: only\n');
    expect(output).toContain('::error file=content/photo.png,title=feedscrub(read-error)::looks like a binary file, not a text dump\n');
    for (const line of lines(output)) expect(line).toMatch(/^::(error|warning) file=/);
  });

  it('cannot be made to issue a command of the message\'s or file name\'s choosing', async () => {
    const evil = 'x\n::error file=evil.md::pwned\r::add-mask::secret';
    const name = '::warning file=evil.md::name';
    const many = report([fileOf(name, Array.from({ length: 12 }, (_, i) => finding({ line: i + 1, message: evil })))]);
    const out = lines((await render('github', many)).output);
    // 10 annotations, 2 plain lines past the cap, the closing line; nothing else starts a line.
    expect(out).toHaveLength(13);
    for (const line of out.map((l) => l.trim())) {
      expect(line).toMatch(/^(::error file=%3A%3Awarning file=evil\.md%3A%3Aname,line=|error: ::warning|2 findings above were not annotated)/);
    }
  });

  it('annotates 10 errors and 10 warnings, prints the rest as plain lines and says how many', async () => {
    const findings = [
      ...Array.from({ length: 25 }, (_, i) => finding({ line: i + 1 })),
      ...Array.from({ length: 15 }, (_, i) => finding({ line: 100 + i, severity: 'warning', ruleId: 'short-body' })),
    ];
    const out = lines((await render('github', report([fileOf('a.md', findings)]))).output);
    expect(out.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(out.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(out.filter((l) => /^(error|warning): a\.md:\d+:1: /.test(l))).toHaveLength(20);
    expect(out.at(-1)).toMatch(/^20 findings above were not annotated: GitHub shows at most 10 error and 10 warning annotations/);
    expect(out).toHaveLength(41);
  });

  it('prints nothing for a clean run, and says so in the step summary', async () => {
    const out = await render('github', clean);
    expect(out.output).toBe('');
    expect(out.stepSummary).toBe('### feedscrub check: no problems\n\n1 file checked, 0 with problems.\n');
  });

  it('writes a step summary whose tables a message cannot break or fill with HTML', async () => {
    const hostile = report([
      fileOf('a|b.md', [finding({ message: 'pipe | here \\| and `code` <script>alert(1)</script> ![x](http://t/x.png)\nnext' })]),
      fileOf('c.md', [finding({ severity: 'warning', ruleId: 'short|body' })]),
    ]);
    for (const r of [sampleReport(), hostile]) {
      const summary = (await render('github', r)).stepSummary!;
      const html = new MarkdownIt({ html: true }).render(summary);
      const bodies = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((m) => m[1]!);
      expect(bodies).toHaveLength(2);
      const rows = [...bodies[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
      expect(rows).toHaveLength(r.files.reduce((n, f) => n + f.findings.length + (f.fatal ? 1 : 0), 0));
      for (const row of rows) expect(row.match(/<td>/g)).toHaveLength(4);
      for (const body of bodies) expect(body.replace(/<\/?(tr|td)( style="text-align:right")?>/g, '')).not.toContain('<');
    }
    const html = new MarkdownIt({ html: true }).render((await render('github', hostile)).stepSummary!);
    expect(html).toContain('<td>pipe | here \\| and `code` &lt;script&gt;alert(1)&lt;/script&gt; ![x](http://t/x.png) next</td>');
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(path.join(root, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object;
  // ajv-formats is not installed: formats are checked by hand below (the URIs are what matter).
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  type Log = { runs: { tool: { driver: { rules: { id: string }[] } }; results: Result[] }[] };
  type Result = { ruleId: string; ruleIndex: number; level: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] };
  const parse = async (r: CheckReport) => JSON.parse((await render('sarif', r)).output) as Log;

  it('validates against the official SARIF 2.1.0 schema', async () => {
    for (const r of [sampleReport(), empty, clean]) {
      const log = await parse(r);
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    }
    // The schema is not vacuous: a level SARIF does not have is refused.
    const broken = await parse(sampleReport());
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('points each result at its rule, and a file that could not be read at rule read-error', async () => {
    const run = (await parse(sampleReport())).runs[0]!;
    expect(run.results).toHaveLength(6);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(run.results.filter((r) => r.ruleId === 'read-error').map((r) => r.level)).toEqual(['error']);
    const unknown = await parse(report([fileOf('a.md', [finding({ ruleId: 'not-in-table' })])]));
    expect(unknown.runs[0]!.tool.driver.rules[unknown.runs[0]!.results[0]!.ruleIndex]?.id).toBe('not-in-table');
  });

  it('gives each file as a relative, percent-encoded URI reference', async () => {
    const r = report([fileOf('a:b/ü #1?.md', [finding()]), ...sampleReport().files]);
    for (const result of (await parse(r)).runs[0]!.results) {
      const uri = result.locations[0]!.physicalLocation.artifactLocation.uri;
      expect(uri).toMatch(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=@/]|%[0-9A-F]{2})+$/);
      expect(uri.startsWith('/')).toBe(false);
      expect(new URL(uri, 'file:///repo/').href.startsWith('file:///repo/')).toBe(true);
    }
    const first = (await parse(r)).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(first).toBe('a%3Ab/%C3%BC%20%231%3F.md');
    expect(decodeURIComponent(first)).toBe('a:b/ü #1?.md');
  });

  it('keeps a fingerprint when lines above the finding are added, and not when its line changes', async () => {
    const at = (line: number, text: string) =>
      report([fileOf('a.md', [finding({ line, context: { firstLine: line - 1, lines: ['before', text, 'after'] } })])]);
    const print = async (r: CheckReport) => (await parse(r)).runs[0]!.results[0]!.partialFingerprints.primaryLocationLineHash;
    const original = await print(at(12, 'Generated by Feedzy'));
    expect(original).toMatch(/^[0-9a-f]{16}:1$/);
    expect(await print(at(40, 'Generated by Feedzy'))).toBe(original);
    expect(await print(at(12, 'Generated by Feedzy!'))).not.toBe(original);
    const twice = await parse(report([fileOf('a.md', [finding({ line: 3 }), finding({ line: 9 })])]));
    const [a, b] = twice.runs[0]!.results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    expect(a).not.toBe(b);
  });
});

describe('junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });
  type Case = { failure?: { type: string }; error?: { type: string } };
  type Suite = { name: string; tests: string; failures: string; errors: string; testcase: Case[] };
  const hostile = report([
    fileOf('a&b<c>"d\'.md', [finding({ message: 'ctl \u0001\u001b\u0008 ]]> lone \uD800 surrogate & <tag> "q"', ruleId: 'r<1>' })]),
  ]);

  it('always parses, whatever the text, with no character XML 1.0 forbids', async () => {
    for (const r of [sampleReport(), empty, clean, hostile]) {
      const { output } = await render('junit', r);
      expect(XMLValidator.validate(output)).toBe(true);
      expect(output).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    }
    const doc = parser.parse((await render('junit', hostile)).output) as { testsuites: { testsuite: Suite[] } };
    expect(doc.testsuites.testsuite[0]!.name).toBe('a&b<c>"d\'.md');
  });

  it('counts tests, failures and errors as the cases are, and passes a clean file', async () => {
    const { output } = await render('junit', sampleReport());
    const { testsuites } = parser.parse(output) as { testsuites: { tests: string; failures: string; errors: string; testsuite: Suite[] } };
    const cases = testsuites.testsuite.flatMap((s) => s.testcase);
    expect(Number(testsuites.tests)).toBe(cases.length);
    expect(Number(testsuites.failures)).toBe(cases.filter((c) => c.failure).length);
    expect(Number(testsuites.errors)).toBe(cases.filter((c) => c.error).length);
    expect([cases.length, Number(testsuites.failures), Number(testsuites.errors)]).toEqual([7, 5, 1]);
    for (const s of testsuites.testsuite) {
      expect(Number(s.tests)).toBe(s.testcase.length);
      expect(Number(s.failures)).toBe(s.testcase.filter((c) => c.failure).length);
    }
    const [cleanSuite] = testsuites.testsuite;
    expect(cleanSuite!.testcase).toHaveLength(1);
    expect(cleanSuite!.testcase[0]!.failure ?? cleanSuite!.testcase[0]!.error).toBeUndefined();
    expect(cases.filter((c) => c.failure).map((c) => c.failure!.type)).toEqual(['warning', 'error', 'error', 'error', 'warning']);
  });
});

it.skipIf(!updating)('UPDATE_GOLDEN=1 rewrote the reporter golden files', () => {
  expect(updating).toBe(true);
});
