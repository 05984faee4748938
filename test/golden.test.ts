import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, scrub } from '../src/index.js';
import { cases, golden, root, unaccounted, updating, validateArticle } from './helpers/fixtures.js';

/**
 * One runner for every fixture folder: the input is cleaned, rendered to each format and compared
 * with expected.json / expected.md / expected.html beside it. No hand-written test per case.
 */
describe.each(cases())('fixture $name', ({ dir, input, options }) => {
  const bytes = readFileSync(input);
  const articles = scrub(bytes, { path: path.relative(root, input).split(path.sep).join('/'), disable: options.disable ?? [] });

  it.each([
    ['json', 'expected.json'],
    ['md', 'expected.md'],
    ['html', 'expected.html'],
  ])('renders %s as %s', async (format, file) => {
    const actual = await render(articles, format, {
      fragment: options.fragment ?? false,
      frontMatter: options.frontMatter ?? true,
    });
    const result = golden(path.join(dir, file), actual);
    if (!result.ok && result.expected === null) {
      expect.fail(`${file} was missing and has been written: review it, then run the tests again`);
    }
    if (!result.ok) expect(actual).toBe(result.expected);
  });

  it('matches the JSON Schema', () => {
    for (const a of articles) expect(validateArticle(a), JSON.stringify(validateArticle.errors)).toBe(true);
  });

  it('accounts for every input line', () => {
    expect(unaccounted(bytes, articles)).toEqual([]);
  });
});

it.skipIf(!updating)('UPDATE_GOLDEN=1 rewrote the golden files', () => {
  expect(updating).toBe(true);
});
