import { run } from './main.js';

/**
 * Process glue for bin/feedscrub.js: real streams in, exit code out. A closed pipe downstream
 * (`feedscrub ... | head -1`) is the reader saying it has enough, not an error.
 */
export function main(): void {
  const stdout = process.stdout;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not a user error: say so in one line; the stack only when asked for.
      process.stderr.write(`feedscrub: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.FEEDSCRUB_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
      process.exitCode = 1;
    },
  );
}
