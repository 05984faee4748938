import { displayPath, findConfig, readConfig } from './find.js';
import { configFrom } from './resolve.js';
import { defaultConfig, type LoadedConfig } from './types.js';

export interface LoadOptions {
  /** Where the lookup starts, and what messages give paths relative to. */
  cwd: string;
  /** `--config <file>`: this file instead of the lookup (a package.json: its "feedscrub" key). */
  file?: string | null;
  /** `--no-config`: the defaults, whatever files there are. */
  disabled?: boolean;
  /** The repository root: the lookup goes no higher. */
  root?: string | null;
}

// Note: resolve.js is imported, not import()ed: in the command's bundle a dynamic import wraps the
// module and everything it imports (all the rules) in lazy initialisers, which costs every run. What
// only a config needs is loaded on first use instead (validate.ts, custom-rules.ts).

/**
 * The configuration for a run: the file named, else the first found from `cwd` upward, else the
 * defaults. Throws ConfigError, with a message ready to print, for any problem with the file.
 */
export async function loadConfig(options: LoadOptions): Promise<LoadedConfig> {
  if (options.disabled) return { path: null, config: defaultConfig() };
  const raw = options.file ? readConfig(options.file, options.cwd) : findConfig(options.cwd, options.root ?? null);
  if (!raw) return { path: null, config: defaultConfig() };
  return { path: raw.path, config: configFrom(raw.value, displayPath(raw.path, options.cwd), raw.key) };
}
