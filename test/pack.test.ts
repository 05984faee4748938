import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, plainEnv, root, SEED, seed, tempDirs } from './helpers/cli.js';

/**
 * What a user gets from the registry: the packed tarball, run with npx from an empty folder and
 * imported as a library from a fresh project. Network: the tarball's dependencies come from the
 * npm registry.
 *
 * Note: `npm pack --ignore-scripts` packs the dist/ that `npm test` has just built (or that
 * ensureBuilt() built). Letting pack run `prepare` would rebuild dist/ (rm -rf first) while the
 * CLI tests, running in parallel, are spawning it.
 */
const TIMEOUT = 120_000;
const tmp = tempDirs('feedscrub-pack-');
const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
let tarball: string;

function sh(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }) {
  const env = plainEnv({ npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
  const r = spawnSync(command, args, {
    env,
    encoding: 'utf8',
    input: '',
    timeout: TIMEOUT - 10_000,
    shell: process.platform === 'win32',
    ...options,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

function must(result: { status: number | null; stdout: string; stderr: string }, what: string) {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

beforeAll(async () => {
  ensureBuilt();
  const dest = await tmp.make();
  must(sh(npm, ['pack', '--pack-destination', dest, '--ignore-scripts'], { cwd: root }), 'npm pack');
  tarball = path.join(dest, `${pkg.name}-${pkg.version}.tgz`);
  expect(await readdir(dest)).toEqual([path.basename(tarball)]);
}, TIMEOUT);
afterAll(() => tmp.cleanup());

describe('the published package', () => {
  it('holds the bin, the built command and library, types, schema, README and package.json, and no sources, tests or fixtures', () => {
    const out = must(sh(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }), 'npm pack --dry-run');
    const [info] = JSON.parse(out) as { files: { path: string }[] }[];
    const files = (info?.files ?? []).map((f) => f.path);
    for (const file of ['bin/feedscrub.cjs', 'dist/cli.cjs', 'dist/page.cjs', 'dist/launch.cjs', 'dist/index.js', 'dist/types/index.d.ts', 'schema/article.schema.json', 'README.md', 'LICENSE', 'package.json']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => /^(src|test|fixtures|scripts|node_modules)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  }, TIMEOUT);

  it('builds on prepack, never on the installing user\'s machine', () => {
    const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(scripts[hook]).toBeUndefined();
    expect(scripts.prepack).toMatch(/build/);
  });

  it('ships a bin that starts with #!/usr/bin/env node', async () => {
    const dir = await tmp.make();
    must(sh('tar', ['-xzf', tarball, '-C', dir], { cwd: dir }), 'tar');
    const binText = await readFile(path.join(dir, 'package', 'bin', 'feedscrub.cjs'), 'utf8');
    expect(binText.startsWith('#!/usr/bin/env node\n')).toBe(true);
  }, TIMEOUT);

  it('runs with npx from an empty folder and prints the seed as Markdown with front matter', async () => {
    const empty = await tmp.make();
    // `npx --yes <file>.tgz` would run the tarball itself as a command; --package names it as a package.
    const r = sh(npx, ['--yes', '--package', tarball, 'feedscrub', seed, '--to', 'md'], { cwd: empty });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.startsWith('---\n')).toBe(true);
    const { data, content } = matter(r.stdout);
    expect(data).toEqual({ title: SEED.title, author: SEED.author, published: SEED.published, site: SEED.site, language: SEED.language });
    expect(content.trim().startsWith(SEED.first)).toBe(true);
    expect(await readdir(empty)).toEqual([]);
  }, TIMEOUT);

  it('installs into a fresh ESM project, where scrub, render and the typings work', async () => {
    const project = await tmp.make();
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    must(sh(npm, ['install', tarball, '--no-audit', '--no-fund'], { cwd: project }), 'npm install');

    const script = `
      import { readFileSync } from 'node:fs';
      import { scrub, render, rules } from 'feedscrub';
      const [a] = scrub(readFileSync(process.argv[1]), { path: 'seed.txt' });
      const schema = (await import('feedscrub/schema/article.schema.json', { with: { type: 'json' } })).default;
      console.log(JSON.stringify({
        title: a.title, author: a.author, published: a.published, site: a.site,
        md: await render(a, 'md'), html: await render([a], 'html', { fragment: true }),
        rules: rules.length, schema: schema.title,
      }));`;
    const out = JSON.parse(must(sh(process.execPath, ['--input-type=module', '-e', script, seed], { cwd: project }), 'import')) as Record<string, unknown>;
    expect(out).toMatchObject({ title: SEED.title, author: SEED.author, published: SEED.published, site: SEED.site });
    expect(out.md).toMatch(new RegExp(`^---\\ntitle: ${SEED.title}\\n`));
    expect(out.html).toMatch(/^<article[\s\S]*<\/article>\n$/);
    expect(out.rules).toBeGreaterThan(0);
    expect(out.schema).toBe('feedscrub Article');

    // The typings resolve through package.json "exports" and describe what the library returns.
    await writeFile(
      path.join(project, 'check.ts'),
      `import { scrub, render, type Article } from 'feedscrub';
const articles: Article[] = scrub('Title\\n\\nBody text.', { path: null, disable: [] });
const title: string | null = articles[0]?.title ?? null;
const md: Promise<string> = render(articles, 'md', { frontMatter: false });
export { title, md };
`,
    );
    const tsc = require.resolve('typescript/bin/tsc');
    const typed = sh(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', path.join(root, 'node_modules', '@types'), 'check.ts'],
      { cwd: project },
    );
    expect(typed.stdout + typed.stderr).toBe('');
    expect(typed.status).toBe(0);
  }, TIMEOUT);

  it('loads with require() from a CommonJS project (Node 20.19 and later load ES modules that way)', async () => {
    const project = await tmp.make();
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer-cjs', private: true }));
    must(sh(npm, ['install', tarball, '--no-audit', '--no-fund'], { cwd: project }), 'npm install');
    const script = `const { scrub } = require('feedscrub'); console.log(scrub(require('node:fs').readFileSync(process.argv[1]))[0].title);`;
    expect(must(sh(process.execPath, ['-e', script, seed], { cwd: project }), 'require').trim()).toBe(SEED.title);
  }, TIMEOUT);
});
