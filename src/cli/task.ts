import { closeSync, fstatSync, readFileSync } from 'node:fs';
import { close, fstat, open, openSync, readFile } from '../inputs/fs-async.js';
import path from 'node:path';
import { isArticle, type Item } from '../article.js';
import { loadConfig, runOptions, scrubOptionsFrom, type ConfigScrubOptions } from '../config/index.js';
import { scrubItems, type HeldBytes, type ScrubOptions } from '../pipeline.js';
import { collectSooner, MAX_INPUT_SIZE, tooLarge } from '../limits.js';
import { BINARY_INPUT, looksBinary } from '../read.js';
import type { ReaderName } from '../readers/index.js';
import { learnedPacks, type LearnedPackConfig } from '../learn/group.js';
import { reason, UserError } from '../errors.js';

/**
 * What one input becomes, run the same way inline (--jobs 1) and in a worker thread, so that the
 * number of jobs can never change a result.
 */
export interface TaskSpec {
  /** Everything needed to rebuild the scrub options in a worker: plain data only (structured-clone safe). */
  from: ReaderName | 'auto';
  encoding: string | null;
  fields: Record<string, string>;
  /** --now as given (ISO 8601), or null. */
  now: string | null;
  /** --disable, on top of what the config turns off. */
  disable: string[];
  /** The config file the main thread loaded (absolute), or null; workers load it themselves, since custom rules are functions. */
  configPath: string | null;
  /** --max-size: the largest input read, in bytes (default MAX_INPUT_SIZE). */
  maxSize?: number;
  /** --learn: the packs learned from this run's inputs, added to the config's. */
  learned?: LearnedPackConfig[];
}

/** What a task runs with: the scrub options, and how large an input it reads. */
export interface TaskOptions extends ScrubOptions {
  maxSize?: number;
}

export interface Task {
  id: number;
  /** Absolute. */
  path: string;
  /** As shown in messages and source.path. */
  display: string;
}

export type TaskResult = { id: number; items: Item[]; warnings: string[] } | { id: number; error: string };

export const EMPTY_INPUT = 'empty input: no text to clean';

/**
 * Reads the file, refuses binary and empty inputs, runs scrubItems. Never throws: a failure comes
 * back as `{ error }`, one line a person can act on. `warnings` are the read warnings (invalid
 * bytes, a guessed encoding) once each, which the command prints whether or not --explain is on.
 */
export async function runTask(task: Task, options: TaskOptions): Promise<TaskResult> {
  return cleanRead(task, await readTask(task, options), options);
}

/** A task's input as read: its bytes, or why it could not be read. */
export type ReadInput = { bytes: Uint8Array } | { error: unknown };

/**
 * The reading half of runTask, which never rejects: started ahead, it reads one input while the
 * thread cleans another (what an inline batch would otherwise wait on, file after file).
 */
export function readTask(task: Task, options: TaskOptions): Promise<ReadInput> {
  return readLimited(task.path, options.maxSize ?? MAX_INPUT_SIZE).then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ error }),
  );
}

/**
 * readTask without the thread pool, for worker threads and the inline pool's regular files: a
 * small file comes from the page cache in one call, where the promise chain pays four trips
 * through libuv's pool and the event loop.
 */
export function readTaskSync(task: Task, options: TaskOptions): ReadInput {
  const max = options.maxSize ?? MAX_INPUT_SIZE;
  let fd: number | null = null;
  try {
    fd = openSync(task.path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw isDirectory();
    if (info.size > max) throw new UserError(tooLarge(info.size, max));
    const bytes = readFileSync(fd);
    if (bytes.length > max) throw new UserError(tooLarge(bytes.length, max));
    return { bytes };
  } catch (error) {
    return { error };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The error fs/promises' FileHandle.readFile() gives for a directory, which reason() words. */
function isDirectory(): NodeJS.ErrnoException {
  return Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR', errno: -21, syscall: 'read' });
}

/** The cleaning half of runTask, on what readTask gave. */
export function cleanRead(task: Task, input: ReadInput, options: TaskOptions): TaskResult {
  try {
    if ('error' in input) throw input.error;
    // The bytes move to a holder the pipeline empties once they are decoded: `input` stays with
    // the caller (a pool's loop) through cleaning and rendering.
    const held: HeldBytes = { bytes: input.bytes };
    input.bytes = NO_BYTES;
    return scrubInput(task.id, held, task.display, options);
  } catch (error) {
    return { id: task.id, error: oneLine(reason(error)) };
  }
}

/** Standard input, already read, checked and cleaned as a file is; `source.path` is null. Its id is -1. */
export async function stdinTask(bytes: Uint8Array, options: TaskOptions): Promise<TaskResult> {
  try {
    return scrubInput(-1, { bytes }, null, options);
  } catch (error) {
    return { id: -1, error: oneLine(reason(error)) };
  }
}

/**
 * The file, refused before it is read when it is larger than `max`. Read through one handle, so
 * the size checked is the file's that is read; a FIFO or device (size 0) is read up to the limit.
 */
async function readLimited(file: string, max: number): Promise<Uint8Array> {
  // open() succeeds on a directory, and readFile() on its descriptor reads nothing: refused here
  // with the error fs/promises' FileHandle.readFile() gives, which reason() words.
  const fd = await open(file, 'r');
  try {
    const info = await fstat(fd);
    if (info.isDirectory()) throw isDirectory();
    const { size } = info;
    if (size > max) throw new UserError(tooLarge(size, max));
    const bytes = await readFile(fd);
    if (bytes.length > max) throw new UserError(tooLarge(bytes.length, max));
    return bytes;
  } finally {
    await close(fd);
  }
}

const NO_BYTES = new Uint8Array(0);

/** `input.bytes` is read through the holder only: a local would keep them for all of cleaning. */
function scrubInput(id: number, input: HeldBytes, display: string | null, options: ScrubOptions): TaskResult {
  if (looksBinary(input.bytes ?? NO_BYTES)) throw new UserError(BINARY_INPUT);
  collectSooner(input.bytes?.length ?? 0);
  const items = scrubItems(input, { ...options, path: display });
  if (items.every((a) => isArticle(a) && !a.text && !a.title)) {
    // Records whose keys feedscrub does not know are not an empty input: say what they hold.
    const why = items.flatMap((a) => (isArticle(a) ? a.notes : [])).find((n) => n.rule === 'read' && n.message.startsWith('records with no text'));
    throw new UserError(why?.message ?? EMPTY_INPUT);
  }
  const warnings = new Set<string>();
  for (const item of items) {
    if (isArticle(item)) for (const n of item.notes) if (n.rule === 'read') warnings.add(n.message);
  }
  return { id, items, warnings: [...warnings] };
}

export function oneLine(message: string): string {
  return message.split('\n', 1)[0] ?? '';
}

// Keyed by config path: a worker builds its options once, and a process that builds options for
// several specs (tests, inline pools) reads and compiles each config's custom rules once.
const configured = new Map<string | null, Promise<ConfigScrubOptions>>();

async function configOptions(file: string | null): Promise<ConfigScrubOptions> {
  // Without a config the defaults go through the same function, so the rule list is the one main.ts builds.
  const loaded = file === null ? loadConfig({ cwd: '.', disabled: true }) : loadConfig({ cwd: path.dirname(file), file });
  return scrubOptionsFrom((await loaded).config);
}

/** The ScrubOptions a TaskSpec stands for: runOptions() on its config and flags, as main.ts calls it. */
export async function scrubOptionsFor(spec: TaskSpec): Promise<TaskOptions> {
  let pending = configured.get(spec.configPath);
  if (!pending) {
    pending = configOptions(spec.configPath);
    configured.set(spec.configPath, pending);
    // A failed load is not kept: the next caller gets a fresh attempt and its own error.
    pending.catch(() => configured.delete(spec.configPath));
  }
  const config = await pending;
  const flags = { from: spec.from, encoding: spec.encoding, fields: spec.fields, now: spec.now === null ? null : new Date(spec.now), disable: spec.disable };
  // Packs learned in this run (--learn) join the config's.
  const learned = { ...config, packs: [...config.packs, ...learnedPacks(spec.learned ?? [])] };
  return { ...runOptions(learned, flags), maxSize: spec.maxSize ?? MAX_INPUT_SIZE };
}
