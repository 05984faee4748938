import path from 'node:path';
import { Command, Option } from 'commander';
import { isArticle } from '../article.js';
import { ConfigError, scrubOptionsFrom } from '../config/index.js';
import { groupOf, packConfigs, type LearnedPackConfig } from '../learn/group.js';
import { DEFAULT_LEARN, learn, type LearnItem, type LearnOptions, type LearnedSite } from '../learn/learn.js';
import { MAX_INPUT_SIZE } from '../limits.js';
import type { ScrubOptions } from '../pipeline.js';
import { expandInputs } from '../inputs/expand.js';
import { configOf, extensionList, operandsOrStdin, parseArgs } from './args.js';
import { colours } from './colours.js';
import { reason } from '../errors.js';
import { readAll, writeAtomic, type Io } from './io.js';
import { createPool, defaultJobs, type Task, type TaskResult, type TaskSpec } from './pool.js';
import { runTask, stdinTask } from './task.js';

/**
 * `feedscrub learn`: a site's own boilerplate, from repetition across a batch of its articles,
 * written as site packs for the config (see src/learn/). Exit codes: 0 done (whether or not
 * anything was learned), 1 some input could not be read, 2 usage or configuration error.
 */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const EXTENSIONS = ['txt', 'text', 'html', 'htm', 'md', 'markdown', 'xml', 'rss', 'atom', 'json', 'ndjson', 'jsonl'];

/** Below this many inputs one thread is faster than starting workers (as for conversion). */
const MIN_POOL_TASKS = 32;

interface Options {
  format: string;
  minArticles: string;
  minShare: string;
  maxShare: string;
  config?: string | false;
  ext: string;
  jobs?: string;
  output?: string;
}

function program(io: Io): Command {
  return new Command()
    .name('feedscrub learn')
    .description("Learn each site's own boilerplate from what its articles repeat, and print it as site packs for feedscrub.config.json.")
    .argument('[inputs...]', 'dump files, folders, quoted globs, feeds, NDJSON; "-" or nothing (with a pipe) reads stdin')
    .addOption(new Option('--format <name>', 'json (site packs for the config) or table (for reading)').choices(['json', 'table']).default('json'))
    .option('--min-articles <n>', 'a site needs this many articles to learn from', String(DEFAULT_LEARN.minArticles))
    .option('--min-share <0..1>', "a piece must recur in this share of a site's articles", String(DEFAULT_LEARN.minShare))
    .option('--max-share <0..1>', "learned rules may cover at most this share of one article's words", String(DEFAULT_LEARN.maxShare))
    .option('-o, --output <file>', 'write the packs to this file instead of stdout')
    .option('--config <file>', 'clean with this config file instead of looking for feedscrub.config.json upward')
    .option('--no-config', 'ignore config files')
    .option('--ext <list>', 'extensions to read in folders', EXTENSIONS.join(','))
    .option('-j, --jobs <n>', 'worker threads for big batches (default: the number of CPUs)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

export async function runLearn(argv: readonly string[], io: Io): Promise<number> {
  const cmd = program(io);
  const ended = parseArgs(cmd, argv);
  if (ended) return EXIT[ended];
  const opts = cmd.opts<Options>();
  const c = colours(io, true);
  const fail = (message: string) => io.stderr.write(`${c.red('feedscrub learn:')} ${message}\n`);
  const options = learnOptions(opts);
  if (typeof options === 'string') {
    fail(options);
    return EXIT.usage;
  }
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    fail(`--jobs takes a whole number from 1, not "${opts.jobs}"`);
    return EXIT.usage;
  }
  const loaded = await configOf(opts.config, io);
  if (loaded instanceof ConfigError) {
    fail(loaded.message);
    return EXIT.usage;
  }
  const configPath = loaded.path;
  // Rules learned before stay out of the way: what they remove is what is being learned again.
  const relearn = [...loaded.config.customRules, ...loaded.config.sites.flatMap((s) => s.rules)].map((r) => r.id).filter((id) => id.startsWith('learned:'));
  const configured = scrubOptionsFrom(loaded.config);
  const scrub: ScrubOptions = { ...configured, disable: [...configured.disable, ...relearn] };
  const operands = operandsOrStdin(cmd, io);
  if (!operands) return EXIT.usage;
  const extensions = extensionList(opts.ext);
  const spec: TaskSpec = { from: 'auto', encoding: null, fields: {}, now: null, disable: relearn, configPath, maxSize: MAX_INPUT_SIZE };
  const collected = await collectLearnItems({ operands, extensions, scrub, spec, jobs }, io);
  for (const message of collected.errors) fail(message);
  const sites = learn(collected.items, options);
  const text = opts.format === 'table' ? learnTable(sites, collected.items.length) : `${JSON.stringify(packJson(sites), null, 2)}\n`;
  if (opts.output === undefined || opts.output === '-') io.stdout.write(text);
  else {
    try {
      await writeAtomic(path.resolve(io.cwd, opts.output), text);
    } catch (error) {
      fail(`${opts.output}: ${reason(error)}`);
      return EXIT.failed;
    }
  }
  return collected.errors.length > 0 ? EXIT.failed : EXIT.ok;
}

function learnOptions(opts: Options): LearnOptions | string {
  const minArticles = Number(opts.minArticles);
  const minShare = Number(opts.minShare);
  const maxShare = Number(opts.maxShare);
  if (!Number.isInteger(minArticles) || minArticles < 2) return `--min-articles takes a whole number from 2, not "${opts.minArticles}"`;
  if (!(minShare > 0 && minShare <= 1)) return `--min-share takes a number above 0 and at most 1, not "${opts.minShare}"`;
  if (!(maxShare > 0 && maxShare <= 1)) return `--max-share takes a number above 0 and at most 1, not "${opts.maxShare}"`;
  return { minArticles, minShare, maxShare };
}

export interface CollectOptions {
  operands: readonly string[];
  extensions: readonly string[];
  scrub: ScrubOptions;
  spec: TaskSpec;
  jobs: number;
  /** stdin, already read by the caller (a conversion reads it once and cleans it twice). */
  stdin?: Uint8Array;
}

/** Cleans the inputs as conversion does and keeps what learning needs of each article. */
export async function collectLearnItems(options: CollectOptions, io: Io): Promise<{ items: LearnItem[]; errors: string[] }> {
  const items: LearnItem[] = [];
  const errors: string[] = [];
  const take = (result: TaskResult, label: string) => {
    if ('error' in result) {
      errors.push(`${label}: ${result.error}`);
      return;
    }
    for (const item of result.items) if (isArticle(item)) items.push({ group: groupOf(item), title: item.title, text: item.text });
  };
  const maxSize = options.spec.maxSize ?? MAX_INPUT_SIZE;
  if (options.operands.includes('-')) {
    const bytes = options.stdin ?? (await readAll(io.stdin, maxSize));
    take(await stdinTask(bytes, { ...options.scrub, maxSize }), 'stdin');
  }
  const expanded = await expandInputs(
    options.operands.filter((o) => o !== '-'),
    { cwd: io.cwd, extensions: options.extensions },
  );
  for (const missing of expanded.missing) errors.push(`${missing}: no such file or directory`);
  const tasks: Task[] = expanded.files.map((f, id) => ({ id, path: f.absolute, display: f.display }));
  const pool = tasks.length >= MIN_POOL_TASKS && options.jobs > 1 ? await createPool(options.spec, { jobs: options.jobs }) : null;
  try {
    if (pool) for await (const result of pool.run(tasks)) take(result, tasks[result.id]?.display ?? '');
    else for (const task of tasks) take(await runTask(task, { ...options.scrub, maxSize }), task.display);
  } finally {
    await pool?.close();
  }
  return { items, errors };
}

/** Learns from the inputs and returns the packs to clean them with (conversion's --learn). */
export async function learnForRun(options: CollectOptions, io: Io): Promise<LearnedPackConfig[]> {
  const { items } = await collectLearnItems(options, io);
  return packConfigs(learn(items, DEFAULT_LEARN));
}

/** The config fragment: site packs for sites and hosts; rules of a feed that named neither go to customRules. */
export function packJson(sites: readonly LearnedSite[]): { sites: object[]; customRules?: object[] } {
  const configs = packConfigs(sites);
  const rulesOf = (p: LearnedPackConfig) => p.rules.map((r) => ({ id: r.id, description: r.description, match: r.match, where: r.where, severity: r.severity }));
  const packs = configs.filter((p) => p.feed === null).map((p) => ({ ...(p.site === null ? {} : { site: p.site }), ...(p.host === null ? {} : { host: p.host }), rules: rulesOf(p) }));
  const loose = configs.filter((p) => p.feed !== null).flatMap(rulesOf);
  return loose.length > 0 ? { sites: packs, customRules: loose } : { sites: packs };
}

export function learnTable(sites: readonly LearnedSite[], articles: number): string {
  if (sites.length === 0) return `Nothing learned from ${articles} article(s): no site repeats a piece of text often enough.\n`;
  const out: string[] = [];
  for (const s of sites) {
    out.push(`${s.group.label} (${s.group.site !== null ? 'site' : s.group.host !== null ? 'host' : 'feed'}, ${s.articles} articles)`);
    for (const r of s.rules) {
      out.push(`  ${r.id}  ${r.support}/${s.articles}  ${r.position}${r.whole ? '' : ', line end'}  confidence ${r.confidence.toFixed(2)}${r.adjacent ? ' (next to furniture)' : ''}`);
      for (const e of r.examples) out.push(`      "${e.length > 100 ? `${e.slice(0, 97)}...` : e}"`);
    }
  }
  return `${out.join('\n')}\n`;
}
