import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';

/**
 * What `feedscrub check` treats as content in a repository: the root paths are relative to, and
 * what a walk of the whole repository (no paths given) leaves out.
 */

/**
 * The repository root: the nearest folder upward holding `.git` (a folder, or a file in a worktree
 * or submodule), else the working folder. SARIF and GitHub annotations resolve paths against it,
 * whatever `working-directory:` a workflow step runs in.
 */
export function repositoryRoot(cwd: string): { root: string; found: boolean } {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return { root: dir, found: true };
    if (path.dirname(dir) === dir) return { root: path.resolve(cwd), found: false };
  }
}

const THEME = 'templates and theme files, not content';
const BUILD = 'build output';

/**
 * Folders that hold a site's templates, assets or build output in the static site generators and
 * CMS exports people check (Hugo, Jekyll, Eleventy, Gatsby, Astro, Next, Docusaurus, MkDocs...),
 * left out when no path is given. A folder named on the command line is still checked.
 */
export const NOT_CONTENT_DIRS: ReadonlyMap<string, string> = new Map([
  ...['layouts', '_layouts', '_includes', 'includes', 'partials', 'themes', 'theme', 'templates', '_templates', 'archetypes', 'assets', 'static', 'vendor', 'bower_components'].map((d) => [d, THEME] as const),
  ...['public', '_site', 'dist', 'build', 'resources', '.next', '.nuxt', '.astro', '.cache', '.docusaurus', '.vitepress', 'coverage'].map((d) => [d, BUILD] as const),
]);

// The HTML report's <title> starts so (src/check/reporters/html.ts); it sits in the first kilobyte.
const REPORT_TITLE = '<title>feedscrub check: ';

/** "a report feedscrub wrote" for an HTML report of an earlier `check --format html`, else null. */
export async function writtenByFeedscrub(absolute: string): Promise<string | null> {
  if (!/\.html?$/i.test(absolute)) return null;
  let head = '';
  try {
    const handle = await open(absolute, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
  return head.includes(REPORT_TITLE) ? 'a report feedscrub check wrote' : null;
}
