import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { fixableRules, fixFile, readForCheck, report, type CheckOptions, type Checked } from '../check/index.js';
import { checkOptions } from '../check/options.js';
import { fileResult, reportOf, type CheckReport } from '../check/report.js';
import { loadReporter, reporterName, reporters } from '../check/reporters/index.js';
import { ConfigError } from '../config/index.js';
import { configOf, extensionList, parseArgs } from './args.js';
import { loadDiff } from './deps.js';
import { expandInputs } from '../inputs/expand.js';
import { NOT_CONTENT_DIRS, repositoryRoot, writtenByFeedscrub } from '../check/content.js';
import { unfixedReason } from '../check/unfixable.js';
import { plural } from '../check/reporters/common.js';
import { listCheckRules, readStdinForCheck } from './check-extra.js';
import { colours } from './colours.js';
import { reason } from '../errors.js';
import { writeAtomic, type Io } from './io.js';

/**
 * `feedscrub check`: lint a content folder. Exit codes are ESLint's, so CI treats it the same way:
 *   0  no errors, and warnings within --max-warnings
 *   1  errors, or more warnings than --max-warnings
 *   2  usage or configuration error
 */
const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const CHECKED_EXTENSIONS = ['md', 'markdown', 'html', 'htm', 'txt'];

const EXAMPLES = `
Examples:
  $ feedscrub check                               the repository's content (no layouts, themes, build output)
  $ feedscrub check content/                      every .md, .html and .txt file under content/
  $ cat post.md | feedscrub check -               stdin, reported as <stdin>
  $ feedscrub check --list-rules                  the rules, check-only ones included, with their severity
  $ feedscrub check 'posts/**/*.md' --quiet       a quoted glob, errors only
  $ feedscrub check content -f github             annotations on the pull request
  $ feedscrub check content --format sarif -o feedscrub.sarif
  $ feedscrub check content --format html -o report.html
  $ feedscrub check content --fix-dry-run | less  what --fix would change, as a diff
  $ feedscrub check content --fix                 rewrite the files, then report what is left

Paths in reports (SARIF, GitHub annotations, JSON) are relative to the repository root: the nearest
folder upward holding .git, else the working folder. The config lookup stops there too.
Files and folders named in .feedscrubignore (gitignore syntax, at the root) are skipped, as are
node_modules and .git. Folders walked skip what .gitignore names and HTML reports feedscrub wrote;
with no path, the theme, layout and build folders too (layouts/, themes/, public/, _site/...).
--explain lists what was skipped and why.
Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings, 2 usage or configuration error.`;

interface Options {
  format: string;
  output?: string;
  maxWarnings?: string;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  config?: string | false;
  now?: string;
  ext: string;
  color: boolean;
  listRules?: boolean;
  explain?: boolean;
  debug?: boolean;
}

function program(io: Io): Command {
  return new Command()
    .name('feedscrub check')
    .description('Report boilerplate and metadata problems left in a content folder; --fix removes what it can.')
    .argument('[paths...]', 'files, folders (recursive) and quoted globs; "-" reads stdin (default: the content under .)')
    .addOption(new Option('-f, --format <name>', `report format: ${Object.keys(reporters).join(', ')}`).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--fix', 'rewrite the files without the boilerplate (atomically), then report what is left')
    .option('--fix-dry-run', 'print the changes --fix would make, as a unified diff, and write nothing')
    .option('-c, --config <file>', 'use this config file instead of looking one up')
    .option('--no-config', 'ignore config files')
    .option('--now <date>', 'the date "in the future" counts from, as ISO 8601 (default: now)')
    .option('--ext <list>', 'extensions to check in folders', CHECKED_EXTENSIONS.join(','))
    .option('--no-color', 'no colour (also NO_COLOR=1, or when the output is not a terminal)')
    .option('--list-rules', 'list the rules check runs (cleaning, metadata and custom) with their severity, and exit')
    .option('--explain', 'say on stderr which files and folders were skipped, and why')
    .option('--debug', 'the same as --explain')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

export async function runCheck(argv: readonly string[], io: Io): Promise<number> {
  const cmd = program(io);
  const ended = parseArgs(cmd, argv);
  if (ended) return EXIT[ended];
  const opts = cmd.opts<Options>();
  const c = colours(io, opts.color, io.stderr);
  const fail = (message: string) => {
    io.stderr.write(`${c.red('feedscrub:')} ${message}\n`);
    return EXIT.usage;
  };

  const format = reporterName(opts.format);
  if (!format) return fail(`unknown format "${opts.format}" for --format: use ${Object.keys(reporters).join(', ')}`);
  const maxWarnings = opts.maxWarnings === undefined ? null : Number(opts.maxWarnings);
  if (maxWarnings !== null && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) return fail(`--max-warnings takes a whole number, not "${opts.maxWarnings}"`);
  const now = opts.now === undefined ? new Date() : new Date(opts.now);
  if (Number.isNaN(now.getTime())) return fail(`--now takes an ISO 8601 date, e.g. 2021-07-04T12:00:00Z: "${opts.now}"`);
  if (opts.fix && opts.fixDryRun) return fail('--fix and --fix-dry-run do not go together');

  const { root } = repositoryRoot(io.cwd);
  const loaded = await configOf(opts.config, io, root);
  if (loaded instanceof ConfigError) return fail(loaded.message);
  const options = checkOptions(loaded.config, now);
  if (opts.listRules) {
    listCheckRules(io, options);
    return EXIT.ok;
  }

  const given = cmd.processedArgs[0] as string[];
  const paths = given.length === 0 ? ['.'] : given.filter((p) => p !== '-');
  const stdin = given.includes('-');
  if (stdin && (opts.fix || opts.fixDryRun)) return fail('--fix and --fix-dry-run rewrite files, not stdin');
  const extensions = extensionList(opts.ext);
  const expanded = paths.length === 0 ? null : await expandInputs(paths, {
    cwd: io.cwd,
    root,
    extensions,
    gitignore: true,
    skipFile: writtenByFeedscrub,
    ...(given.length === 0 ? { skipDirs: NOT_CONTENT_DIRS } : {}),
  });
  if (expanded?.missing.length) return fail(`${expanded.missing.map((m) => `"${m}"`).join(', ')}: no such file, folder or matching file`);
  if (opts.explain || opts.debug) for (const s of expanded?.skipped ?? []) io.stderr.write(`feedscrub: skipped ${s.path}: ${s.reason}\n`);
  for (const operand of expanded?.empty ?? []) {
    const why = expanded?.emptyWhy.get(operand);
    io.stderr.write(`feedscrub: ${operand}: nothing to check: ${why ?? `no .${extensions.join(', .')} file`}\n`);
  }

  let checked: Checked[] = [];
  for (const input of expanded?.files ?? []) checked.push(await readForCheck(input, options));
  if (stdin) checked.push(await readStdinForCheck(io, options));

  if (opts.fix || opts.fixDryRun) {
    const fixed = await fixAll(checked, options, io, opts.fixDryRun === true);
    if (fixed.failed) return EXIT.findings;
    checked = fixed.checked;
  }

  let result = report(checked, options);
  if (opts.quiet) result = errorsOnly(result);
  if (!(await writeReport(result, format, opts, io))) return EXIT.findings;

  const tooManyWarnings = maxWarnings !== null && result.warningCount > maxWarnings;
  if (tooManyWarnings && result.errorCount === 0) {
    io.stderr.write(`feedscrub: ${plural(result.warningCount, 'warning')}, more than --max-warnings ${maxWarnings}\n`);
  }
  return result.errorCount > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

/** The report in its format to -o or stdout (or its gist to stderr under a diff), and the step summary; false when -o cannot be written. */
async function writeReport(result: CheckReport, format: NonNullable<ReturnType<typeof reporterName>>, opts: Options, io: Io): Promise<boolean> {
  const reporter = await loadReporter(format);
  const out = reporter.render(result, { color: !opts.output && !opts.fixDryRun && colours(io, opts.color, io.stdout as { isTTY?: boolean }).level > 0 });
  if (opts.fixDryRun) {
    // stdout holds the patch: the report would corrupt it, and its gist goes to stderr instead.
    io.stderr.write(summaryLine(result));
  } else if (opts.output) {
    try {
      await writeAtomic(path.resolve(io.cwd, opts.output), out.output);
    } catch (error) {
      io.stderr.write(`${colours(io, opts.color, io.stderr).red('feedscrub:')} ${opts.output}: cannot write: ${reason(error)}\n`);
      return false;
    }
  } else {
    io.stdout.write(out.output);
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (out.stepSummary && summaryFile) await appendFile(summaryFile, out.stepSummary).catch(() => undefined);
  return true;
}

/** Fix every file (see fixFile); a file is written only when it changed, atomically. */
async function fixAll(checked: readonly Checked[], options: CheckOptions, io: Io, dryRun: boolean): Promise<{ checked: Checked[]; failed: boolean }> {
  const fixable = fixableRules(options);
  const out: Checked[] = [];
  let failed = false;
  const patches: string[] = [];
  for (const item of checked) {
    if (!('ctx' in item)) {
      out.push(item);
      continue;
    }
    const ctx = fixFile(item.ctx, fixable, options);
    out.push({ input: item.input, ctx });
    const typed = path.relative(io.cwd, item.input.absolute).split(path.sep).join('/');
    const held = unfixedReason(ctx, report([{ input: item.input, ctx }], options).files[0]?.findings ?? [], fixable, typed);
    if (held) io.stderr.write(`feedscrub: ${ctx.file}: ${held}\n`);
    if (ctx.text === item.ctx.text) continue;
    if (dryRun) {
      const { createTwoFilesPatch } = loadDiff();
      patches.push(createTwoFilesPatch(`a/${ctx.file}`, `b/${ctx.file}`, item.ctx.text, ctx.text, '', '', { context: 3 }));
      continue;
    }
    try {
      await writeAtomic(item.input.absolute, `${ctx.bom ? '\uFEFF' : ''}${ctx.text}`);
    } catch (error) {
      failed = true;
      io.stderr.write(`feedscrub: ${ctx.file}: cannot write the fix: ${reason(error)}\n`);
    }
  }
  if (dryRun) io.stdout.write(patches.join(''));
  return { checked: out, failed };
}

function errorsOnly(result: CheckReport): CheckReport {
  const files = result.files.map((f) => fileResult(f.file, f.findings.filter((x) => x.severity === 'error'), f.fatal));
  return reportOf(files, result.rules, result.version);
}

function summaryLine(result: CheckReport): string {
  const left = result.errorCount + result.warningCount;
  return `feedscrub: after the fix, ${plural(left, 'problem')} would remain (${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')})\n`;
}
