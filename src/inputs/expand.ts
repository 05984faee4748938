import { readdir, readFile, stat } from './fs-async.js';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { loadIgnore, loadTinyglobby as tinyglobby } from './deps.js';

/**
 * Input paths as users give them (files, folders, quoted globs) turned into a list of files in the
 * order the operands were given, each folder's or glob's files sorted among themselves: the user's
 * order decides (which copy `--dedupe` keeps, what comes first on stdout), and a tree reads the same
 * on every machine. Shared by `check` and batch conversion so both walk a tree the same way.
 *
 * - A folder is walked recursively, keeping the files whose extension is in `extensions`.
 * - A glob (tinyglobby decides what is one) is expanded from the working folder.
 * - A file named outright is kept whatever its extension: the user asked for it.
 * - `node_modules` and `.git` are never entered, and `.feedscrubignore` in the working folder
 *   (gitignore syntax, read by the `ignore` package, the one ESLint and Prettier use) applies to
 *   everything, files named outright included, so a pre-commit hook passing staged files by name
 *   honours it too.
 */

export const SKIPPED_DIRS = new Set(['node_modules', '.git']);
export const IGNORE_FILE = '.feedscrubignore';

export interface InputFile {
  /** As shown to users: relative to the working folder (or `root`), forward slashes. */
  display: string;
  /** Absolute path. */
  absolute: string;
  /**
   * The path within the operand that named it, forward slashes: below a folder given on the
   * command line, below a glob's fixed leading folders, or just the name of a file named outright.
   * `-o <dir>` mirrors this.
   */
  relative: string;
  /** Found by walking a folder or expanding a glob, not named outright: part of a batch. */
  found: boolean;
}

export interface Expanded {
  files: InputFile[];
  /** Operands that named nothing: a missing path, or a glob that matched no file. */
  missing: string[];
  /** Operands that exist but gave no file: a folder without a wanted extension, an ignored file. */
  empty: string[];
  /** Files and folders left out, with the reason in words ("left out by .feedscrubignore"). */
  skipped: { path: string; reason: string }[];
  /** For an operand in `empty` whose files were all left out: the reasons, e.g. "left out by .feedscrubignore". */
  emptyWhy: Map<string, string>;
}

export interface ExpandOptions {
  cwd: string;
  /** Lower-case extensions without the dot. */
  extensions: readonly string[];
  /** Off for tests and for callers that want every file. */
  useIgnoreFile?: boolean;
  /** What display paths are relative to, and where the ignore files are read: default `cwd`. */
  root?: string;
  /** Also honour the .gitignore at `root` (found files only: a file named outright is still taken). */
  gitignore?: boolean;
  /** Folder names not entered while walking, with why (e.g. "theme folder"). */
  skipDirs?: ReadonlyMap<string, string>;
  /** Why a file found by walking is not content (e.g. a report feedscrub wrote), or null. */
  skipFile?: (absolute: string) => Promise<string | null>;
}

export async function expandInputs(operands: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const { cwd } = options;
  const root = options.root ?? cwd;
  const ignored = options.useIgnoreFile === false ? null : await ignoreFile(root, IGNORE_FILE);
  const gitignored = options.gitignore ? await ignoreFile(root, '.gitignore') : null;
  const wanted = new Set(options.extensions.map((e) => e.toLowerCase()));
  const found = new Map<string, InputFile>();
  const missing: string[] = [];
  const empty: string[] = [];
  const skipped: Expanded['skipped'] = [];
  let added = 0;
  const skip = (display: string, reason: string) => {
    if (!skipped.some((s) => s.path === display)) skipped.push({ path: display, reason });
  };
  const add = (absolute: string, base: string, walked = true, display = toDisplay(root, absolute)) => {
    if (ignored && isIgnored(ignored, display)) return skip(display, `left out by ${IGNORE_FILE}`);
    if (walked && gitignored && isIgnored(gitignored, display)) return skip(display, 'left out by .gitignore');
    added += 1;
    if (!found.has(absolute)) found.set(absolute, { display, absolute, relative: relativeTo(base, absolute), found: walked });
  };
  const addSorted = async (files: readonly string[], base: string) => {
    // Each display path made once, not once per comparison: path.relative() is most of a big folder's listing.
    const sorted = files.map((file) => ({ file, display: toDisplay(root, file) })).sort((a, b) => compare(a.display, b.display));
    for (const { file, display } of sorted) {
      const why = options.skipFile ? await options.skipFile(file) : null;
      if (why) skip(display, why);
      else add(file, base, true, display);
    }
  };
  const dirs = options.skipDirs ?? new Map<string, string>();
  const onDir = (dir: string, name: string) => {
    const why = dirs.get(name);
    if (why) skip(`${toDisplay(root, dir)}/`, why);
    return why === undefined;
  };

  const emptyWhy = new Map<string, string>();
  for (const operand of operands) {
    const before = added;
    const skippedBefore = skipped.length;
    const absolute = path.resolve(cwd, operand);
    const kind = await kindOf(absolute);
    if (kind === 'file') {
      add(absolute, path.dirname(absolute), false);
    } else if (kind === 'dir') {
      await addSorted(await walk(absolute, wanted, onDir), absolute);
    } else if (isGlob(operand)) {
      const matches = await glob(operand, cwd);
      if (matches.length === 0) missing.push(operand);
      await addSorted(matches, path.resolve(cwd, staticBase(operand)));
    } else {
      missing.push(operand);
    }
    if (added === before && missing.at(-1) !== operand) {
      empty.push(operand);
      const reasons = [...new Set(skipped.slice(skippedBefore).map((x) => x.reason))];
      if (reasons.length) emptyWhy.set(operand, reasons.join(', '));
    }
  }
  return { files: [...found.values()], missing, empty, skipped, emptyWhy };
}

/** Code-unit order, not the locale's: the same on every machine, as the batch order must be. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toDisplay(cwd: string, absolute: string): string {
  const relative = relativeTo(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute.split(path.sep).join('/') : relative;
}

/** path.relative() with forward slashes, without its work for the usual case of a file below `base`. */
function relativeTo(base: string, absolute: string): string {
  const below = base.endsWith(path.sep) ? base : base + path.sep;
  const relative = absolute.startsWith(below) && !absolute.includes(`${path.sep}..`) ? absolute.slice(below.length) : path.relative(base, absolute);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

async function kindOf(absolute: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(absolute);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

async function walk(dir: string, extensions: ReadonlySet<string>, enter: (dir: string, name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && enter(full, entry.name)) out.push(...(await walk(full, extensions, enter)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && extensions.has(extensionOf(entry.name))) {
      // A symlink is followed only to a file: a link to a folder could loop.
      if (entry.isFile() || (await kindOf(full)) === 'file') out.push(full);
    }
  }
  return out;
}

export function extensionOf(name: string): string {
  return path.extname(name).slice(1).toLowerCase();
}

function isGlob(operand: string): boolean {
  return tinyglobby().isDynamicPattern(operand);
}

/** The folders a glob starts with before its first pattern: "posts/2024/**\/*.md" -> "posts/2024". */
function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || '.';
}

async function glob(pattern: string, cwd: string): Promise<string[]> {
  const { glob: run } = tinyglobby();
  return run(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    ignore: [...SKIPPED_DIRS].map((d) => `**/${d}/**`),
  });
}

async function ignoreFile(root: string, name: string): Promise<Ignore | null> {
  let text: string;
  try {
    text = await readFile(path.join(root, name), 'utf8');
  } catch {
    return null;
  }
  const ignore = loadIgnore();
  return ignore().add(text);
}

function isIgnored(ig: Ignore, display: string): boolean {
  // `ignore` takes relative paths only; a file outside the working folder is not governed by it.
  return !display.startsWith('/') && !/^[A-Za-z]:/.test(display) && ig.ignores(display);
}
