#!/usr/bin/env node
/**
 * The properties of test/properties.test.ts, on the built library (dist/index.js) and for far more
 * runs, over every input format and arbitrary bytes:
 *
 *   npm run fuzz -- --runs 100000 --seconds 120 [--seed N]
 *
 * --runs is per property, --seconds the whole budget, shared out between the properties. Prints
 * the runs done per property; a counterexample is printed with its seed and path, to be added by
 * hand as an example in test/properties.test.ts and as a fixture. Exit 1 when one was found.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import fc from 'fast-check';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seconds: { type: 'string', default: '120' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seconds = Number(values.seconds);
if (!(runs > 0 && seconds > 0)) throw new Error('--runs and --seconds take positive numbers');

// The test helpers are TypeScript: bundled below dist/ (so that their own paths and packages
// resolve as from test/helpers), the library itself not included but loaded from the build.
const out = path.join(root, 'dist', 'fuzz', 'helpers.mjs');
mkdirSync(path.dirname(out), { recursive: true });
await build({
  stdin: {
    contents: "export * from './test/helpers/arbitraries.ts'; export { unaccounted, validateArticle } from './test/helpers/fixtures.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: out,
  logLevel: 'warning',
});
const helpers = await import(pathToFileURL(out).href);
const { scrub } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
const render = (articles, to) => import(pathToFileURL(path.join(root, 'dist', 'index.js')).href).then((m) => m.render(articles, to));

const valid = (input) => {
  for (const a of scrub(input)) {
    if (!helpers.validateArticle(a)) throw new Error(`schema: ${JSON.stringify(helpers.validateArticle.errors)}`);
  }
};
const conserved = (input) => {
  const lost = helpers.unaccounted(input, scrub(input));
  if (lost.length > 0) throw new Error(`lines neither in the body nor removed: ${JSON.stringify(lost)}`);
};
const idempotent = async (input) => {
  for (const a of scrub(input)) {
    const again = scrub(await render([a], 'text'));
    if (again.length !== 1 || again[0].title !== a.title || again[0].text !== a.text) {
      throw new Error(`second pass differs: ${JSON.stringify({ title: again[0]?.title, text: again[0]?.text })} vs ${JSON.stringify({ title: a.title, text: a.text })}`);
    }
  }
};
// Broken NDJSON lines, unclosed CDATA, front matter that is not YAML: scrub() refuses the input
// with a message naming the records, which is the outcome wanted; any other throw is a bug.
const refusal = (error) => {
  if (!/record\(s\) could not be read/.test(error.message)) throw error;
  return [];
};
const validRecords = (input) => {
  try {
    valid(input);
  } catch (error) {
    refusal(error);
  }
};
const renders = async (input) => {
  let articles;
  try {
    articles = scrub(input);
  } catch (error) {
    articles = refusal(error);
  }
  if (articles.length > 0) for (const to of ['json', 'ndjson', 'md', 'html', 'text']) await render(articles, to);
};

const formats = {
  'full-unicode strings': helpers.unicode,
  'dump-like texts': helpers.dump,
  'arbitrary bytes': helpers.bytes,
  html: helpers.html,
  markdown: helpers.markdown,
  feeds: helpers.feed,
};
// The checks the property test makes per input kind; on structured formats (whose lines include
// markup) conservation does not apply.
const plan = [
  ...Object.entries(formats).map(([name, arb]) => [`${name}: valid articles`, arb, name === 'markdown' || name === 'feeds' ? validRecords : valid]),
  ...['full-unicode strings', 'dump-like texts', 'arbitrary bytes'].flatMap((name) => [
    [`${name}: conservation`, formats[name], conserved],
    [`${name}: idempotence`, formats[name], idempotent],
  ]),
  ['ndjson: valid articles or a refusal naming the broken lines', helpers.ndjson, validRecords],
  ...['html', 'markdown', 'feeds'].map((name) => [`${name}: every renderer`, formats[name], renders]),
];

const deadline = performance.now() + seconds * 1000;
let failed = false;
let total = 0;
for (const [index, [name, arb, check]] of plan.entries()) {
  const left = deadline - performance.now();
  if (left <= 0) break;
  const seed = values.seed === undefined ? Date.now() ^ index : Number(values.seed);
  const result = await fc.check(
    fc.asyncProperty(arb, async (input) => void (await check(input))),
    { numRuns: runs, seed, interruptAfterTimeLimit: Math.floor(left / (plan.length - index)), markInterruptAsFailure: false },
  );
  total += result.numRuns;
  console.log(`${name}: ${result.numRuns} runs${result.interrupted ? ' (time budget reached)' : ''}`);
  if (result.failed) {
    failed = true;
    const example = result.counterexample?.[0];
    console.log(`  counterexample (seed ${result.seed}, path "${result.counterexamplePath}"): ${JSON.stringify(example instanceof Uint8Array ? [...example] : example)}`);
    console.log(`  ${String(result.errorInstance?.message ?? result.error).split('\n')[0]}`);
  }
}
console.log(`${total} runs in all`);
process.exitCode = failed ? 1 : 0;
