import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain JS build script without types
import { rulesTable } from '../scripts/rules-table.js';
import { root } from './helpers/fixtures.js';

it('documents every rule in the README, as the rules describe themselves (npm run docs)', async () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const table = /<!-- rules:start -->\n([\s\S]*)<!-- rules:end -->/.exec(readme)?.[1];
  expect(table).toBe(await (rulesTable as () => Promise<string>)());
});

it('keeps the phrase families\' table by language current (npm run docs)', () => {
  const check = spawnSync(process.execPath, [path.join(root, 'scripts/phrase-coverage.js'), '--check'], { cwd: root, encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

it('keeps the set-up to the two commands that CI runs', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const ci = readFileSync(path.join(root, '.ci/run'), 'utf8');
  const setup = /## Set-up[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
  expect(setup).toEqual(['npm install && npm run build && npx feedscrub fixtures/deeppol-iraq-nato/input.txt --to md', 'npm test']);
  expect(ci).toContain('npm run build && npx feedscrub fixtures/deeppol-iraq-nato/input.txt --to md');
  expect(ci).toContain('npm test');
});
