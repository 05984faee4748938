// Build: one esbuild bundle for the command (dependencies inlined, so a conversion starts with one
// file read instead of a node_modules walk), one for the library (dependencies external, as a
// library should), and type declarations from tsc.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { writeConfigValidator } from './config-validator.js';

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
// src/text/deps.ts loads on first use. The sanitizer gets functions that load that copy when first
// called. A name it imports that is not listed here fails the build.
const LAZY_ENTITIES = ['decodeHTML', 'decodeHTMLStrict'];
const lazyEntities = {
  name: 'lazy-entities',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, (args) => (args.kind === 'import-statement' && !args.importer.includes('node_modules') ? { path: 'entities', namespace: 'lazy-entities' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-entities' }, () => ({
      contents: `let m;\n${LAZY_ENTITIES.map((name) => `export function ${name}(...args) { return (m ??= require('entities')).${name}(...args); }`).join('\n')}`,
      loader: 'js',
      resolveDir: '.',
    }));
  },
};

const command = {
  ...common,
  plugins: [lazyChildProcess, lazyEntities],
  format: 'cjs',
  minify: true,
  // Lazy loaders test import.meta.url to tell this bundle (where it is empty, on purpose) from ES
  // module builds: see src/html/deps.ts.
  logOverride: { 'empty-import-meta': 'silent' },
  // Dependencies that only HTML, feed or Markdown work needs stay in node_modules,
  // required when first used: bundled, they tripled the file a text conversion reads and the code
  // cache it loads (1.2 MB), and cost 0.2x of a bare start. All of them ship CommonJS.
  external: [
    'turndown',
    '@joplin/turndown-plugin-gfm',
    'htmlparser2',
    'domutils',
    'domhandler',
    'dom-serializer',
    'sanitize-html',
    'fast-xml-parser',
    'markdown-it',
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
await esbuild.build({ ...command, entryPoints: { cli: 'src/cli/bin.ts' }, outfile: 'dist/cli.cjs' });
// The worker threads of --jobs: a file of their own, so that a run without workers never reads it.
await esbuild.build({ ...command, entryPoints: { worker: 'src/cli/worker.ts' }, outfile: 'dist/worker.cjs' });
asciiOnly('dist/cli.cjs');
asciiOnly('dist/worker.cjs');

await esbuild.build({ ...common, format: 'cjs', entryPoints: ['src/cli/launch.ts'], outfile: 'dist/launch.cjs' });

await esbuild.build({
  ...common,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  packages: 'external',
});

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

/**
 * esbuild escapes every character past ASCII but those inside regex literals; escaped there too,
 * the bundle is ASCII, which dist/launch.cjs reads as latin1: a one-byte string, with no UTF-8 to
 * decode, where a single "é" made V8 hold the whole megabyte as two-byte text (6 ms of a start-up).
 * A \uXXXX escape means the same code unit in a regex, with or without the u flag (a surrogate
 * pair's two escapes are one code point under u), unless a backslash already escapes it.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(/[^\0-\x7f]/g, (ch, at) => {
    if (text[at - 1] === '\\') throw new Error(`${file}: an escaped non-ASCII character at ${at}, which a \\u escape cannot replace`);
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  writeFileSync(file, out);
}
