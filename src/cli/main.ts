import path from 'node:path';
import { Command, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { ConfigError, runOptions, scrubOptionsFrom, type LoadedConfig } from '../config/index.js';
import { DEFAULT_THRESHOLD } from '../dedupe.js';
import type { ScrubOptions } from '../pipeline.js';
import { readerName, readers, type ReaderName } from '../readers/index.js';
import { FIELD_NAMES } from '../readers/ndjson.js';
import { loadRenderer, rendererName, renderers, type RendererName } from '../renderers/index.js';
import type { RenderOptions } from '../renderer.js';
import { configOf, extensionList, operandsOrStdin, parseArgs } from './args.js';
import { colours } from './colours.js';
import { convert, type ConvertOptions } from './convert.js';
import { isDirectoryTarget, type Io } from './io.js';
import { checkTemplate } from './names.js';
import { listRules, ruleList } from './rule-list.js';
import { formatSize, MAX_INPUT_SIZE, parseSize } from '../limits.js';

/**
 * Exit codes (also in --help and the README):
 *   0  every input was converted
 *   1  some input could not be read or cleaned, or an output could not be written (the rest were)
 *   2  usage error: unknown option or format, no input on a terminal, a bad config file
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const EXAMPLES = `
Examples:
  $ feedscrub dump.txt --to md               clean one dump to Markdown with front matter
  $ cat dump.txt | feedscrub --to text        read stdin, write the clean text to stdout
  $ feedscrub a.txt b.txt --to ndjson | jq .title
  $ feedscrub dumps/ -o out/ --to md          a folder, mirrored into out/ (dumps/a/b.txt -> out/a/b.md)
  $ feedscrub 'feeds/**/*.xml' -o out/ --name '{site}/{date}-{slug}' --dedupe
  $ feedscrub export.ndjson --to ndjson | head  a stream: constant memory, one line out per line in
  $ feedscrub dump.txt --explain >/dev/null   show every removed line and why
  $ feedscrub check content/                  lint a content folder in CI (feedscrub help check)
  $ feedscrub learn feeds/ --format table     what each site repeats in every item (feedscrub learn --help)
  $ feedscrub feeds/ --learn -o out/          ...and remove it in the same run

Exit codes: 0 all inputs converted, 1 some input failed (the others are still written), 2 usage error.`;

interface Options {
  to: string;
  from: string;
  encoding?: string;
  field?: string[];
  key?: string[];
  now?: string;
  output?: string;
  explain?: boolean;
  fragment?: boolean;
  frontMatter: boolean;
  array?: boolean;
  listRules?: boolean;
  disable?: string[];
  /** --config <file> gives a path, --no-config false. */
  config?: string | false;
  color: boolean;
  ext: string;
  name?: string;
  dedupe?: boolean;
  dedupeThreshold?: string;
  jobs?: string;
  quiet?: boolean;
  maxSize?: string;
  learn?: boolean;
}

function program(io: Io): Command {
  return new Command()
    .name('feedscrub')
    .description('Clean syndicated article dumps: strip feed footers, share widgets and bylines, keep the metadata.')
    .version(pkg.version, '-V, --version')
    .argument('[inputs...]', 'dump files; "-" or nothing (with a pipe) reads stdin')
    .addOption(new Option('-t, --to <format>', 'json, ndjson, md (markdown), html or text').default('json'))
    .addOption(new Option('--from <format>', `input format: auto, ${Object.keys(readers).join(', ')}`).default('auto'))
    .option('--encoding <name>', 'input encoding, overriding detection (utf-8, windows-1252, iso-8859-1, utf-16le...)')
    .option('--field <name=key>', 'ndjson: read an Article field (title, text, author, published, url, site, language, tags) from another key, e.g. text=article_body (repeatable)', collect)
    .option('--now <date>', 'the time relative dates ("2 days ago") count from, as ISO 8601')
    .option('-o, --output <path>', 'write to a file, or to a folder (existing, ending in /, or a batch with no extension): one file per article, mirroring the inputs')
    .option('--explain', 'print every removal (line, rule, text) to stderr')
    .option('--fragment', 'html: only the <article> element, not a whole document')
    .option('--array', 'json: an array even for one article (--to ndjson is the stable shape for streams)')
    .option('--no-front-matter', 'md: a "# Title" heading and a byline line instead of front matter')
    .option('--key <field=name>', `md: the front matter key for a field (${MD_KEY_FIELDS.join(', ')}), e.g. published=pubDate (repeatable); by default a Markdown input's keys keep their names, syntax (YAML, TOML, JSON) and order, and new ones are named as Jekyll and Hugo do (date)`, collect)
    .option('--disable <rules>', 'comma-separated rule ids to skip (see --list-rules)', (v: string, prev: string[] = []) => [
      ...prev,
      ...v.split(',').map((s) => s.trim()).filter(Boolean),
    ])
    .option('--list-rules', 'list the rules, built-in and from the config, and exit')
    .option('--config <file>', 'use this config file instead of looking for feedscrub.config.json upward')
    .option('--no-config', 'ignore config files')
    .option('--no-color', 'no colour on stderr (also NO_COLOR=1, or when stderr is not a terminal)')
    .option('--ext <list>', 'extensions to convert in folders', DEFAULT_EXTENSIONS.join(','))
    .option('--name <template>', '-o <dir>: output names from {stem} {dir} {slug} {date} {site} {index} {ext} (default: mirror the inputs)')
    .option('--dedupe', 'drop exact and near-duplicate articles (the first one wins), saying which on stderr')
    .option('--dedupe-threshold <0..1>', `similarity from which --dedupe calls two articles near-duplicates (default ${DEFAULT_THRESHOLD})`)
    .option('-j, --jobs <n>', 'worker threads for big batches (default: inline for small batches, else one per free CPU; 1 runs inline)')
    .option('--learn', "learn each site's repeated furniture from the batch itself and remove it (rules learned:<site>:<n>)")
    .option('-q, --quiet', 'no progress bar, no summary line, no duplicate reports')
    .option('--max-size <size>', `the largest input read whole, in bytes or with KB, MB, GB (default ${formatSize(MAX_INPUT_SIZE).replace(' MiB', 'MB')})`)
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}


/** What a folder operand is searched for: every format a reader takes. */
const DEFAULT_EXTENSIONS = ['txt', 'text', 'html', 'htm', 'md', 'markdown', 'xml', 'rss', 'atom', 'json', 'ndjson', 'jsonl'];

/** The read options from the flags, or a usage message. */
const MD_KEY_FIELDS = ['title', 'author', 'published', 'site', 'url', 'language', 'tags'] as const;

/** --key field=name, checked: the md renderer's key names. */
function keyFlags(specs: readonly string[]): NonNullable<RenderOptions['keys']> | string {
  const keys: NonNullable<RenderOptions['keys']> = {};
  for (const spec of specs) {
    const m = /^([a-z]+)=([^\s=]+)$/.exec(spec);
    const field = MD_KEY_FIELDS.find((f) => f === m?.[1]);
    if (!field || !m?.[2]) return `--key takes field=name with field one of ${MD_KEY_FIELDS.join(', ')}: "${spec}"`;
    keys[field] = m[2];
  }
  return keys;
}

function readFlags(opts: Options): { from: ReaderName | 'auto'; fields: Record<string, string>; now: Date | null } | string {
  const from = opts.from === 'auto' ? 'auto' : readerName(opts.from);
  if (!from) return `unknown format "${opts.from}" for --from: use auto, ${Object.keys(readers).join(', ')}`;
  if (opts.encoding !== undefined) {
    try {
      new TextDecoder(opts.encoding);
    } catch {
      return `unknown encoding "${opts.encoding}" for --encoding`;
    }
  }
  const fields: Record<string, string> = {};
  for (const spec of opts.field ?? []) {
    const m = /^([a-z]+)=(.+)$/.exec(spec);
    if (!m?.[1] || !m[2] || !(m[1] in FIELD_NAMES)) return `--field takes name=key with name one of ${Object.keys(FIELD_NAMES).join(', ')}: "${spec}"`;
    fields[m[1]] = m[2];
  }
  const now = opts.now === undefined ? null : new Date(opts.now);
  if (now && Number.isNaN(now.getTime())) return `--now takes an ISO 8601 date, e.g. 2021-07-04T12:00:00Z: "${opts.now}"`;
  return { from, fields, now };
}

/** Runs the command line and returns the exit code; never calls process.exit. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  let argv = args;
  // A dump named "check" is still reachable as ./check.
  // The subcommands load on use: a conversion never evaluates check's rules, reporters and globbing.
  if (argv[0] === 'check') return (await import('./check.js')).runCheck(argv.slice(1), io);
  if (argv[0] === 'learn') return (await import('./learn.js')).runLearn(argv.slice(1), io);
  // `feedscrub help check` as git and npm have it; a dump named "help" is still reachable as ./help.
  if (argv[0] === 'help' && argv[1] === 'check') return (await import('./check.js')).runCheck(['--help'], io);
  if (argv[0] === 'help' && argv[1] === 'learn') return (await import('./learn.js')).runLearn(['--help'], io);
  if (argv[0] === 'help' && argv.length === 1) argv = ['--help'];
  // -f is --format in check (as in ESLint and markdownlint-cli2); one letter keeps one meaning.
  if (argv.includes('-f')) {
    io.stderr.write('feedscrub: -f is not an option of conversion (in feedscrub check it is --format): use --from <format> for the input format\n');
    return EXIT.usage;
  }
  const cmd = program(io);
  const ended = parseArgs(cmd, argv);
  if (ended) return EXIT[ended];
  const opts = cmd.opts<Options>();
  const c = colours(io, opts.color);
  const fail = (message: string) => io.stderr.write(`${c.red('feedscrub:')} ${message}\n`);

  const loaded = await configOf(opts.config, io);
  if (loaded instanceof ConfigError) {
    fail(loaded.message);
    return EXIT.usage;
  }
  if (opts.listRules) {
    listRules(io, loaded);
    return EXIT.ok;
  }
  const checked = checkFlags(opts, loaded, io);
  if (typeof checked === 'string') {
    fail(checked);
    return EXIT.usage;
  }
  const { flags } = checked;
  const keys = keyFlags(opts.key ?? []);
  if (typeof keys === 'string') {
    fail(keys);
    return EXIT.usage;
  }
  const scrub: ScrubOptions = runOptions(scrubOptionsFrom(loaded.config), { ...flags, encoding: opts.encoding ?? null, disable: opts.disable ?? [] });
  const operands = operandsOrStdin(cmd, io);
  if (!operands) return EXIT.usage;
  const { failed } = await convert(await conversion(opts, { operands, scrub, checked, keys, configPath: loaded.path }, io), io, c);
  return failed ? EXIT.failed : EXIT.ok;
}

/** What `run` has checked and built from the flags, for conversion(). */
interface RunFlags {
  operands: string[];
  scrub: ScrubOptions;
  checked: Exclude<ReturnType<typeof checkFlags>, string>;
  keys: NonNullable<RenderOptions['keys']>;
  configPath: string | null;
}

/** The conversion the flags ask for: the renderer loaded, -o told a folder from a file. */
async function conversion(opts: Options, { operands, scrub, checked, keys, configPath }: RunFlags, io: Io): Promise<ConvertOptions> {
  const { format, flags, batch } = checked;
  const renderer = await loadRenderer(format);
  const output = !opts.output || opts.output === '-' ? null : {
    kind: (await isDirectoryTarget(opts.output, io.cwd)) ? ('dir' as const) : ('auto' as const),
    path: path.resolve(io.cwd, opts.output),
    label: opts.output,
  };
  return {
    operands,
    extensions: extensionList(opts.ext),
    scrub,
    spec: {
      from: flags.from,
      encoding: opts.encoding ?? null,
      fields: flags.fields,
      now: flags.now?.toISOString() ?? null,
      disable: [...(opts.disable ?? [])],
      configPath,
      maxSize: batch.maxSize,
    },
    ...batch,
    explain: opts.explain === true,
    quiet: opts.quiet === true,
    renderer,
    render: { fragment: opts.fragment === true, frontMatter: opts.frontMatter, array: opts.array === true, keys },
    output,
    learn: opts.learn === true,
  };
}

/** The flags a conversion needs, checked, or the usage message for the first one that is wrong. */
function checkFlags(opts: Options, loaded: LoadedConfig, io: Io): { format: RendererName; flags: Exclude<ReturnType<typeof readFlags>, string>; batch: Exclude<ReturnType<typeof batchFlags>, string> } | string {
  const format = rendererName(opts.to);
  if (!format) return `unknown format "${opts.to}" for --to: use ${Object.keys(renderers).join(', ')}`;
  // Only a run with --disable lists the rules: the list loads the page module (src/page/load.ts).
  const known = opts.disable?.length ? new Set(ruleList(loaded, io.cwd).map((r) => r.id)) : new Set<string>();
  const unknown = (opts.disable ?? []).filter((id) => !known.has(id));
  if (unknown.length) return `unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} for --disable (see --list-rules)`;
  const flags = readFlags(opts);
  if (typeof flags === 'string') return flags;
  const batch = batchFlags(opts);
  if (typeof batch === 'string') return batch;
  return { format, flags, batch };
}

/** --jobs, --dedupe, --name as the run takes them, or a usage message. */
function batchFlags(opts: Options): (Pick<ConvertOptions, 'jobs' | 'dedupe' | 'template'> & { maxSize: number }) | string {
  const jobs = opts.jobs === undefined ? null : Number(opts.jobs);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1)) return `--jobs takes a whole number from 1, not "${opts.jobs}"`;
  const threshold = opts.dedupeThreshold === undefined ? DEFAULT_THRESHOLD : Number(opts.dedupeThreshold);
  if (!(threshold > 0 && threshold <= 1)) return `--dedupe-threshold takes a number above 0 and at most 1, not "${opts.dedupeThreshold}"`;
  const template = opts.name ?? null;
  const bad = template === null ? null : checkTemplate(template);
  if (bad) return `--name: ${bad}`;
  const maxSize = opts.maxSize === undefined ? MAX_INPUT_SIZE : parseSize(opts.maxSize);
  if (maxSize === null) return `--max-size takes a size in bytes, KB, MB or GB (e.g. 64MB), not "${opts.maxSize}"`;
  return { jobs, dedupe: opts.dedupe || opts.dedupeThreshold !== undefined ? { threshold } : null, template, maxSize };
}
