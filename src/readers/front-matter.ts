import { loadSmolToml as smolToml } from './deps.js';

/**
 * Where a Markdown file's front matter is and in which syntax: YAML between `---` fences (Jekyll,
 * Eleventy, Hugo), TOML between `+++` fences and a JSON object opening the file (both Hugo's).
 * The reader, `feedscrub check` and `--fix` find it with this, so all three see the same lines.
 */

export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

export interface FrontMatterSpan {
  format: FrontMatterFormat;
  /** Index of the closing line (`---`, `+++` or the JSON object's `}`). */
  end: number;
}

const YAML_FENCE = /^---[ \t]*$/;
const TOML_FENCE = /^\+\+\+[ \t]*$/;
const JSON_OPEN = /^\{[ \t]*$/;
const JSON_CLOSE = /^\}[ \t]*$/;

function fenced(lines: readonly string[], fence: RegExp, mark: string): number | null {
  // gray-matter (and Hugo) end the front matter at the first line that starts with the fence.
  const end = lines.findIndex((l, i) => i > 0 && l.startsWith(mark));
  return end !== -1 && fence.test(lines[end] ?? '') ? end : null;
}

/** The first `}` line at which the lines from the opening `{` are one JSON object. */
function jsonEnd(lines: readonly string[]): number | null {
  for (let i = 1; i < lines.length; i++) {
    if (!JSON_CLOSE.test(lines[i] ?? '')) continue;
    try {
      JSON.parse(lines.slice(0, i + 1).join('\n'));
      return i;
    } catch {
      // A "}" closing a nested object: the object goes on.
    }
  }
  return null;
}

/** The front matter the lines open with, or null. A BOM before it is allowed. */
export function frontMatterSpan(lines: readonly string[]): FrontMatterSpan | null {
  const first = lines[0]?.replace(/^\uFEFF/, '') ?? '';
  const at = [first, ...lines.slice(1)];
  let end: number | null = null;
  if (YAML_FENCE.test(first)) end = fenced(at, YAML_FENCE, '---');
  else if (TOML_FENCE.test(first)) end = fenced(at, TOML_FENCE, '+++');
  else if (JSON_OPEN.test(first)) end = jsonEnd(at);
  else return null;
  if (end === null) return null;
  return { format: YAML_FENCE.test(first) ? 'yaml' : TOML_FENCE.test(first) ? 'toml' : 'json', end };
}

// What TOML front matter is made of: `key = value`, `[table]` headers, and the lines a multi-line
// array or string continues on. A text dump between two `+++` lines has sentences, which this keeps out.
const TOML_KEY = /^[ \t]*(?:[\w-]+|"[^"]*"|'[^']*')(?:\.(?:[\w-]+|"[^"]*"|'[^']*'))*[ \t]*=/;
const TOML_OTHER = /^[ \t]*(?:\[|#|$|[\]"'\d-])/;

/** Whether a span's lines read as its syntax's keys and values (for sniffing an input's format). */
export function looksLikeFrontMatter(span: FrontMatterSpan, lines: readonly string[], yamlLike: (inner: readonly string[]) => boolean): boolean {
  const inner = lines.slice(1, span.end);
  if (span.format === 'yaml') return yamlLike(inner);
  if (span.format === 'toml') return inner.some((l) => TOML_KEY.test(l)) && inner.every((l) => TOML_KEY.test(l) || TOML_OTHER.test(l));
  // A JSON document alone (a feed, a record) is no post: JSON front matter has a body after it.
  return lines.slice(span.end + 1).some((l) => l.trim() !== '');
}

export interface ParseError {
  message: string;
  /** 1-based line within the front matter's inner lines, when the parser says. */
  line: number | null;
}

/** The front matter's keys and values (TOML or JSON), or why they cannot be read. */
export function parseFrontMatter(format: 'toml' | 'json', lines: readonly string[], end: number): { data: unknown } | { error: ParseError } {
  if (format === 'json') return { data: JSON.parse(lines.slice(0, end + 1).join('\n')) as unknown };
  try {
    return { data: smolToml().parse(lines.slice(1, end).join('\n')) };
  } catch (error) {
    const e = error as { line?: number; message?: string };
    return { error: { message: (e.message ?? String(error)).split('\n')[0] ?? '', line: e.line ?? null } };
  }
}

/** A TOML date as the file wrote it ("2021-07-04" stays a date; an offset stays the file's own). */
export function tomlDateText(date: Date): string | null {
  const { TomlDate } = smolToml();
  return date instanceof TomlDate ? date.toISOString() : null;
}

/** A value written back as a TOML date when it is an ISO date, so Hugo sees a date, not a string. */
export function tomlDate(value: string): unknown {
  const { TomlDate } = smolToml();
  return /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?)?$/.test(value) ? new TomlDate(value) : value;
}

/** The front matter as TOML text, without its fences. */
export function stringifyToml(data: Record<string, unknown>): string {
  return smolToml().stringify(data);
}
