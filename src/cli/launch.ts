import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Start the command from dist/cli.cjs with V8's code cache, so that a conversion starts close to a
 * bare `node`: compiling the bundle costs more than running it on one dump. The cache is what
 * Node 22's module.enableCompileCache() keeps, done by hand for Node 20. It lives in the user's
 * cache folder (never a shared temporary one: it holds bytecode), keyed by the package and Node
 * versions; V8 also checks it against the source and ignores one that does not match. Any failure
 * to read or write it only costs the speed-up. FEEDSCRUB_NO_CACHE=1 turns it off.
 */
function cacheFile(version: string, bundle: string): string | null {
  if (process.env.FEEDSCRUB_NO_CACHE) return null;
  try {
    const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
    // One file per installed copy too: two copies of one version (a global install and a project's,
    // two checkouts) sharing a file would each reject the other's cache and rewrite it on every run,
    // paying for the compile, the warm-up and the write each time. And one per build of the copy:
    // V8 checks a cache against its source's length only, so a rebuild of the same length (a
    // constant changed, the same version) would run the old build's functions from the cache.
    const { size, mtimeMs } = statSync(bundle);
    return path.join(base, 'feedscrub', `${copyPrefix(version, bundle)}${fnv1a(`${size}:${mtimeMs}`)}.v8cache`);
  } catch {
    return null;
  }
}

/** What the cache files of one installed copy's bundle start with, whatever its build. */
function copyPrefix(version: string, bundle: string): string {
  return `${path.basename(bundle, '.cjs')}-${version}-node${process.version}-${process.arch}-${fnv1a(bundle)}-`;
}

/** A short stable hash of a path (FNV-1a, 32 bits), for a file name: node:crypto costs a start-up more. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function readCache(file: string | null): Buffer | undefined {
  try {
    return file ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, data: Buffer): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, file);
    // The same copy's caches of earlier builds are never read again: one per rebuild would pile up.
    const prefix = path.basename(file).replace(/[0-9a-f]{8}\.v8cache$/, '');
    for (const other of readdirSync(path.dirname(file))) {
      const earlier = (other.startsWith(prefix) && other.endsWith('.v8cache')) || other === `${prefix.slice(0, -1)}.v8cache`;
      if (earlier && other !== path.basename(file)) unlinkSync(path.join(path.dirname(file), other));
    }
  } catch {
    // A read-only home or a full disk: run without the cache next time too.
  }
}

/** A script started through its code cache, whose cache is written after the run if it had none. */
interface Started {
  file: string | null;
  script: vm.Script;
  fresh: boolean;
}

/**
 * Compile and run a CommonJS file through V8's code cache. The build leaves the bundles ASCII only
 * (see asciiOnly in scripts/build.js): latin1 reads them as they are, into one-byte strings, where
 * utf8 decoded a megabyte on every start.
 */
function start(bundle: string, version: string, require: NodeJS.Require): { exports: unknown; started: Started } {
  const source = readFileSync(bundle, 'latin1');
  const file = cacheFile(version, bundle);
  const cachedData = readCache(file);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, require, module, bundle, path.dirname(bundle));
  return { exports: module.exports, started: { file, script, fresh: !cachedData || script.cachedDataRejected === true } };
}

/**
 * The bundle's require(): Node's, but for the bundles the command loads on first use, which start
 * through the code cache as the command does: the dependency groups in dist/deps/ and the page
 * module, dist/page.cjs (scripts/build.js). The page module shares the command's modules: its
 * require() of the command's own file gives the command's exports (`command`), not a second copy.
 * Note: js-yaml (under gray-matter) requires esprima through an alias that bundlers cannot see,
 * only to support !!js/function, which front matter must never execute; refusing it saves loading
 * a JavaScript parser on every Markdown run.
 */
function requireFrom(bundle: string, version: string, started: Started[], command: () => unknown): NodeJS.Require {
  const real = createRequire(bundle);
  const self = `./${path.basename(bundle)}`;
  const loaded = new Map<string, unknown>();
  const own: NodeJS.Require = Object.assign((id: string): unknown => {
    if (id === 'esprima') throw new Error('esprima is not part of feedscrub');
    if (id === self) return command();
    if (!id.startsWith('./deps/') && id !== PAGE) return real(id);
    let exports = loaded.get(id);
    if (exports === undefined) {
      const file = path.join(path.dirname(bundle), id);
      const run = start(file, version, id === PAGE ? own : createRequire(file));
      started.push(run.started);
      loaded.set(id, (exports = run.exports));
    }
    return exports;
  }, real);
  return own;
}

/** The page module's bundle, beside the command's. */
const PAGE = './page.cjs';

// No V8 flag is set here at run time, though `--no-regexp-tier-up` made a one-dump run about 14%
// cheaper (the phrase families' regexes compiled once instead of interpreted, then compiled): set
// after V8 has started, it made one NDJSON run in about thirty die of a segmentation fault after a
// few records, and Node documents flags changed at run time as able to crash the process.

/** Run `bundle` (dist/cli.cjs) and its main(); `version` keys the caches. */
export function launch(bundle: string, version: string): void {
  const started: Started[] = [];
  let exports: unknown;
  const run = start(bundle, version, requireFrom(bundle, version, started, () => exports));
  exports = run.exports;
  const command = run.exports as { main(): Promise<void>; warm(): Promise<void> };
  const done = command.main();
  void done
    // After the run, and, for the command's own cache, after every format has run once, so that
    // the cache holds all their code; a dependency group's holds what this run used of it.
    .then(() => (run.started.fresh && run.started.file ? command.warm() : undefined))
    .then(
      () => {
        for (const s of [run.started, ...started]) if (s.fresh && s.file) writeCache(s.file, s.script.createCachedData());
      },
      () => undefined,
    );
}
