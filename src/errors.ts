/**
 * How a failure about one input or output is told: one line a person can act on. Shared by the
 * command and `feedscrub check`, which word a file that cannot be read the same way.
 */

/** An expected failure about one input or output: printed as one line, never with a stack. */
export class UserError extends Error {
  override name = 'UserError';
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a component of the path is not a directory',
  // mkdir -p (before writing -o) meets a file where the path needs a folder.
  EEXIST: 'a component of the path is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EMFILE: 'too many open files',
};

/** One line a person can act on, from a Node error. */
export function reason(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}
