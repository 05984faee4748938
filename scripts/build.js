// Build: one esbuild bundle for the command (dependencies inlined, so a conversion starts with one
// file read instead of a node_modules walk; what only markup and `check` run in dist/page.cjs and
// dist/deps/, read on first use), one for the library (dependencies external, as a
// library should), and type declarations from tsc.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { writeConfigValidator } from './config-validator.js';
import { commandEntry, fromCommand, loadedModules, pageEntry, pageSeam, PAGE_FILE, takenModules } from './page-bundle.js';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
writeConfigValidator();

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', legalComments: 'none' };

// What the phrase families derive from their phrases (words, word trees, the leads' and ends'
// tests) is the same on every run: derived here, once, by the code that would derive it at run
// time, and embedded, so that a start-up only makes the regexes (see FamilyTable in
// src/phrases/match.ts). The pipeline is loaded to make every family the cleaner has.
const tablesEntry = 'dist/phrase-tables.tmp.mjs';
await esbuild.build({
  ...common,
  stdin: { contents: "import { familyTables } from './src/phrases/tables.ts'; import './src/pipeline.ts'; export const tables = familyTables();", resolveDir: '.', loader: 'ts' },
  outfile: tablesEntry,
  packages: 'external',
  // The package says it has no side effects, for its users' bundlers; making families is one here.
  ignoreAnnotations: true,
});
const { tables } = await import(pathToFileURL(path.resolve(tablesEntry)).href);
rmSync(tablesEntry);
if (Object.keys(tables).length === 0) throw new Error('no phrase family was made: the phrase tables would be empty');
common.define = { FEEDSCRUB_PHRASE_TABLES: JSON.stringify(JSON.stringify(tables)) };

// The command is one CommonJS file so that dist/launch.cjs can run it through V8's code cache
// (vm.Script takes scripts, not modules); lazy import()s stay lazy: esbuild wraps each in an init
// function that runs on first use.
// commander requires child_process (and with it net and stream) on load, for subcommands run as
// programs, which feedscrub has none of: it gets a stand-in that loads the module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// The HTML sanitizer imports entities' decodeHTML, and with it the decoding tables entities builds
// when evaluated: in a text conversion, for nothing, and a second copy of entities besides the one
// src/text/deps.ts loads on first use. The sanitizer gets functions that load that copy, through
// src/text/deps.ts, when first called (in the page bundle, the command's copy). A name it imports
// that is not listed here fails the build.
const LAZY_ENTITIES = ['decodeHTML', 'decodeHTMLStrict'];
const lazyEntities = {
  name: 'lazy-entities',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, (args) => (args.kind === 'import-statement' && !args.importer.includes('node_modules') ? { path: 'entities', namespace: 'lazy-entities' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-entities' }, () => ({
      contents: `import { loadEntities } from './src/text/deps.ts';\n${LAZY_ENTITIES.map((name) => `export function ${name}(...args) { return loadEntities().${name}(...args); }`).join('\n')}`,
      loader: 'js',
      resolveDir: '.',
    }));
  },
};

// What only HTML, feed or Markdown work needs is bundled by group into dist/deps/<group>.cjs, which
// the command requires on first use, and which dist/launch.cjs starts through V8's code cache as it
// starts the command: from node_modules, a page's first conversion compiled these packages anew on
// every run. One group per kind of work, so that a page never reads the Markdown parser; the
// packages of a group share their dependencies (domhandler, entities) as one copy.
const CACHED_DEPS = {
  html: ['htmlparser2', 'domutils', 'domhandler', 'dom-serializer', 'sanitize-html'],
  turndown: ['turndown', '@joplin/turndown-plugin-gfm'],
  xml: ['fast-xml-parser'],
  md: ['markdown-it'],
};
const depGroup = new Map(Object.entries(CACHED_DEPS).flatMap(([group, names]) => names.map((name) => [name, group])));
const cachedDeps = {
  name: 'cached-deps',
  setup(build) {
    build.onResolve({ filter: /^[@a-z]/ }, (args) => (depGroup.has(args.path) && !/[\\/]node_modules[\\/]/.test(args.importer) ? { path: args.path, namespace: 'cached-dep' } : undefined));
    build.onResolve({ filter: /^\.\/deps\//, namespace: 'cached-dep' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'cached-dep' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`./deps/${depGroup.get(args.path)}.cjs`)})[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

const command = {
  ...common,
  plugins: [lazyChildProcess, lazyEntities, cachedDeps],
  format: 'cjs',
  minify: true,
  // Lazy loaders test import.meta.url to tell this bundle (where it is empty, on purpose) from ES
  // module builds: see src/html/deps.ts.
  logOverride: { 'empty-import-meta': 'silent' },
  // Dependencies that only HTML, feed or Markdown work needs stay in node_modules,
  // required when first used: bundled, they tripled the file a text conversion reads and the code
  // cache it loads (1.2 MB), and cost 0.2x of a bare start. All of them ship CommonJS.
  external: [
    // Only bytes that are neither UTF-8 nor declared need a charset guess.
    'chardet',
    // Only a config with a custom regex needs RE2 (260 kB).
    're2js',
    // Only `check` needs these. tinyglobby also reads import.meta.url, which is empty in this bundle.
    'tinyglobby',
    'ignore',
    'diff',
  ],
};
// The page module goes to a bundle of its own (scripts/page-bundle.js): first the command without
// it, to learn which modules the command loads at start-up; then the page bundle, which takes those
// from the command; then the command, exporting what the page bundle takes.
const withSeam = { ...command, plugins: [...command.plugins, pageSeam], outfile: 'dist/cli.cjs' };
const probe = await esbuild.build({ ...withSeam, entryPoints: { cli: 'src/cli/bin.ts' }, write: false, metafile: true });
const page = await esbuild.build({ ...command, plugins: [fromCommand(loadedModules(probe.metafile)), ...command.plugins], stdin: { contents: pageEntry, resolveDir: '.', loader: 'ts' }, outfile: `dist/${PAGE_FILE}`, metafile: true });
const taken = takenModules(page.metafile);
const cli = await esbuild.build({ ...withSeam, stdin: { contents: commandEntry(taken), resolveDir: '.', loader: 'ts' }, metafile: true });
const notLoaded = [...taken].filter((file) => !loadedModules(cli.metafile).has(file));
if (notLoaded.length > 0) throw new Error(`the page bundle takes modules the command does not load at start-up: ${notLoaded.join(', ')}`);
// The worker threads of --jobs: a file of their own, so that a run without workers never reads it.
await esbuild.build({ ...command, entryPoints: { worker: 'src/cli/worker.ts' }, outfile: 'dist/worker.cjs' });
for (const [group, names] of Object.entries(CACHED_DEPS)) {
  // Getters, so that requiring the group evaluates only the packages asked for.
  const contents = `module.exports = {${names.map((name) => `get ${JSON.stringify(name)}() { return require(${JSON.stringify(name)}); }`).join(', ')}};`;
  await esbuild.build({ ...command, plugins: [lazyChildProcess], stdin: { contents, resolveDir: '.', loader: 'js' }, outfile: `dist/deps/${group}.cjs` });
}
for (const file of ['dist/cli.cjs', `dist/${PAGE_FILE}`, 'dist/worker.cjs', ...Object.keys(CACHED_DEPS).map((group) => `dist/deps/${group}.cjs`)]) asciiOnly(file);

await esbuild.build({ ...common, format: 'cjs', entryPoints: ['src/cli/launch.ts'], outfile: 'dist/launch.cjs' });

await esbuild.build({
  ...common,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  packages: 'external',
});

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

/**
 * esbuild escapes every character past ASCII but those in regex literals and in tagged templates
 * (String.raw), where an escape would change the text. Escaped there too, the bundle is ASCII, which
 * dist/launch.cjs reads as latin1: a one-byte string, with no UTF-8 to decode, where a single "é"
 * made V8 hold the whole megabyte as two-byte text (6 ms of a start-up). In a regex, \uXXXX is the
 * same code unit with or without the u flag (a surrogate pair's two escapes are one code point
 * under u); in String.raw`...`, the characters become a substitution, `${"\uXXXX"}`, which
 * String.raw joins in as they were. Anything else past ASCII fails the build.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\0-\x7f]/.test(text)) return;
  const ts = require('typescript');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const escape = (chars) => [...chars].map((ch) => [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')).join('');
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(source);
      for (const m of text.slice(start, node.end).matchAll(/(\\*)([^\0-\x7f]+)/g)) {
        if (m[1].length % 2 === 1) throw new Error(`${file}: an escaped character past ASCII in a regex at ${start + m.index}`);
        edits.push([start + m.index + m[1].length, m[2].length, escape(m[2])]);
      }
    } else if (ts.isTaggedTemplateExpression(node)) {
      const raw = node.tag.getText(source) === 'String.raw';
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template) ? [node.template] : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        const start = part.getStart(source);
        for (const m of text.slice(start, part.end).matchAll(/[^\0-\x7f]+/g)) {
          if (!raw) throw new Error(`${file}: characters past ASCII in a template tagged ${node.tag.getText(source)} at ${start + m.index}`);
          edits.push([start + m.index, m[0].length, `\${"${escape(m[0])}"}`]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let at = 0;
  for (const [start, length, replacement] of edits.sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, start) + replacement;
    at = start + length;
  }
  out += text.slice(at);
  const left = /[^\0-\x7f]/.exec(out);
  if (left) throw new Error(`${file}: a character past ASCII at ${left.index} that neither a regex nor String.raw holds: ${JSON.stringify(out.slice(left.index - 40, left.index + 10))}`);
  writeFileSync(file, out);
}
