import { closeSync, fchmodSync, fchownSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * How `-o <folder>` writes its files: each to a temporary file beside it, renamed over the target,
 * so that a reader sees the old file or the new one, never half of one, and an interrupted run
 * leaves no partial file. Synchronous: a file is a few kilobytes, and one write, close and rename
 * in this thread cost far less CPU than write-file-atomic's dozen promise-wrapped calls through
 * libuv's pool (realpath's lstat of every folder of the path, stat, open, write, fsync, close,
 * rename, unlink); on 2,000 dumps they cost more than the workers of `--jobs 2` saved.
 *
 * No fsync per file: the rename is what keeps readers from half a file. fsync adds durability
 * across a power cut, for files that a run of the same command rebuilds; it held a thread of
 * libuv's pool per file for as long as the disk took, and was most of what a batch spent outside
 * the cleaner. `check --fix`, which rewrites the user's own files, still fsyncs (io.ts).
 *
 * As write-file-atomic did: a symlink is written through (its target gets the new content), and
 * a file replaced keeps its mode and, where this process may set them, its owner and group.
 */
export class FolderWriter {
  /** Folders made (or found) already in this run: one mkdir per folder, not per file. */
  private readonly made = new Set<string>();
  private count = 0;

  /** What `file` is now (following symlinks), or undefined when there is nothing there. */
  existing(file: string): BigIntStats | undefined {
    return statSync(file, { bigint: true, throwIfNoEntry: false });
  }

  /** Writes `data` to `file` (utf8), given what existing() said of it. Throws the fs error as it is. */
  write(file: string, data: string, existing: BigIntStats | undefined): void {
    const folder = path.dirname(file);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    const target = existing && lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
    const temporary = `${target}.${process.pid}-${threadId}-${++this.count}.tmp`;
    const fd = openSync(temporary, 'w', existing ? Number(existing.mode) & 0o7777 : 0o666);
    let open = true;
    try {
      writeFileSync(fd, data, 'utf8');
      if (existing) keepOwner(fd, existing);
      closeSync(fd);
      open = false;
      renameSync(temporary, target);
    } catch (error) {
      if (open) closeSync(fd);
      try {
        unlinkSync(temporary);
      } catch {
        // Not there: nothing to clean.
      }
      throw error;
    }
  }
}

/** The replaced file's mode (open() applies the umask) and owner, when this process may set them. */
function keepOwner(fd: number, existing: BigIntStats): void {
  fchmodSync(fd, Number(existing.mode) & 0o7777);
  const uid = Number(existing.uid);
  const gid = Number(existing.gid);
  if (process.geteuid?.() === uid && process.getegid?.() === gid) return;
  try {
    fchownSync(fd, uid, gid);
  } catch (error) {
    // As write-file-atomic: a user who may not give a file away keeps it as their own.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EINVAL' && code !== 'ENOSYS') throw error;
  }
}
