export interface NameParts {
  /** The input's path relative to its operand (a folder given on the command line, a glob's static base, or for a file operand just its name), forward slashes, with extension; '' for stdin. */
  relative: string;
  /** 1-based number of the article within its input, and how many articles that input gave. */
  index: number;
  count: number;
  title: string | null;
  /** ISO 8601 as in Article.published. */
  published: string | null;
  site: string | null;
}

export interface NamerOptions {
  /**
   * null mirrors the input paths. Otherwise `/` makes folders and the placeholders are {stem},
   * {dir}, {slug}, {date}, {site}, {index} (always the number, zero-padded to the width of the
   * count) and {ext}; `.{ext}` is appended unless the template ends with it.
   */
  template: string | null;
  /** Without the dot. */
  extension: string;
}

type Slugify = (text: string, options?: { decamelize?: boolean }) => string;
const PLACEHOLDERS = ['stem', 'dir', 'slug', 'date', 'site', 'index', 'ext'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];
type Token = string | { name: Placeholder };

// Code units per segment, before the extension. The byte limit keeps a segment of CJK or emoji,
// with a collision number and an extension, under the 255 bytes ext4 and APFS allow.
const CAP = 100;
const CAP_BYTES = 200;
// Windows refuses these characters; controls, bidi overrides and other format characters make a
// name lie about itself in a listing; lone surrogates cannot be written as UTF-8.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\p{Cf}\p{Zl}\p{Zp}\p{Cs}]+/gu;
// Windows opens the device instead, whatever follows the first dot (con.md, con.tar.gz).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)\s*$/i;

/** A usage message for a bad template, or null: unknown placeholders, unbalanced braces, an absolute path, `..` segments. */
export function checkTemplate(template: string): string | null {
  const parsed = parse(template);
  return 'error' in parsed ? parsed.error : null;
}

/** Returns a function giving each article a relative output path (forward slashes), unique within the run. */
export async function createNamer(options: NamerOptions): Promise<(parts: NameParts) => string> {
  const { default: slugify } = await import('@sindresorhus/slugify');
  let tokens: Token[] | null = null;
  if (options.template !== null) {
    const parsed = parse(options.template);
    if ('error' in parsed) throw new Error(parsed.error);
    tokens = withoutExtension(parsed.tokens);
  }
  const extension = safe(options.extension.replace(/^\.+/, ''));
  const place = placer();
  return (parts) => {
    const { folders, base } = tokens ? fromTemplate(tokens, parts, extension, slugify) : mirror(parts, slugify);
    return place(folders.map((f) => safe(f)).filter((f) => f !== ''), base, extension);
  };
}

function parse(template: string): { tokens: Token[] } | { error: string } {
  const bad = (why: string) => ({ error: `template "${template}": ${why}` });
  if (template === '') return bad('it is empty');
  if (/^([/\\]|[a-z]:)/i.test(template)) return bad('an absolute path or a drive; it must be relative to the output folder');
  const tokens: Token[] = [];
  for (const m of template.matchAll(/\{([^{}]*)\}|[{}]|[^{}]+/g)) {
    if (m[0] === '{' || m[0] === '}') return bad(`unbalanced "${m[0]}" at character ${m.index + 1}`);
    const name = m[1];
    if (name !== undefined) {
      if (!isPlaceholder(name)) return bad(`unknown placeholder {${name}}; use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
      tokens.push({ name });
      continue;
    }
    if (m[0].includes('\\')) return bad('"\\" is not a folder separator here; use "/"');
    const forbidden = m[0].replace(/\//g, '').match(new RegExp(FORBIDDEN.source, 'u'));
    if (forbidden) return bad(`${JSON.stringify(forbidden[0])} cannot be part of a file name`);
    tokens.push(m[0]);
  }
  for (const segment of template.split('/')) {
    if (segment === '') return bad('an empty folder name ("//" or a "/" at the end)');
    if (/^\.+$/.test(segment)) return bad(`"${segment}" as a folder; names must stay inside the output folder`);
  }
  return { tokens };
}

/** A trailing `.{ext}` is what would be appended anyway; off, the base gets its own cap and number. */
function withoutExtension(tokens: Token[]): Token[] {
  const last = tokens.at(-1);
  const before = tokens.at(-2);
  if (typeof last !== 'object' || last.name !== 'ext' || typeof before !== 'string' || !before.endsWith('.')) return tokens;
  return [...tokens.slice(0, -2), before.slice(0, -1)];
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

interface Named {
  /** Unsanitised folder names, outermost first. */
  folders: string[];
  /** The file name before the extension, already safe. */
  base: string;
}

/** The input's folder and name with the output extension; several articles from one input are numbered. */
function mirror(parts: NameParts, slugify: Slugify): Named {
  const { dir, stem } = split(parts.relative);
  const fallback = () => safe(slug(parts.title, slugify)) || 'article';
  if (parts.relative === '') return { folders: [], base: fallback() };
  const number = parts.count > 1 ? `-${padded(parts)}` : '';
  const name = safe(stem, CAP - number.length);
  return { folders: dir.split('/'), base: name ? name + number : fallback() };
}

function fromTemplate(tokens: Token[], parts: NameParts, extension: string, slugify: Slugify): Named {
  const { dir, stem } = split(parts.relative);
  const slugged = () => slug(parts.title, slugify) || slug(stem, slugify) || 'article';
  const values: Record<Exclude<Placeholder, 'dir'>, () => string> = {
    stem: () => stem || 'stdin',
    slug: slugged,
    date: () => /^\d{4}-\d{2}-\d{2}/.exec(parts.published ?? '')?.[0] ?? 'undated',
    site: () => slug(parts.site, slugify) || 'unknown-site',
    index: () => padded(parts),
    ext: () => extension,
  };
  // Only {dir} may make folders; a "/" from any other value is text.
  const expanded = tokens.map((t) => (typeof t === 'string' ? t : t.name === 'dir' ? dir : values[t.name]().replace(/\//g, '-')));
  const folders = expanded.join('').split('/');
  const last = folders.pop() ?? '';
  return { folders, base: safe(last) || safe(slugged()) || 'article' };
}

function split(relative: string): { dir: string; stem: string } {
  const slash = relative.lastIndexOf('/');
  const file = relative.slice(slash + 1);
  const dot = file.lastIndexOf('.');
  return { dir: slash < 0 ? '' : relative.slice(0, slash), stem: dot > 0 ? file.slice(0, dot) : file };
}

/** Zero-padded to the width of the count, so that a folder listing keeps the input's order. */
function padded(parts: NameParts): string {
  return String(parts.index).padStart(String(parts.count).length, '0');
}

/** A slug within the cap, cut at a word boundary when there is one in its second half. */
function slug(text: string | null, slugify: Slugify): string {
  // Words split where the text splits them: "ZeroHedge" is zerohedge, not zero-hedge.
  const s = slugify(text ?? '', { decamelize: false });
  if (s.length <= CAP) return s;
  const boundary = s.lastIndexOf('-', CAP);
  return (boundary >= CAP / 2 ? s.slice(0, boundary) : cut(s, CAP)).replace(/-+$/, '');
}

/** One path segment that every OS accepts as a name, or '' when nothing of `raw` is usable. */
function safe(raw: string, max = CAP): string {
  // A dash only between kept characters: a leading one would read as an option to shell tools.
  const replaced = raw.replace(FORBIDDEN, (m: string, at: number) => (at === 0 || at + m.length === raw.length ? '' : '-'));
  let s = trimEnd(cut(replaced.replace(/^\s+/u, ''), max));
  const first = s.split('.')[0] ?? '';
  if (RESERVED.test(first)) s = trimEnd(cut(`${first.trimEnd()}-article${s.slice(first.length)}`, max));
  return s;
}

/** Windows drops trailing dots and spaces, so `a.` and `a` would be one file; `.` and `..` vanish. */
function trimEnd(s: string): string {
  return s.replace(/[\s.]+$/u, '');
}

/** At most `max` UTF-16 code units and CAP_BYTES UTF-8 bytes, never half a surrogate pair. */
function cut(s: string, max: number): string {
  let units = 0;
  let bytes = 0;
  let end = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    units += ch.length;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (units > max || bytes > CAP_BYTES) break;
    end += ch.length;
  }
  return s.slice(0, end);
}

/**
 * Paths unique within the run on a case-insensitive, normalisation-insensitive disk (macOS,
 * Windows), numbered in call order. A folder keeps the spelling it was first given, so the layout
 * is the same on every OS, and is renumbered when a file already holds its name.
 */
function placer(): (folders: string[], base: string, extension: string) => string {
  const fold = (s: string) => s.normalize('NFKD').toUpperCase().toLowerCase().normalize('NFKD');
  const files = new Set<string>();
  const folderNames = new Map<string, string>();
  const folderKeys = new Set<string>();
  const numbered = (name: string, n: number) => (n === 1 ? name : `${trimEnd(cut(name, CAP - `-${n}`.length))}-${n}`);
  return (folders, base, extension) => {
    let prefix = '';
    for (const folder of folders) {
      const asked = fold(`${prefix}${folder}`);
      let chosen = folderNames.get(asked);
      for (let n = 1; chosen === undefined; n++) {
        const candidate = `${prefix}${numbered(folder, n)}`;
        if (!files.has(fold(candidate))) chosen = candidate;
      }
      folderNames.set(asked, chosen);
      folderKeys.add(fold(chosen));
      prefix = `${chosen}/`;
    }
    for (let n = 1; ; n++) {
      const name = `${prefix}${numbered(base, n)}${extension ? `.${extension}` : ''}`;
      const key = fold(name);
      if (files.has(key) || folderKeys.has(key)) continue;
      files.add(key);
      return name;
    }
  };
}
