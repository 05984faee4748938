import type { Task, TaskResult } from './task.js';

/**
 * One run of the worker pool: tasks pulled from the caller's iterator within a window, sent in
 * growing batches, and handed back in task order through a reorder buffer.
 */

/** Tasks per message once a worker is going; its first messages hold 1, 2, 4... so a few tasks still spread. */
export const BATCH = 8;

/** A task with its place in the run's order. */
export interface Entry {
  seq: number;
  task: Task;
}

export interface Run {
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

export function newRun(tasks: Iterable<Task>): Run {
  return { iterator: tasks[Symbol.iterator](), exhausted: false, held: null, pulled: 0, next: 0, buffer: new Map(), retries: [], failure: null, wake: null };
}

export function wakeRun(run: Run): void {
  const resolve = run.wake;
  run.wake = null;
  resolve?.();
}

/** The next task of the run to send: the one held back, else a new one while the window has room. */
export function pull(run: Run, window: number): Entry | null {
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
export function sendNew<S extends { size: number }>(run: Run, window: number, pick: () => S | null, send: (slot: S, run: Run, entries: Entry[]) => void): void {
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
export async function* inOrder(run: Run, closed: () => boolean, fill: () => void): AsyncGenerator<TaskResult> {
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
