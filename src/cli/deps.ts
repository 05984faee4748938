import { esmRequire as esm } from '../util/esm-require.js';

/**
 * What the command needs only on some paths, loaded on first use so that a one-file conversion
 * never evaluates it (how: src/util/esm-require.ts): the diff of `check --fix --dry-run`, streams
 * for stdin, threads for --jobs.
 */

export function loadDiff(): typeof import('diff') {
  return (esm ? esm('diff') : require('diff')) as typeof import('diff');
}

export function loadStream(): typeof import('node:stream') {
  return (esm ? esm('node:stream') : require('node:stream')) as typeof import('node:stream');
}

export function loadWorkerThreads(): typeof import('node:worker_threads') {
  return (esm ? esm('node:worker_threads') : require('node:worker_threads')) as typeof import('node:worker_threads');
}

/** chalk, only when a message is painted (colours.ts). */
export function loadChalk(): typeof import('chalk') {
  return (esm ? esm('chalk') : require('chalk')) as typeof import('chalk');
}
