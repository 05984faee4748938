import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, scrub } from '../src/index.js';
import { domRules } from '../src/rules/dom/index.js';
import { cases, fixturesDir } from './helpers/fixtures.js';

/**
 * Every rule proves itself with fixtures in fixtures/rules/<rule-id>/: at least one case where it
 * fires and one where it must not (prose that looks like the boilerplate). The golden runner checks
 * the output of each case; this test checks that the evidence exists and says what it claims.
 * Line rules (src/rules/<id>.ts) and DOM rules (src/rules/dom/<id>.ts, on HTML before it has lines)
 * share one namespace of ids, one fixture folder and one standard.
 */
const rulesDir = path.join(fixturesDir, 'rules');
const srcRules = path.join(fixturesDir, '..', 'src', 'rules');
const all = [
  ...rules.map((r) => ({ id: r.id, description: r.description, file: path.join(srcRules, `${r.id}.ts`) })),
  ...domRules.map((r) => ({ id: r.id, description: r.description, file: path.join(srcRules, 'dom', `${r.id}.ts`) })),
];

describe.each(all.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const mine = existsSync(path.join(rulesDir, id)) ? cases(path.join(rulesDir, id)) : [];
  const fired = mine.map((c) => scrub(readFileSync(c.input), { path: c.input }).some((a) => a.removed.some((r) => r.rule === id)));

  it('has a one-sentence description', () => {
    expect(rule.description).toMatch(/^[A-Z].{15,220}[.)]$/);
    expect(rule.description).not.toMatch(/PLACEHOLDER/);
  });
  it('has a fixture where it fires', () => {
    expect(fired.some(Boolean), `no case in fixtures/rules/${id}/ where ${id} removes anything`).toBe(true);
  });
  it('has a fixture where it does not fire', () => {
    expect(fired.some((f) => !f), `no case in fixtures/rules/${id}/ where ${id} leaves the text alone`).toBe(true);
  });
});

it('has no fixture folder for a rule that does not exist', () => {
  const folders = existsSync(rulesDir) ? readdirSync(rulesDir) : [];
  expect(folders.filter((f) => !all.some((r) => r.id === f))).toEqual([]);
});

it('lists each rule id once, in kebab-case matching its file name', () => {
  const ids = all.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const { id, file } of all) {
    expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(existsSync(file), `${id} is not in ${path.relative(fixturesDir, file)}`).toBe(true);
  }
});
