import { createHash } from 'node:crypto';
import pkg from '../../../package.json' with { type: 'json' };
import type { CheckReport, FileResult, Finding, Reporter, RuleInfo } from '../report.js';
import { READ_ERROR, READ_ERROR_DESCRIPTION, sortedFindings } from './common.js';

/**
 * SARIF 2.1.0 for code scanning (GitHub's upload-sarif, Azure DevOps, IDE viewers): one run, the
 * rules in force as the driver's rule table, one result per finding.
 *
 * A file that could not be read is a result of rule "read-error" (added to the rule table only
 * when used), not a toolExecutionNotification: GitHub code scanning turns results into alerts and
 * does not show notifications, and an unread file is something the user has to act on.
 */

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning';

interface Descriptor {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

function descriptor(rule: RuleInfo): Descriptor {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.kind] },
  };
}

/**
 * The report's rules, then any rule a finding names that is not among them (so every ruleIndex
 * points somewhere), then read-error if a file could not be read.
 */
function ruleTable(report: CheckReport): Descriptor[] {
  const table = report.rules.map(descriptor);
  const known = new Set(table.map((d) => d.id));
  for (const f of report.files.flatMap((file) => sortedFindings(file))) {
    if (known.has(f.ruleId)) continue;
    known.add(f.ruleId);
    table.push({ id: f.ruleId, shortDescription: { text: f.ruleId }, defaultConfiguration: { level: f.severity }, properties: { tags: [] } });
  }
  if (report.files.some((f) => f.fatal !== undefined) && !known.has(READ_ERROR)) {
    table.push({ id: READ_ERROR, shortDescription: { text: READ_ERROR_DESCRIPTION }, defaultConfiguration: { level: 'error' }, properties: { tags: ['io'] } });
  }
  return table;
}

/**
 * A relative URI reference: each path segment percent-encoded, so that spaces, `%`, `#`, `?` and
 * non-ASCII survive, and a `:` in the first segment is not read as a scheme.
 */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * The finding's own line, from its context: what identifies it across edits that move it up or
 * down. Whole-file findings (a missing title) have no line of their own and use the message.
 */
function anchorText(f: Finding): string {
  const own = f.context?.lines[f.line - f.context.firstLine];
  return own === undefined || f.endColumn === undefined ? `message:${f.message}` : `line:${own.trim()}`;
}

/**
 * sha256 of rule, file and anchor text, not the line number, plus the occurrence of that hash in the
 * file (as CodeQL's primaryLocationLineHash does), so two identical lines stay two alerts.
 */
function fingerprint(seen: Map<string, number>, ruleId: string, file: string, anchor: string): string {
  const hash = createHash('sha256').update(`${ruleId}\0${file}\0${anchor}`).digest('hex').slice(0, 16);
  const n = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, n);
  return `${hash}:${n}`;
}

function location(file: string, region: Record<string, number>) {
  return [{ physicalLocation: { artifactLocation: { uri: fileUri(file), uriBaseId: '%SRCROOT%' }, region } }];
}

function results(file: FileResult, index: ReadonlyMap<string, number>) {
  const seen = new Map<string, number>();
  const out = [];
  if (file.fatal !== undefined) {
    out.push({
      ruleId: READ_ERROR,
      ruleIndex: index.get(READ_ERROR) ?? -1,
      level: 'error' as Level,
      message: { text: file.fatal },
      // GitHub drops a result without a location; the whole file is meant, so its first line.
      locations: location(file.file, { startLine: 1 }),
      partialFingerprints: { primaryLocationLineHash: fingerprint(seen, READ_ERROR, file.file, 'file') },
    });
  }
  for (const f of sortedFindings(file)) {
    out.push({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: f.severity,
      message: { text: f.message },
      locations: location(f.file, {
        startLine: f.line,
        startColumn: f.column,
        ...(f.endColumn === undefined ? {} : { endColumn: f.endColumn }),
      }),
      partialFingerprints: { primaryLocationLineHash: fingerprint(seen, f.ruleId, f.file, anchorText(f)) },
    });
  }
  return out;
}

/** The project's homepage when package.json names one; SARIF requires an absolute URI there. */
function informationUri(): { informationUri?: string } {
  const homepage = (pkg as { homepage?: unknown }).homepage;
  return typeof homepage === 'string' && /^https?:\/\//.test(homepage) ? { informationUri: homepage } : {};
}

const reporter: Reporter = {
  id: 'sarif',
  description: 'For code scanning (GitHub, Azure DevOps) and IDE viewers: SARIF 2.1.0.',
  render(report) {
    const rules = ruleTable(report);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const log = {
      $schema: SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'feedscrub', version: report.version, ...informationUri(), rules } },
          // The report's columns count UTF-16 code units, as JavaScript strings do.
          columnKind: 'utf16CodeUnits',
          results: report.files.flatMap((file) => results(file, index)),
        },
      ],
    };
    return { output: `${JSON.stringify(log, null, 2)}\n` };
  },
};

export default reporter;
