// The page module's bundle (dist/page.cjs): what only markup and `check` need, kept out of the
// command's bundle, which requires it on first use (src/page/load.ts). The two bundles share one
// copy of each module the command already runs at start-up: the page bundle takes those from the
// command's exports (`modules`) instead of bundling its own, so that a rule's state, a phrase
// family's compiled regexes and the text path's memos are the same objects on both sides.
import path from 'node:path';

export const PAGE_FILE = 'page.cjs';
const COMMAND_FILE = 'cli.cjs';

/** For the command's build: the seam requires dist/page.cjs, and `check` is taken from it too. */
export const pageSeam = {
  name: 'page-seam',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]page[\\/]load\.ts$/ }, () => ({
      contents: `let m; export function loadPage() { return (m ??= require(${JSON.stringify(`./${PAGE_FILE}`)}).page); }`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/check\.js$/ }, (args) => (args.kind === 'dynamic-import' && /[\\/]src[\\/]cli[\\/]main\.ts$/.test(args.importer) ? { path: 'check', namespace: 'page-bundle' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'page-bundle' }, () => ({ contents: `module.exports = require(${JSON.stringify(`./${PAGE_FILE}`)}).check;`, loader: 'js' }));
    build.onResolve({ filter: new RegExp(`^\\./${PAGE_FILE.replace('.', '\\.')}$`) }, (args) => ({ path: args.path, external: true }));
  },
};

/** The page bundle's entry: the page module and the check command. */
export const pageEntry = "export * as page from './src/page/index.ts'; export * as check from './src/cli/check.ts';";

/**
 * The modules a build evaluates as it loads (its static imports from the entry), read from
 * esbuild's metafile: those the page bundle may take from the command, by their path in src/ or,
 * for a package our modules import, by its name. A module reached only through import() or
 * require() is left out, since taking it would make the command evaluate it.
 */
export function loadedModules(metafile) {
  const seen = new Set();
  const packages = new Set();
  const entries = Object.values(metafile.outputs).flatMap((o) => (o.entryPoint ? [o.entryPoint] : []));
  const walk = (file) => {
    if (seen.has(file) || !metafile.inputs[file]) return;
    seen.add(file);
    for (const i of metafile.inputs[file].imports) {
      if (i.kind !== 'import-statement' || i.external) continue;
      if (isPackage(i.original) && /(^|\/)node_modules\//.test(i.path) && !file.includes('node_modules/')) packages.add(i.original);
      walk(i.path);
    }
  };
  entries.forEach(walk);
  return new Set([...[...seen].filter((file) => /^src\/.*\.ts$/.test(file)), ...packages]);
}

const isPackage = (specifier) => specifier !== undefined && /^[@a-z]/.test(specifier) && !specifier.startsWith('node:');

/** For the page bundle's build: imports of the command's modules become their copies in the command. */
export function fromCommand(modules) {
  return {
    name: 'from-command',
    setup(build) {
      // A package the command loads: one copy, or a class the command tests with instanceof
      // (commander's errors) would be another class here.
      build.onResolve({ filter: /^[@a-z]/ }, (args) => (args.kind === 'import-statement' && !args.importer.includes('node_modules') && modules.has(args.path) ? { path: args.path, namespace: 'command-module' } : undefined));
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData?.fromCommand || args.namespace === 'command-module') return undefined;
        const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { fromCommand: true } });
        const file = path.relative(process.cwd(), found.path).split(path.sep).join('/');
        return found.errors.length === 0 && modules.has(file) ? { path: file, namespace: 'command-module' } : undefined;
      });
      build.onResolve({ filter: /.*/, namespace: 'command-module' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'command-module' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(`./${COMMAND_FILE}`)}).modules[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The command's entry: src/cli/bin.ts, and `modules`, the namespaces of the modules the page bundle
 * takes from it, each made on first use. They say __esModule, so that the page bundle's default
 * imports get the module's default export; getters keep the bindings live.
 */
export function commandEntry(shared) {
  const files = [...shared].sort();
  const imports = files.map((file, i) => `import * as m${i} from '${file.startsWith('src/') ? `./${file}` : file}';`).join('\n');
  const getters = files.map((file, i) => `get ${JSON.stringify(file)}() { return esModule(m${i}); }`).join(',\n');
  return `export * from './src/cli/bin.ts';
${imports}
function esModule(ns) {
  const out = { __esModule: true };
  for (const key of Object.keys(ns)) Object.defineProperty(out, key, { get: () => ns[key], enumerable: true });
  return out;
}
export const modules = {
${getters}
};`;
}

/** The command's modules the page bundle takes, from its metafile's inputs. */
export function takenModules(metafile) {
  return new Set(Object.keys(metafile.inputs).flatMap((key) => (key.startsWith('command-module:') ? [key.slice('command-module:'.length)] : [])));
}
