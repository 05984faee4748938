import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { isArticle, type Article, type Item } from '../article.js';
import { scrubItems } from '../pipeline.js';
import { looksBinary } from '../read.js';
import { loadRenderer, rendererName, renderers, type RendererName } from '../renderers/index.js';
import { readerName, readers, type ReaderName } from '../readers/index.js';
import ndjson from '../renderers/ndjson.js';
import { ConfigError, loadConfig, scrubOptionsFrom, type LoadedConfig } from '../config/index.js';
import { runCheck } from './check.js';
import { colours } from './colours.js';
import { explain } from './explain.js';
import { isDirectoryTarget, readInput, reason, UserError, writeAtomic, type Io } from './io.js';
import { namer } from './names.js';
import { listRules, ruleList } from './rule-list.js';

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
  $ feedscrub dumps/*.txt -o out/ --to html   one HTML file per article, named from the title
  $ feedscrub dump.txt --explain >/dev/null   show every removed line and why
  $ feedscrub check content/                  lint a content folder in CI (feedscrub check --help)

Exit codes: 0 all inputs converted, 1 some input failed (the others are still written), 2 usage error.`;

interface Options {
  to: string;
  from: string;
  encoding?: string;
  field?: string[];
  now?: string;
  output?: string;
  explain?: boolean;
  fragment?: boolean;
  frontMatter: boolean;
  listRules?: boolean;
  disable?: string[];
  /** --config <file> gives a path, --no-config false. */
  config?: string | false;
  color: boolean;
}

function program(io: Io): Command {
  return new Command()
    .name('feedscrub')
    .description('Clean syndicated article dumps: strip feed footers, share widgets and bylines, keep the metadata.')
    .version(pkg.version, '-V, --version')
    .argument('[inputs...]', 'dump files; "-" or nothing (with a pipe) reads stdin')
    .addOption(new Option('-t, --to <format>', 'json, ndjson, md (markdown), html or text').default('json'))
    .addOption(new Option('-f, --from <format>', `input format: auto, ${Object.keys(readers).join(', ')}`).default('auto'))
    .option('--encoding <name>', 'input encoding, overriding detection (utf-8, windows-1252, iso-8859-1, utf-16le...)')
    .option('--field <name=key>', 'ndjson: take an Article field from another key, e.g. content=article_body (repeatable)', collect)
    .option('--now <date>', 'the time relative dates ("2 days ago") count from, as ISO 8601')
    .option('-o, --output <path>', 'write to a file, or to a directory (existing, or ending in /) one file per article')
    .option('--explain', 'print every removal (line, rule, text) to stderr')
    .option('--fragment', 'html: only the <article> element, not a whole document')
    .option('--no-front-matter', 'md: a "# Title" heading and a byline line instead of YAML front matter')
    .option('--disable <rules>', 'comma-separated rule ids to skip (see --list-rules)', (v: string, prev: string[] = []) => [
      ...prev,
      ...v.split(',').map((s) => s.trim()).filter(Boolean),
    ])
    .option('--list-rules', 'list the rules, built-in and from the config, and exit')
    .option('--config <file>', 'use this config file instead of looking for feedscrub.config.json upward')
    .option('--no-config', 'ignore config files')
    .option('--no-color', 'no colour on stderr (also NO_COLOR=1, or when stderr is not a terminal)')
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

const FIELD_NAMES = ['title', 'content', 'author', 'date', 'url'];

/** The read options from the flags, or a usage message. */
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
    if (!m?.[1] || !m[2] || !FIELD_NAMES.includes(m[1])) return `--field takes name=key with name one of ${FIELD_NAMES.join(', ')}: "${spec}"`;
    fields[m[1]] = m[2];
  }
  const now = opts.now === undefined ? null : new Date(opts.now);
  if (now && Number.isNaN(now.getTime())) return `--now takes an ISO 8601 date, e.g. 2021-07-04T12:00:00Z: "${opts.now}"`;
  return { from, fields, now };
}

/** Runs the command line and returns the exit code; never calls process.exit. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  // A dump named "check" is still reachable as ./check.
  if (argv[0] === 'check') return runCheck(argv.slice(1), io);
  const cmd = program(io);
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  const opts = cmd.opts<Options>();
  const c = colours(io, opts.color);
  const fail = (message: string) => io.stderr.write(`${c.red('feedscrub:')} ${message}\n`);

  let loaded: LoadedConfig;
  try {
    loaded = await loadConfig({ cwd: io.cwd, file: typeof opts.config === 'string' ? opts.config : null, disabled: opts.config === false });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    fail(error.message);
    return EXIT.usage;
  }
  if (opts.listRules) {
    listRules(io, loaded);
    return EXIT.ok;
  }
  const format = rendererName(opts.to);
  if (!format) {
    fail(`unknown format "${opts.to}" for --to: use ${Object.keys(renderers).join(', ')}`);
    return EXIT.usage;
  }
  const known = new Set(ruleList(loaded, io.cwd).map((r) => r.id));
  const unknown = (opts.disable ?? []).filter((id) => !known.has(id));
  if (unknown.length) {
    fail(`unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} for --disable (see --list-rules)`);
    return EXIT.usage;
  }
  const flags = readFlags(opts);
  if (typeof flags === 'string') {
    fail(flags);
    return EXIT.usage;
  }
  const configured = scrubOptionsFrom(loaded.config);
  let inputs = cmd.processedArgs[0] as string[];
  if (inputs.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(cmd.helpInformation());
      return EXIT.usage;
    }
    inputs = ['-'];
  }

  let failed = false;
  const items: Item[] = [];
  for (const input of inputs) {
    const label = input === '-' ? 'stdin' : input;
    try {
      const bytes = await readInput(input, io);
      if (looksBinary(bytes)) throw new UserError('looks like a binary file, not a text dump');
      const found = scrubItems(bytes, {
        path: input === '-' ? null : input,
        ...configured,
        disable: [...configured.disable, ...(opts.disable ?? [])],
        ...flags,
        ...(opts.encoding === undefined ? {} : { encoding: opts.encoding }),
      });
      if (found.every((a) => isArticle(a) && !a.text && !a.title)) throw new UserError('empty input: no text to clean');
      const warned = new Set<string>();
      for (const item of found) {
        if (!isArticle(item)) {
          // The record is reported in place (ndjson) or here; the others go on.
          failed = true;
          fail(`${label}${item.line === null ? '' : `:${item.line}`}: ${item.error}`);
        } else {
          // Read warnings (invalid bytes) are printed whether or not --explain is on.
          for (const n of item.notes.filter((n) => n.rule === 'read' && !warned.has(n.message))) {
            warned.add(n.message);
            io.stderr.write(`${c.yellow('feedscrub: warning:')} ${label}: ${n.message}\n`);
          }
          if (opts.explain) io.stderr.write(explain(item, label, c));
        }
        items.push(item);
      }
    } catch (error) {
      failed = true;
      fail(`${label}: ${reason(error)}`);
      if (!(error instanceof UserError) && !(error as NodeJS.ErrnoException).code && io.env.FEEDSCRUB_DEBUG) {
        io.stderr.write(`${(error as Error).stack ?? ''}\n`);
      }
    }
  }
  if (items.length > 0 && !(await write(items, format, opts, io, fail))) failed = true;
  return failed ? EXIT.failed : EXIT.ok;
}

async function write(
  items: Item[],
  format: RendererName,
  opts: Options,
  io: Io,
  fail: (m: string) => void,
): Promise<boolean> {
  const renderer = await loadRenderer(format);
  const renderOptions = { fragment: opts.fragment === true, frontMatter: opts.frontMatter };
  const articles = items.filter(isArticle);
  // NDJSON keeps one line out per record in, errors included, so a pipeline never desyncs.
  const render = async (list: readonly Item[]) =>
    format === 'ndjson'
      ? list.map((i) => (isArticle(i) ? ndjson.render([i], renderOptions) : `${JSON.stringify(i)}\n`)).join('')
      : renderer.render(list.filter(isArticle), renderOptions);
  if (articles.length === 0 && format !== 'ndjson') return true;
  if (!opts.output || opts.output === '-') {
    io.stdout.write(await render(items));
    return true;
  }
  const target = path.resolve(io.cwd, opts.output);
  const isInput = await inputChecker(articles, io.cwd);
  if (!(await isDirectoryTarget(opts.output, io.cwd))) {
    if (await isInput(target)) {
      fail(`${opts.output}: refusing to overwrite an input`);
      return false;
    }
    return save(target, await render(items), opts.output, fail);
  }
  const name = await namer(renderer.extension);
  let ok = true;
  for (const article of articles) {
    const file = path.join(target, name(article));
    if (await isInput(file)) {
      fail(`${path.relative(io.cwd, file)}: refusing to overwrite an input`);
      ok = false;
      continue;
    }
    ok = (await save(file, await renderer.render([article], renderOptions), path.relative(io.cwd, file), fail)) && ok;
  }
  return ok;
}

/**
 * Whether writing `file` would replace an input: the same path, or the same file reached another
 * way (a symlink to it, `-o` naming the file a symlinked input points at, a hard link).
 */
async function inputChecker(articles: readonly Article[], cwd: string): Promise<(file: string) => Promise<boolean>> {
  const paths = new Set(articles.flatMap((a) => (a.source.path ? [path.resolve(cwd, a.source.path)] : [])));
  const identity = async (file: string) => {
    try {
      const s = await stat(file, { bigint: true });
      return `${s.dev}:${s.ino}`;
    } catch {
      return null;
    }
  };
  const ids = new Set((await Promise.all([...paths].map(identity))).filter((id) => id !== null));
  return async (file) => {
    if (paths.has(file)) return true;
    const id = await identity(file);
    return id !== null && ids.has(id);
  };
}

async function save(file: string, data: string, label: string, fail: (m: string) => void): Promise<boolean> {
  try {
    await writeAtomic(file, data);
    return true;
  } catch (error) {
    fail(`${label}: cannot write: ${reason(error)}`);
    return false;
  }
}
