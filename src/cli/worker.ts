import Module from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ScrubOptions } from '../pipeline.js';
import { reason } from '../errors.js';
import { cleanRead, oneLine, readTaskSync, scrubOptionsFor, type Task, type TaskResult, type TaskSpec } from './task.js';

/**
 * A worker thread of --jobs (built to dist/worker.cjs; see pool.ts for the other side). It builds
 * its ScrubOptions once from the TaskSpec in workerData, then answers each batch of tasks with
 * their results, in the batch's order.
 */

export interface WorkerData {
  spec: TaskSpec;
}

/** Main thread to worker. */
export interface BatchMessage {
  batch: number;
  tasks: Task[];
}

/** Worker to main thread: `ready` once the options are built (or failed to build), then results. */
export type WorkerMessage = { type: 'ready' } | { type: 'results'; batch: number; results: TaskResult[] };

// As dist/launch.cjs does for the command: js-yaml requires esprima through an alias that the
// bundler cannot see, only for !!js/function, which front matter must never execute. This thread
// is feedscrub's own, so refusing it here touches no one else's code.
const proto = Module.prototype as unknown as { require: (this: unknown, id: string) => unknown };
const realRequire = proto.require;
proto.require = function (this: unknown, id: string) {
  if (id === 'esprima') throw new Error('esprima is not part of feedscrub');
  return realRequire.call(this, id);
};

/**
 * Test-only: with FEEDSCRUB_TEST_CRASH set to a file name, a task for a file of that name makes
 * the thread die of an uncaught exception, so that the tests can show a crash neither hangs a run
 * nor loses the other results. Unset (always, outside the tests) it does nothing.
 */
function crashRequested(task: Task): boolean {
  const name = process.env.FEEDSCRUB_TEST_CRASH;
  return name !== undefined && name !== '' && path.basename(task.path) === name;
}

const port = parentPort;
if (port) {
  const { spec } = workerData as WorkerData;
  // A config that could not be loaded here (changed since the main thread read it) fails each task
  // with its message rather than the thread.
  const options: Promise<ScrubOptions | { failed: string }> = scrubOptionsFor(spec).then(
    (o) => o,
    (error: unknown) => ({ failed: oneLine(reason(error)) }),
  );
  void options.then(() => port.postMessage({ type: 'ready' } satisfies WorkerMessage));

  const answer = async ({ batch, tasks }: BatchMessage): Promise<void> => {
    const built = await options;
    if (tasks.some(crashRequested)) {
      setImmediate(() => {
        throw new Error('crash requested by FEEDSCRUB_TEST_CRASH');
      });
      return new Promise(() => undefined);
    }
    const results = tasks.map((task) => ('failed' in built ? { id: task.id, error: built.failed } : cleanRead(task, readTaskSync(task, built), built)));
    port.postMessage({ type: 'results', batch, results } satisfies WorkerMessage);
  };
  // One batch at a time: the main thread keeps a second one queued here so the thread never idles.
  let queue = Promise.resolve();
  port.on('message', (message: BatchMessage) => {
    queue = queue.then(() => answer(message));
  });
}
