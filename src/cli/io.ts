import { mkdir, stat } from '../inputs/fs-async.js';
import path from 'node:path';
import { tooLarge } from '../limits.js';
import { UserError } from '../errors.js';

/** The streams a run talks to: real process streams from the bin, fakes from tests. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  /** Aborted by SIGINT or SIGTERM: finish the record or file in hand, start no other. */
  signal?: AbortSignal;
}

/** The whole stream; over `max` bytes, a UserError (thrown once the limit is passed, not at the end). */
export async function readAll(stream: NodeJS.ReadableStream, max = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    size += (chunks[chunks.length - 1] as Buffer).length;
    if (size > max) throw new UserError(tooLarge(null, max));
  }
  return Buffer.concat(chunks);
}

/**
 * Write a file so that a reader never sees half of it: write-file-atomic writes a temporary file in
 * the same folder, fsyncs and renames it, keeps the old file's mode, and removes the temporary file
 * if the process is interrupted.
 */
export async function writeAtomic(file: string, data: string): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, data, { encoding: 'utf8' });
}

/** `-o` names a directory when it exists as one or ends with a separator. */
export async function isDirectoryTarget(target: string, cwd: string): Promise<boolean> {
  if (/[\\/]$/.test(target)) return true;
  try {
    return (await stat(path.resolve(cwd, target))).isDirectory();
  } catch {
    return false;
  }
}
