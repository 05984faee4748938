import fs from 'node:fs';
import { promisify } from 'node:util';

/**
 * The promise file API the command uses, built on node:fs's callbacks. node:fs/promises is the same
 * work, but importing it loads ten more built-in modules (readline among them, for
 * FileHandle.readLines) on every start-up, which a one-file conversion pays in full.
 */
export const stat = promisify(fs.stat);
export const readdir = promisify(fs.readdir);
export const readFile = promisify(fs.readFile);
export const mkdir = promisify(fs.mkdir);
export const open = promisify(fs.open);
export const fstat = promisify(fs.fstat);
export const close = promisify(fs.close);

// The one synchronous call of an input's read (src/cli/task.ts), here beside its promise twin so
// that a test can fail both (EACCES as root) in one place.
export { openSync } from 'node:fs';
