// Build: one esbuild bundle for the command (dependencies inlined, heavy ones in lazy chunks, so a
// conversion starts with one file read instead of a node_modules walk), one for the library
// (dependencies external, as a library should), and type declarations from tsc.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });

/** Resolve a package to an empty module inside the bundle. */
function emptyModule(name) {
  return {
    name: `empty-${name}`,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: name, namespace: 'empty' }));
      build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = undefined;' }));
    },
  };
}

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', legalComments: 'none' };

await esbuild.build({
  ...common,
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  splitting: true,
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  // js-yaml (under gray-matter) loads esprima only to support !!js/function, which front matter
  // must never execute; leaving it out saves 5 ms of start-up on every Markdown conversion.
  plugins: [emptyModule('esprima')],
  // Bundled CommonJS dependencies still expect CommonJS globals: require() (commander, gray-matter)
  // and __filename (write-file-atomic names its temporary files from it).
  banner: {
    js: [
      "import { createRequire as __feedscrubRequire } from 'node:module';",
      "import { fileURLToPath as __feedscrubPath } from 'node:url';",
      'const require = __feedscrubRequire(import.meta.url);',
      'const __filename = __feedscrubPath(import.meta.url);',
    ].join(' '),
  },
});

await esbuild.build({
  ...common,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  packages: 'external',
});

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
