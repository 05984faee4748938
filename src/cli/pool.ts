import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { loadWorkerThreads } from './deps.js';
import { oneLine, runTask, scrubOptionsFor, type Task, type TaskOptions, type TaskResult, type TaskSpec } from './task.js';
import type { BatchMessage, WorkerData, WorkerMessage } from './worker.js';

export type { Task, TaskResult, TaskSpec } from './task.js';

// Note: this module is in the command's bundle, so it does nothing when imported: worker_threads
// and dist/worker.cjs are loaded by createPool, and only when jobs > 1.

export interface Pool {
  /**
   * Results in task order, each as soon as it and all before it are ready (a reorder buffer), with
   * at most `window` tasks in flight or buffered, so memory stays bounded however many tasks there are.
   */
  run(tasks: Iterable<Task>): AsyncIterable<TaskResult>;
  /** Stop: terminate workers, drop queued tasks (for SIGINT). A run in progress ends after its current result. */
  close(): Promise<void>;
}

/** Tasks per message once a worker is going; its first messages hold 1, 2, 4... so a few tasks still spread. */
const BATCH = 8;
/** Batches sent to one worker and not yet answered: one to work on, one waiting, so it never idles. */
const DEPTH = 2;
/** Workers that died before they were ready, after which the pool stops starting them. */
const START_FAILURES = 3;

export function defaultJobs(): number {
  return os.availableParallelism();
}

/** jobs <= 1: inline, in this thread. Otherwise up to `jobs` worker threads, started as tasks need them. */
export async function createPool(spec: TaskSpec, options: { jobs: number; window?: number }): Promise<Pool> {
  const jobs = Math.floor(options.jobs);
  if (!Number.isFinite(jobs)) throw new RangeError(`jobs must be a number, not ${options.jobs}`);
  const window = Math.floor(options.window ?? 4 * Math.max(1, jobs) * BATCH);
  if (!(window >= 1)) throw new RangeError(`window must be at least 1, not ${options.window}`);
  if (jobs <= 1) return inlinePool(await scrubOptionsFor(spec));
  const file = workerFile();
  if (!existsSync(file)) throw new Error(`${file} is missing: build feedscrub first`);
  return workerPool(spec, file, jobs, window);
}

function workerFile(): string {
  // In the command's bundle import.meta is empty and __dirname is dist/; ES module builds run from src/cli/.
  return import.meta.url ? fileURLToPath(new URL('../../dist/worker.cjs', import.meta.url)) : path.join(__dirname, 'worker.cjs');
}

/** The tasks run one after another in this thread: --jobs 1, small batches, and where no worker can start. */
export function inlinePool(options: TaskOptions): Pool {
  let closed = false;
  return {
    async *run(tasks) {
      for (const task of tasks) {
        if (closed) return;
        const result = await runTask(task, options);
        if (closed) return;
        yield result;
      }
    },
    async close() {
      closed = true;
    },
  };
}

/** A task with its place in the run's order. */
interface Entry {
  seq: number;
  task: Task;
}

interface Run {
  iterator: Iterator<Task>;
  exhausted: boolean;
  /** Pulled from the iterator but not sent yet. */
  held: Entry | null;
  /** Tasks pulled so far: the next one's seq. */
  pulled: number;
  /** The seq of the next result to hand out. */
  next: number;
  buffer: Map<number, TaskResult>;
  /** Tasks of a dead worker to send again, one per message, in seq order. */
  retries: Entry[];
  failure: { error: unknown } | null;
  wake: (() => void) | null;
}

interface Sent {
  run: Run;
  entries: Entry[];
}

interface Slot {
  worker: Worker;
  ready: boolean;
  error: Error | null;
  /** Size of the next batch (slow start). */
  size: number;
  batches: Map<number, Sent>;
}

function newRun(tasks: Iterable<Task>): Run {
  return { iterator: tasks[Symbol.iterator](), exhausted: false, held: null, pulled: 0, next: 0, buffer: new Map(), retries: [], failure: null, wake: null };
}

function wakeRun(run: Run): void {
  const resolve = run.wake;
  run.wake = null;
  resolve?.();
}

/** The next task of the run to send: the one held back, else a new one while the window has room. */
function pull(run: Run, window: number): Entry | null {
  if (run.held) {
    const held = run.held;
    run.held = null;
    return held;
  }
  if (run.exhausted || run.pulled - run.next >= window) return null;
  const step = run.iterator.next();
  if (step.done) {
    run.exhausted = true;
    return null;
  }
  return { seq: run.pulled++, task: step.value };
}

/** New tasks in batches to the workers `pick` offers, each worker's batches growing up to BATCH. */
function sendNew(run: Run, window: number, pick: () => Slot | null, send: (slot: Slot, run: Run, entries: Entry[]) => void): void {
  for (;;) {
    // One task in hand before a worker is chosen, so that none is started for nothing.
    const first = pull(run, window);
    if (!first) return;
    const slot = pick();
    if (!slot) {
      run.held = first;
      return;
    }
    const entries = [first];
    while (entries.length < slot.size) {
      const more = pull(run, window);
      if (!more) break;
      entries.push(more);
    }
    slot.size = Math.min(BATCH, slot.size * 2);
    send(slot, run, entries);
  }
}

/** The run's results in task order, each as soon as it and all before it are in; `fill` sends more as they are taken. */
async function* inOrder(run: Run, closed: () => boolean, fill: () => void): AsyncGenerator<TaskResult> {
  for (;;) {
    if (run.failure) throw run.failure.error;
    if (closed()) return;
    const result = run.buffer.get(run.next);
    if (result) {
      run.buffer.delete(run.next);
      // Counted as outstanding until the consumer asks for the next one, however long it keeps it.
      yield result;
      run.next++;
      fill();
    } else if (run.exhausted && !run.held && run.next === run.pulled) {
      return;
    } else {
      await new Promise<void>((resolve) => (run.wake = resolve));
    }
  }
}

function workerPool(spec: TaskSpec, file: string, jobs: number, window: number): Pool {
  const { Worker } = loadWorkerThreads();
  const slots: Slot[] = [];
  let current: Run | null = null;
  let closed = false;
  let batchIds = 0;
  let startFailures = 0;
  let broken: string | null = null;

  const spawn = (): Slot => {
    const worker = new Worker(file, { workerData: { spec } satisfies WorkerData });
    const slot: Slot = { worker, ready: false, error: null, size: 1, batches: new Map() };
    worker.on('message', (message: WorkerMessage) => answered(slot, message));
    worker.on('error', (error) => (slot.error = error));
    worker.on('exit', (code) => died(slot, code));
    worker.unref();
    slots.push(slot);
    return slot;
  };

  const pick = (): Slot | null => {
    const idle = slots.find((s) => s.batches.size === 0);
    if (idle) return idle;
    if (slots.length < jobs) return spawn();
    const open = slots.filter((s) => s.batches.size < DEPTH).sort((a, b) => a.batches.size - b.batches.size);
    return open[0] ?? null;
  };

  const send = (slot: Slot, run: Run, entries: Entry[]) => {
    const batch = batchIds++;
    slot.batches.set(batch, { run, entries });
    // Only a worker with work keeps the process alive: a pool nobody closed must not hang the exit.
    slot.worker.ref();
    slot.worker.postMessage({ batch, tasks: entries.map((e) => e.task) } satisfies BatchMessage);
  };

  /** Send what the window allows to the workers that can take it. */
  const fill = () => {
    const run = current;
    if (closed || !run || run.failure) return;
    try {
      if (broken !== null) {
        const error = broken;
        for (let e = run.retries.shift() ?? pull(run, window); e; e = run.retries.shift() ?? pull(run, window)) run.buffer.set(e.seq, { id: e.task.id, error });
        return;
      }
      while (run.retries.length > 0) {
        const slot = pick();
        if (!slot) return;
        // Alone, so that a task that kills its worker again is known to be the cause.
        send(slot, run, run.retries.splice(0, 1));
      }
      sendNew(run, window, pick, send);
    } catch (error) {
      run.failure = { error };
    } finally {
      wakeRun(run);
    }
  };

  const settled = (slot: Slot, batch: number): Sent | undefined => {
    const sent = slot.batches.get(batch);
    slot.batches.delete(batch);
    if (slot.batches.size === 0) slot.worker.unref();
    return sent;
  };

  function answered(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
      return;
    }
    const sent = settled(slot, message.batch);
    // Results of a run its consumer has left are dropped; the worker is free again either way.
    if (sent && sent.run === current) sent.entries.forEach((e, i) => sent.run.buffer.set(e.seq, message.results[i] ?? lost(e)));
    fill();
  }

  function died(slot: Slot, code: number): void {
    slots.splice(slots.indexOf(slot), 1);
    if (closed) return;
    const error = `internal error: ${slot.error ? `worker thread crashed: ${oneLine(slot.error.message)}` : `worker thread exited with code ${code}`}`;
    if (!slot.ready && ++startFailures >= START_FAILURES) broken = error;
    // A worker answers its batches in order, so the first unanswered one is what it was working on
    // when it died; the ones after it never started. A task that was alone in it is the cause.
    const [culprit] = slot.batches.keys();
    for (const batch of [...slot.batches.keys()]) {
      const sent = settled(slot, batch);
      if (!sent || sent.run !== current) continue;
      for (const e of sent.entries) {
        const guilty = slot.ready && batch === culprit && sent.entries.length === 1;
        if (broken !== null || guilty) sent.run.buffer.set(e.seq, { id: e.task.id, error });
        else sent.run.retries.push(e);
      }
      sent.run.retries.sort((a, b) => a.seq - b.seq);
    }
    fill();
  }

  const lost = (e: Entry): TaskResult => ({ id: e.task.id, error: 'internal error: the worker returned no result' });

  async function* results(tasks: Iterable<Task>): AsyncGenerator<TaskResult> {
    if (closed) return;
    if (current) throw new Error('this pool is already running a batch');
    const run = newRun(tasks);
    current = run;
    try {
      fill();
      yield* inOrder(run, () => closed, fill);
    } finally {
      if (current === run) current = null;
      if (!run.exhausted) run.iterator.return?.();
    }
  }

  return {
    run: results,
    async close() {
      closed = true;
      if (current) wakeRun(current);
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
