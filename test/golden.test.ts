import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticle, type ItemError } from '../src/article.js';
import { runOptions, scrubOptionsFrom } from '../src/config/index.js';
import { configFrom } from '../src/config/resolve.js';
import { render } from '../src/index.js';
import { scrubItems } from '../src/pipeline.js';
import { FEED_INPUT, unaccountedFeed } from './helpers/feed.js';
import { cases, golden, root, unaccounted, updating, validateArticle } from './helpers/fixtures.js';
import { RECORD_INPUT, unaccountedRecords } from './helpers/records.js';

/**
 * One runner for every fixture folder: the input is cleaned, rendered to each format and compared
 * with expected.json / expected.md / expected.html beside it. No hand-written test per case.
 */
describe.each(cases())('fixture $name', ({ dir, input, options }) => {
  const bytes = readFileSync(input);
  // A case's "config" goes where a config file's would: through validation and scrubOptionsFrom.
  const configured = scrubOptionsFrom(configFrom(options.config ?? {}, path.relative(root, path.join(dir, 'options.json')), 'config'));
  const items = scrubItems(bytes, {
    ...runOptions(configured, { disable: options.disable ?? [], now: options.now === undefined ? null : new Date(options.now), fields: options.fields ?? {} }),
    path: path.relative(root, input).split(path.sep).join('/'),
  });
  const articles = items.filter(isArticle);
  // Records that could not be read (a broken feed) are golden too, in expected-errors.json.
  const errors = items.filter((i): i is ItemError => !isArticle(i));
  const errorsFile = path.join(dir, 'expected-errors.json');

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

  // Only cases with unreadable records have this file; the others would count a skipped test each.
  if (errors.length > 0 || existsSync(errorsFile)) {
    it('reports unreadable records as expected-errors.json', () => {
      const actual = `${JSON.stringify(errors, null, 2)}\n`;
      const result = golden(errorsFile, actual);
      if (!result.ok && result.expected === null) expect.fail('expected-errors.json was missing and has been written: review it');
      if (!result.ok) expect(actual).toBe(result.expected);
    });
  }

  it('matches the JSON Schema', () => {
    for (const a of articles) expect(validateArticle(a), JSON.stringify(validateArticle.errors)).toBe(true);
  });

  it('accounts for every input line', () => {
    // An input that could not be read at all (broken front matter) is reported whole, as an error.
    if (articles.length === 0 && errors.length > 0) return;
    if (RECORD_INPUT.test(input)) expect(unaccountedRecords(bytes, items, options.fields ?? {})).toEqual([]);
    else expect((FEED_INPUT.test(input) ? unaccountedFeed : unaccounted)(bytes, articles)).toEqual([]);
  });
});

it.skipIf(!updating)('UPDATE_GOLDEN=1 rewrote the golden files', () => {
  expect(updating).toBe(true);
});
