import type { Colours } from './colours.js';
import { createReadStream } from 'node:fs';
import { stat } from '../inputs/fs-async.js';
import path from 'node:path';
import { isArticle, type Item } from '../article.js';
import { Deduper } from '../dedupe.js';
import { MAX_INPUT_SIZE } from '../limits.js';
import type { ScrubOptions } from '../pipeline.js';
import { readers } from '../readers/index.js';
import type { RenderOptions, Renderer } from '../renderer.js';
import { expandInputs, type InputFile } from '../inputs/expand.js';
import { explain } from './explain.js';
import { learnedPacks } from '../learn/group.js';
import { reason, UserError } from '../errors.js';
import { readAll, type Io } from './io.js';
import { loadStream } from './deps.js';
import { createSink, type Sink } from './output.js';
import { createPool, defaultJobs, inlinePool, type Task, type TaskResult, type TaskSpec } from './pool.js';
import { createProgress, summaryLine, type RunTotals } from './progress.js';
import { streamNdjson } from './stream.js';
import { chooseJobs, machine } from './jobs.js';
import { oneLine, stdinTask } from './task.js';

/**
 * A conversion run: inputs (files, folders, globs, stdin) -> tasks -> results in input order
 * (inline, or on worker threads for big batches) -> dedupe -> the sink. Results are consumed as
 * they come, so a batch of 100,000 files holds one file's articles at a time (the sink decides
 * what it must keep: see output.ts).
 */

export interface ConvertOptions {
  operands: readonly string[];
  extensions: readonly string[];
  scrub: ScrubOptions;
  spec: TaskSpec;
  /** --jobs, or null to choose from the batch and the machine. */
  jobs: number | null;
  dedupe: { threshold: number } | null;
  explain: boolean;
  quiet: boolean;
  renderer: Renderer;
  render: RenderOptions;
  /** `-o`; 'auto': a folder for a batch when the name has no extension, else a file (see outputKind). */
  output: { kind: 'file' | 'dir' | 'auto'; path: string; label: string } | null;
  template: string | null;
  /** --learn: clean twice, the second time with what the first taught about each site's furniture. */
  learn?: boolean;
}


export async function convert(options: ConvertOptions, io: Io, c: Colours): Promise<{ failed: boolean }> {
  let probe: Awaited<ReturnType<typeof streamable>>;
  try {
    probe = await streamable(options, io);
  } catch (error) {
    // SIGINT while waiting on stdin: the run stops, and the exit code says why.
    if ((error as NodeJS.ErrnoException).code === 'EINTR') return { failed: false };
    throw error;
  }
  if (probe?.ndjson) {
    if (!options.learn) return streamRun(probe.stream, options, io, c);
    const path = options.operands[0] === '-' ? null : (options.operands[0] ?? null);
    const { learnFromWindow } = await import('./learn-window.js');
    const { stream, learned } = await learnFromWindow(probe.stream, { ...options.scrub, path });
    return streamRun(stream, { ...options, scrub: { ...options.scrub, packs: [...(options.scrub.packs ?? []), ...learnedPacks(learned)] } }, io, c);
  }
  // stdin was peeked at: the batch reads it whole from the replacement stream.
  if (probe) io = { ...io, stdin: probe.stream };
  const started = process.hrtime.bigint();
  const maxSize = options.spec.maxSize ?? MAX_INPUT_SIZE;
  if (options.learn) ({ options, io } = await withLearned(options, io, maxSize));
  const files = options.operands.filter((o) => o !== '-');
  const expanded = await expandInputs(files, { cwd: io.cwd, extensions: options.extensions });
  const showProgress = !options.quiet && io.stderr.isTTY === true && io.env.TERM !== 'dumb';
  const progress = createProgress(io.stderr, { total: expanded.files.length + (options.operands.includes('-') ? 1 : 0), enabled: showProgress, unit: 'inputs' });
  // Messages go above the bar when there is one, straight to stderr when not.
  const say = (line: string) => (showProgress ? progress.message(line) : io.stderr.write(`${line}\n`));
  let failed = false;
  const fail = (message: string) => {
    failed = true;
    say(`${c.red('feedscrub:')} ${message}`);
  };
  for (const missing of expanded.missing) fail(`${missing}: no such file or directory`);
  // A folder that holds nothing to convert is most likely the wrong folder, or a wrong --ext.
  for (const operand of expanded.empty) {
    const why = expanded.emptyWhy.get(operand);
    fail(why ? `${operand}: nothing to convert: ${why}` : `${operand}: no files to convert (looking for .${options.extensions.join(', .')})`);
  }

  const sink = await createSink({
    renderer: options.renderer,
    render: options.render,
    output: options.output && { ...options.output, kind: outputKind(options.output, expanded.files) },
    template: options.template,
    stdout: io.stdout,
    cwd: io.cwd,
    inputs: expanded.files.map((f) => f.absolute),
    fail,
  });
  const totals: RunTotals = { inputs: 0, articles: 0, failures: 0, duplicates: 0, removedLines: 0, rulesFired: 0, ms: 0 };
  const fired = new Set<string>();
  const take = resultTaker(options, sink, { totals, fired, say, fail }, c);

  if (options.operands.includes('-')) {
    // stdin first wherever it was named: it is one input, read before the files.
    await take(await readStdin(io, options.scrub, maxSize), null);
    progress.tick();
  }
  await runFiles(expanded.files, { options, io, maxSize, say, take, tick: () => progress.tick() });
  if (!(await sink.finish())) failed = true;
  progress.done();
  totals.rulesFired = fired.size;
  totals.ms = Number(process.hrtime.bigint() - started) / 1e6;
  const batch = expanded.files.length + (options.operands.includes('-') ? 1 : 0) > 1;
  if (batch && !options.quiet && !io.signal?.aborted) io.stderr.write(`${summaryLine(totals)}\n`);
  return { failed };
}

interface FilesRun {
  options: ConvertOptions;
  io: Io;
  maxSize: number;
  say: (line: string) => void;
  take: (result: TaskResult, file: InputFile | null) => Promise<void>;
  tick: () => void;
}

/** The files through a pool of as many jobs as the run is worth, their results taken in input order. */
async function runFiles(files: readonly InputFile[], run: FilesRun): Promise<void> {
  const { options, io } = run;
  const tasks: Task[] = files.map((f, id) => ({ id, path: f.absolute, display: f.display }));
  const choice = chooseJobs(tasks.length, options.jobs, machine());
  if (options.explain && tasks.length > 1) run.say(`feedscrub: ${choice.why}`);
  const jobs = choice.jobs;
  // --jobs 1 (and small batches) run here, with the options already built; no worker starts.
  const pool = jobs > 1 ? await createPool(options.spec, { jobs }) : inlinePool({ ...options.scrub, maxSize: run.maxSize });
  const stop = () => void pool.close();
  io.signal?.addEventListener('abort', stop, { once: true });
  try {
    for await (const result of pool.run(tasks)) {
      if (io.signal?.aborted) break;
      await run.take(result, files[result.id] ?? null);
      run.tick();
    }
  } finally {
    io.signal?.removeEventListener('abort', stop);
    await pool.close();
  }
}

/** What a conversion keeps count of and how it speaks, for the code that takes its results. */
interface RunState {
  totals: RunTotals;
  /** The ids of the rules that removed something. */
  fired: Set<string>;
  say(line: string): void;
  fail(message: string): void;
}

/** What the run does with each input's result: reports, dedupes, counts, and hands its articles to the sink. */
function resultTaker(options: ConvertOptions, sink: Sink, state: RunState, c: Colours): (result: TaskResult, input: InputFile | null) => Promise<void> {
  const { totals, fired, say, fail } = state;
  const deduper = options.dedupe ? new Deduper(options.dedupe) : null;
  return async (result, input) => {
    const label = input?.display ?? 'stdin';
    totals.inputs += 1;
    if ('error' in result) {
      totals.failures += 1;
      fail(`${label}: ${result.error}`);
      return;
    }
    for (const warning of result.warnings) say(`${c.yellow('feedscrub: warning:')} ${label}: ${warning}`);
    const kept: Item[] = [];
    for (const item of result.items) {
      if (!isArticle(item)) {
        totals.failures += 1;
        fail(`${label}${item.line === null ? '' : `:${item.line}`}: ${item.error}`);
        kept.push(item);
        continue;
      }
      const name = result.items.length > 1 ? `${label}#${item.source.index + 1}` : label;
      const duplicate = deduper?.check(item, name) ?? null;
      if (duplicate) {
        totals.duplicates += 1;
        const how = duplicate.kind === 'exact' ? 'exact' : `near, ${Math.round(duplicate.similarity * 100)}% similar`;
        if (!options.quiet || options.explain) say(`feedscrub: dropped ${name}: duplicate of ${duplicate.of} (${how})`);
        continue;
      }
      totals.articles += 1;
      totals.removedLines += item.removed.length;
      for (const r of item.removed) fired.add(r.rule);
      if (options.explain) say(explain(item, label, c).replace(/\n$/, ''));
      kept.push(item);
    }
    await sink.add(kept, input?.relative ?? '');
  };
}

/** Standard input read whole and cleaned; over --max-size, a failed input like any other. Anything else (a signal) stops the run. */
async function readStdin(io: Io, scrub: ScrubOptions, maxSize: number): Promise<TaskResult> {
  return readAll(io.stdin, maxSize).then(
    (bytes) => stdinTask(bytes, { ...scrub, maxSize }),
    (error: unknown): TaskResult => {
      if (error instanceof UserError) return { id: -1, error: oneLine(reason(error)) };
      throw error;
    },
  );
}

/**
 * NDJSON to NDJSON on stdout, one input, nothing that needs the whole set (--dedupe): a true stream
 * in constant memory. The input is NDJSON when --from says so, by its extension, or (stdin with
 * --from auto) when its first line reads as a record.
 */
async function streamable(options: ConvertOptions, io: Io): Promise<{ ndjson: boolean; stream: NodeJS.ReadableStream } | null> {
  const [operand, ...rest] = options.operands;
  if (operand === undefined || rest.length > 0 || options.renderer.id !== 'ndjson' || options.output || options.dedupe) return null;
  const from = options.scrub.from ?? 'auto';
  if (from !== 'auto' && from !== 'ndjson') return null;
  if (operand !== '-') {
    const ndjsonFile = /\.(?:ndjson|jsonl)$/i.test(operand) || from === 'ndjson';
    if (!ndjsonFile) return null;
    try {
      if (!(await stat(path.resolve(io.cwd, operand))).isFile()) return null;
    } catch {
      return null;
    }
    return { ndjson: true, stream: createReadStream(path.resolve(io.cwd, operand)) };
  }
  const { head, stream } = await peekLine(io.stdin);
  if (from === 'ndjson') return { ndjson: true, stream };
  const first = new TextDecoder().decode(head).replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  return { ndjson: readers.ndjson.sniff(first) && !readers.feed.sniff(first), stream };
}

/** The first line of a stream (at most 64 KiB of it), and a stream that still yields everything. */
async function peekLine(input: NodeJS.ReadableStream): Promise<{ head: Buffer; stream: NodeJS.ReadableStream }> {
  const chunks = input[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  while (size < 65_536) {
    const next = await chunks.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value as Uint8Array);
    seen.push(chunk);
    size += chunk.length;
    if (chunk.includes(10)) break;
  }
  const head = Buffer.concat(seen);
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value as Uint8Array);
  }
  // node:stream loads here, not at start-up: only a stdin run gets this far.
  const { Readable } = loadStream();
  return { head, stream: Readable.from(all(), { objectMode: false }) };
}

async function streamRun(input: NodeJS.ReadableStream, options: ConvertOptions, io: Io, c: Colours): Promise<{ failed: boolean }> {
  const label = options.operands[0] === '-' ? 'stdin' : (options.operands[0] ?? 'stdin');
  let failed = false;
  const result = await streamNdjson(input, io.stdout, {
    scrub: { ...options.scrub, path: label === 'stdin' ? null : label },
    label,
    ...(io.signal ? { signal: io.signal } : {}),
    onError(message) {
      failed = true;
      io.stderr.write(`${c.red('feedscrub:')} ${message}\n`);
    },
    onWarning: (message) => io.stderr.write(`${c.yellow('feedscrub: warning:')} ${message}\n`),
    ...(options.explain ? { onRecord: (item: Item) => isArticle(item) && io.stderr.write(explain(item, label, c)) } : {}),
  });
  // Every record empty fails as an input with no text does in the batch path, whatever the format.
  return { failed: failed || result.failures > 0 || (result.records > 0 && result.empty === result.records) };
}

/**
 * `-o out` that is neither an existing folder nor written `out/`: a batch (several files, or files
 * found below a folder or glob) writes one file per article into it, unless the name has an
 * extension (`-o all.md` gathers them in one document, as for a single input).
 */
function outputKind(output: NonNullable<ConvertOptions['output']>, files: readonly InputFile[]): 'file' | 'dir' {
  if (output.kind !== 'auto') return output.kind;
  const batch = files.length > 1 || files.some((f) => f.found);
  return batch && !path.extname(output.label) ? 'dir' : 'file';
}

/** The options with the packs learned from a first pass over the inputs; stdin is read once and replayed. */
async function withLearned(options: ConvertOptions, io: Io, maxSize: number): Promise<{ options: ConvertOptions; io: Io }> {
  const stdin = options.operands.includes('-') ? await readAll(io.stdin, maxSize).catch(() => undefined) : undefined;
  const { learnForRun } = await import('./learn.js');
  const learned = await learnForRun({ ...options, jobs: options.jobs ?? defaultJobs(), ...(stdin ? { stdin } : {}) }, io);
  const scrub = { ...options.scrub, packs: [...(options.scrub.packs ?? []), ...learnedPacks(learned)] };
  if (stdin) {
    const { Readable } = loadStream();
    io = { ...io, stdin: Readable.from([Buffer.from(stdin)], { objectMode: false }) };
  }
  return { options: { ...options, scrub, spec: { ...options.spec, learned } }, io };
}

