import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { loadWorkerThreads } from './deps.js';
import { cleanRead, oneLine, readTask, readTaskSync, scrubOptionsFor, type Task, type TaskOptions, type TaskResult, type TaskSpec } from './task.js';
import type { BatchMessage, WorkerData, WorkerMessage } from './worker.js';
import { BATCH, inOrder, newRun, pull, sendNew, wakeRun, type Entry, type Run } from './pool-run.js';

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
  return new WorkerPool(spec, file, jobs, window);
}

function workerFile(): string {
  // In the command's bundle import.meta is empty and __dirname is dist/; ES module builds run from src/cli/.
  return import.meta.url ? fileURLToPath(new URL('../../dist/worker.cjs', import.meta.url)) : path.join(__dirname, 'worker.cjs');
}

/**
 * The tasks run one after another in this thread: --jobs 1, small batches, and where no worker can
 * start. Each input is read synchronously: an input a few kilobytes long comes from the page cache
 * in one call, where the promise chain of open, fstat, read and close took four trips through
 * libuv's pool and the event loop, each waiting for the cleaning in hand to finish (a --jobs 1
 * batch sat 14% idle even with a read ahead, and the trips cost more CPU than the reads).
 */
export function inlinePool(options: TaskOptions): Pool {
  let closed = false;
  return {
    async *run(tasks) {
      for (const task of tasks) {
        // One turn of the event loop per input, so that a signal, a drained stdout or a worker's
        // message is seen between two inputs, as it was when each read was a callback.
        await new Promise(setImmediate);
        if (closed) return;
        // A FIFO or device is read through the pool: a synchronous read would wait here for a
        // writer that may be this very process (a library user feeding a named pipe).
        const input = isFile(task.path) ? readTaskSync(task, options) : await readTask(task, options);
        if (closed) return;
        yield cleanRead(task, input, options);
      }
    },
    async close() {
      closed = true;
    },
  };
}

/** A regular file (through symlinks); anything else, or an error, goes the asynchronous way. */
function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
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

/** Up to `jobs` worker threads, started as the tasks need them; a worker that dies has its tasks sent again. */
class WorkerPool implements Pool {
  private readonly Worker: typeof Worker;
  private readonly slots: Slot[] = [];
  private current: Run | null = null;
  private closed = false;
  private batchIds = 0;
  private startFailures = 0;
  private broken: string | null = null;

  constructor(
    private readonly spec: TaskSpec,
    private readonly file: string,
    private readonly jobs: number,
    private readonly window: number,
  ) {
    this.Worker = loadWorkerThreads().Worker;
  }

  async *run(tasks: Iterable<Task>): AsyncGenerator<TaskResult> {
    if (this.closed) return;
    if (this.current) throw new Error('this pool is already running a batch');
    const run = newRun(tasks);
    this.current = run;
    try {
      this.fill();
      yield* inOrder(run, () => this.closed, () => this.fill());
    } finally {
      if (this.current === run) this.current = null;
      if (!run.exhausted) run.iterator.return?.();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.current) wakeRun(this.current);
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new this.Worker(this.file, { workerData: { spec: this.spec } satisfies WorkerData });
    const slot: Slot = { worker, ready: false, error: null, size: 1, batches: new Map() };
    worker.on('message', (message: WorkerMessage) => this.answered(slot, message));
    worker.on('error', (error) => (slot.error = error));
    worker.on('exit', (code) => this.died(slot, code));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private pick(): Slot | null {
    const idle = this.slots.find((s) => s.batches.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.jobs) return this.spawn();
    const open = this.slots.filter((s) => s.batches.size < DEPTH).sort((a, b) => a.batches.size - b.batches.size);
    return open[0] ?? null;
  }

  private send(slot: Slot, run: Run, entries: Entry[]): void {
    const batch = this.batchIds++;
    slot.batches.set(batch, { run, entries });
    // Only a worker with work keeps the process alive: a pool nobody closed must not hang the exit.
    slot.worker.ref();
    slot.worker.postMessage({ batch, tasks: entries.map((e) => e.task) } satisfies BatchMessage);
  }

  /** Send what the window allows to the workers that can take it. */
  private fill(): void {
    const run = this.current;
    if (this.closed || !run || run.failure) return;
    try {
      if (this.broken !== null) {
        const error = this.broken;
        for (let e = run.retries.shift() ?? pull(run, this.window); e; e = run.retries.shift() ?? pull(run, this.window)) run.buffer.set(e.seq, { id: e.task.id, error });
        return;
      }
      while (run.retries.length > 0) {
        const slot = this.pick();
        if (!slot) return;
        // Alone, so that a task that kills its worker again is known to be the cause.
        this.send(slot, run, run.retries.splice(0, 1));
      }
      sendNew(run, this.window, () => this.pick(), (slot, r, entries) => this.send(slot, r, entries));
    } catch (error) {
      run.failure = { error };
    } finally {
      wakeRun(run);
    }
  }

  private settled(slot: Slot, batch: number): Sent | undefined {
    const sent = slot.batches.get(batch);
    slot.batches.delete(batch);
    if (slot.batches.size === 0) slot.worker.unref();
    return sent;
  }

  private answered(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
      return;
    }
    const sent = this.settled(slot, message.batch);
    // Results of a run its consumer has left are dropped; the worker is free again either way.
    if (sent && sent.run === this.current) sent.entries.forEach((e, i) => sent.run.buffer.set(e.seq, message.results[i] ?? lost(e)));
    this.fill();
  }

  private died(slot: Slot, code: number): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (this.closed) return;
    const error = `internal error: ${slot.error ? `worker thread crashed: ${oneLine(slot.error.message)}` : `worker thread exited with code ${code}`}`;
    if (!slot.ready && ++this.startFailures >= START_FAILURES) this.broken = error;
    // A worker answers its batches in order, so the first unanswered one is what it was working on
    // when it died; the ones after it never started. A task that was alone in it is the cause.
    const [culprit] = slot.batches.keys();
    for (const batch of [...slot.batches.keys()]) {
      const sent = this.settled(slot, batch);
      if (!sent || sent.run !== this.current) continue;
      for (const e of sent.entries) {
        const guilty = slot.ready && batch === culprit && sent.entries.length === 1;
        if (this.broken !== null || guilty) sent.run.buffer.set(e.seq, { id: e.task.id, error });
        else sent.run.retries.push(e);
      }
      sent.run.retries.sort((a, b) => a.seq - b.seq);
    }
    this.fill();
  }
}

const lost = (e: Entry): TaskResult => ({ id: e.task.id, error: 'internal error: the worker returned no result' });
