import os from 'node:os';

/**
 * Below this many inputs the batch runs inline. Workers take about 40 ms each to start and copy
 * every result back; on 2,000 text dumps two workers gave only 1.22x, and the old default (one
 * worker per CPU) made batches of a few hundred 1.3 to 1.8 times slower than one thread on a busy
 * machine, so only batches in the thousands pay for them.
 */
export const MIN_WORKER_TASKS = 1000;

export interface Machine {
  /** os.availableParallelism() */
  cores: number;
  /** os.loadavg()[0]: runnable processes, averaged over the last minute. */
  load: number;
}

export interface JobsChoice {
  jobs: number;
  why: string;
}

export function machine(): Machine {
  return { cores: os.availableParallelism(), load: os.loadavg()[0] ?? 0 };
}

/**
 * The worker count for a batch of `tasks` inputs: `requested` when --jobs was given; otherwise one
 * worker per free core (cores the load average leaves idle), and none (inline) for a small batch or
 * when fewer than two cores are free, since a worker that waits for a core only adds its start-up.
 */
export function chooseJobs(tasks: number, requested: number | null, m: Machine): JobsChoice {
  if (requested !== null) return { jobs: tasks < 2 ? 1 : requested, why: `--jobs ${requested}` };
  if (tasks < MIN_WORKER_TASKS) return { jobs: 1, why: `inline: ${tasks} input(s), workers pay from ${MIN_WORKER_TASKS}` };
  const free = Math.max(1, Math.min(m.cores, Math.floor(m.cores - m.load + 0.5)));
  if (free < 2) return { jobs: 1, why: `inline: ${free} of ${m.cores} core(s) free (load ${m.load.toFixed(1)})` };
  return { jobs: free, why: `${free} workers: ${free} of ${m.cores} core(s) free (load ${m.load.toFixed(1)})` };
}
