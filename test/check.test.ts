import { chmod, cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, feedscrub, plainEnv, root, stackLines, tempDirs } from './helpers/cli.js';

/**
 * `feedscrub check` as CI runs it, on the sample content repository in fixtures/check-content:
 * clean and dirty posts, broken front matter, duplicates, a custom rule in its config, an ignored
 * drafts folder. Every reporter's output is golden; --fix is golden file by file.
 * UPDATE_GOLDEN=1 rewrites the expected files.
 */
const CASE = path.join(root, 'fixtures', 'check-content');
const CONTENT = path.join(CASE, 'content');
const EXPECTED = path.join(CASE, 'expected');
const FIXED = path.join(CASE, 'fixed');
const NOW = ['--now', '2026-01-01T00:00:00Z'];
const update = process.env.UPDATE_GOLDEN === '1';
const tmp = tempDirs('feedscrub-check-');

async function copy(): Promise<string> {
  const dir = await tmp.make();
  await cp(CONTENT, dir, { recursive: true });
  return dir;
}

async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full));
    }
  }
  return out;
}

async function golden(name: string, actual: string): Promise<void> {
  const file = path.join(EXPECTED, name);
  if (update) await writeFile(file, actual);
  expect(actual).toBe(await readFile(file, 'utf8'));
}

let shared: string;
beforeAll(async () => {
  ensureBuilt();
  shared = await copy();
});
afterAll(() => tmp.cleanup());

describe('reporters on the sample content repository', () => {
  it.each([
    ['stylish', 'stylish.txt'],
    ['json', 'report.json'],
    ['sarif', 'report.sarif'],
    ['junit', 'junit.xml'],
    ['html', 'report.html'],
  ])('--format %s', async (format, name) => {
    const r = feedscrub(['check', '.', '--format', format, ...NOW], { cwd: shared });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    await golden(name, r.stdout);
  });

  it('--format github: annotations on stdout, the full report appended to $GITHUB_STEP_SUMMARY', async () => {
    const summary = path.join(await tmp.make(), 'summary.md');
    await writeFile(summary, '# Earlier step\n');
    const r = feedscrub(['check', '.', '--format', 'github', ...NOW], { cwd: shared, env: plainEnv({ GITHUB_STEP_SUMMARY: summary }) });
    expect(r.status).toBe(1);
    await golden('github.txt', r.stdout);
    const written = await readFile(summary, 'utf8');
    expect(written.startsWith('# Earlier step\n')).toBe(true);
    await golden('github-summary.md', written.slice('# Earlier step\n'.length));
  });

  it('the SARIF report of a real run validates against the SARIF 2.1.0 schema, with relative paths', async () => {
    const schema = JSON.parse(await readFile(path.join(root, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    const sarif = JSON.parse(await readFile(path.join(EXPECTED, 'report.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const uris = sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri) ?? [];
    expect(uris.length).toBeGreaterThan(10);
    for (const uri of uris) expect(uri).toMatch(/^(?:posts|pages|dumps)\//);
  });

  it('-o writes the report to a file, and stdout stays empty', async () => {
    const out = path.join(await tmp.make(), 'report.html');
    const r = feedscrub(['check', '.', '--format', 'html', '-o', out, ...NOW], { cwd: shared });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
    expect(await readFile(out, 'utf8')).toBe(await readFile(path.join(EXPECTED, 'report.html'), 'utf8'));
  });
});

describe('exit codes', () => {
  it('0 for a clean file, with nothing printed', () => {
    const r = feedscrub(['check', 'posts/clean-harbour-lights.md', ...NOW], { cwd: shared });
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('1 for errors; --quiet keeps only the errors', () => {
    const r = feedscrub(['check', 'posts', '--quiet', '--format', 'json', ...NOW], { cwd: shared });
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as { warningCount: number; errorCount: number }[];
    expect(results.reduce((n, f) => n + f.warningCount, 0)).toBe(0);
    expect(results.reduce((n, f) => n + f.errorCount, 0)).toBeGreaterThan(0);
  });

  it('warnings alone pass, unless there are more than --max-warnings', () => {
    const file = 'posts/orchard-open-day-2.md';
    expect(feedscrub(['check', 'posts/orchard-open-day.md', file, ...NOW], { cwd: shared }).status).toBe(0);
    const r = feedscrub(['check', 'posts/orchard-open-day.md', file, '--max-warnings', '0', ...NOW], { cwd: shared });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/more than --max-warnings 0/);
  });

  it.each([
    [['check', '--format', 'xml'], /unknown format "xml"/],
    [['check', 'missing-folder'], /"missing-folder": no such file/],
    [['check', '--max-warnings', 'many'], /--max-warnings takes a whole number/],
    [['check', '--config', 'nope.json'], /nope\.json/],
    [['check', '--fix', '--fix-dry-run'], /do not go together/],
  ])('2 for a usage or config error: %j', (args, message) => {
    const r = feedscrub(args, { cwd: shared });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it('2 for an invalid config, naming the file and the key', async () => {
    const dir = await tmp.make();
    await writeFile(path.join(dir, 'feedscrub.config.json'), '{ "rules": { "feedzy-footr": "off" } }');
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: A\n---\n\nText.\n');
    const r = feedscrub(['check', '.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/feedscrub\.config\.json.*feedzy-footr/);
  });

  it('a binary file is reported and the other files are still checked', async () => {
    const dir = await tmp.make();
    await writeFile(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(path.join(dir, 'b.md'), '---\ntitle: B\n---\n\nText.\n\nGenerated by Feedzy\n');
    const r = feedscrub(['check', '.', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; fatal?: boolean; message: string }[] }[];
    expect(results.find((f) => f.filePath === 'photo.txt')?.messages[0]).toMatchObject({ fatal: true, message: expect.stringMatching(/binary/) });
    expect(results.find((f) => f.filePath === 'b.md')?.messages.map((m) => m.ruleId)).toContain('feedzy-footer');
  });
});

describe('--fix', () => {
  it('rewrites the dirty files as in fixtures/check-content/fixed, leaves every other file byte for byte, and a second run changes nothing', async () => {
    const dir = await copy();
    const before = await files(dir);
    const r = feedscrub(['check', '.', '--fix', ...NOW], { cwd: dir });
    expect(stackLines(r.stderr)).toEqual([]);
    await golden('after-fix.txt', r.stdout);
    const after = await files(dir);
    const changed = [...after].filter(([name, bytes]) => !before.get(name)?.equals(bytes)).map(([name]) => name);
    if (update) for (const name of changed) await cp(path.join(dir, name), path.join(FIXED, name));
    expect(changed.sort()).toEqual((await files(FIXED)).size ? [...(await files(FIXED)).keys()].sort() : []);
    for (const [name, bytes] of await files(FIXED)) expect(after.get(name)?.toString(), name).toBe(bytes.toString());
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());

    const again = feedscrub(['check', '.', '--fix', ...NOW], { cwd: dir });
    expect(again.stdout).toBe(r.stdout);
    const third = await files(dir);
    for (const [name, bytes] of after) expect(third.get(name)?.equals(bytes), name).toBe(true);
  });

  it('writes through a temporary file and a rename: a new inode, the old mode, no temporary file left', async () => {
    const dir = await copy();
    const file = path.join(dir, 'posts', 'acme-promo.md');
    await chmod(file, 0o640);
    const before = await stat(file);
    const r = feedscrub(['check', 'posts/acme-promo.md', '--fix', ...NOW], { cwd: dir });
    expect(r.status).toBe(0);
    const after = await stat(file);
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect((await readdir(path.join(dir, 'posts'))).filter((n) => !n.endsWith('.md'))).toEqual([]);
  });

  it('--fix-dry-run prints the same change as a unified diff and writes nothing', async () => {
    const dir = await copy();
    const before = await files(dir);
    const r = feedscrub(['check', '.', '--fix-dry-run', ...NOW], { cwd: dir });
    await golden('fix.diff', r.stdout);
    expect(r.stderr).toMatch(/after the fix, \d+ problems would remain/);
    for (const [name, bytes] of await files(dir)) expect(before.get(name)?.equals(bytes), name).toBe(true);
  });
});
