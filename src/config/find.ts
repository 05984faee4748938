import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './types.js';

/** The config files looked for in each folder, in this order; then a package.json "feedscrub" key. */
export const CONFIG_FILES = ['feedscrub.config.json', '.feedscrubrc.json'] as const;
const PACKAGE_KEY = 'feedscrub';

/** A config as found on disk, not yet validated. */
export interface RawConfig {
  /** Absolute path of the file. */
  path: string;
  value: unknown;
  /** Where in the file the config starts, for messages: "feedscrub" in a package.json, else "". */
  key: string;
}

/** The path as a person at `cwd` would type it. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

// Note: synchronous, and existsSync, on purpose. Every run looks in every folder up to the root,
// and a run without a config must not pay for it: existsSync costs microseconds, where an awaited
// readFile costs a trip through the thread pool and a missing file an Error with a stack.
function readText(file: string): string | null {
  if (!existsSync(file)) return null;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return null;
    throw error;
  }
}

/** A config file's text, null when there is none; a file that is there but unreadable is an error. */
function readChecked(file: string, cwd: string): string | null {
  try {
    return readText(file);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ConfigError(`${displayPath(file, cwd)}: cannot read: ${e.code ?? e.message}`);
  }
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // V8 says "... in JSON at position 42" or quotes the whole input back: give line and column instead.
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const reason = message.replace(/,? ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
    if (!at) throw new ConfigError(`${label}: invalid JSON: ${reason}`);
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(at[1])).split('\n');
    throw new ConfigError(`${label}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: invalid JSON: ${reason}`);
  }
}

/**
 * The first config from `cwd` up to the file system's root: feedscrub.config.json, then
 * .feedscrubrc.json, then a package.json's "feedscrub" key, folder by folder. A package.json
 * without the key, or one that is not JSON, belongs to someone else and does not stop the search.
 * With `stop` (a repository root), the search ends there: a config above the repository belongs to
 * another project, and CI checkouts must not depend on what lies around them.
 */
export function findConfig(cwd: string, stop: string | null = null): RawConfig | null {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      const text = readChecked(file, cwd);
      if (text !== null) return { path: file, value: parseJson(text, displayPath(file, cwd)), key: '' };
    }
    const pkg = readPackage(path.join(dir, 'package.json'));
    if (pkg !== null && pkg.includes(`"${PACKAGE_KEY}"`)) {
      const value = tryParse(pkg);
      if (isObject(value) && PACKAGE_KEY in value) return { path: path.join(dir, 'package.json'), value: value[PACKAGE_KEY], key: PACKAGE_KEY };
    }
    if (path.dirname(dir) === dir || (stop !== null && dir === path.resolve(stop))) return null;
  }
}

/** The config in `file` (--config): a config file, or a package.json's "feedscrub" key. */
export function readConfig(file: string, cwd: string): RawConfig {
  const absolute = path.resolve(cwd, file);
  const label = displayPath(absolute, cwd);
  const text = readChecked(absolute, cwd);
  if (text === null) throw new ConfigError(`${label}: no such file`);
  const value = parseJson(text, label);
  if (path.basename(absolute) !== 'package.json') return { path: absolute, value, key: '' };
  if (!isObject(value) || !(PACKAGE_KEY in value)) throw new ConfigError(`${label}: no "${PACKAGE_KEY}" key`);
  return { path: absolute, value: value[PACKAGE_KEY], key: PACKAGE_KEY };
}

function readPackage(file: string): string | null {
  try {
    return readText(file);
  } catch {
    return null;
  }
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
