import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { KEPT_ATTRIBUTES, NON_BOOLEAN_KEPT } from '../src/html/sanitize.js';

describe('markup kept without loading sanitize-html', () => {
  it("drops the same empty attributes as the installed sanitize-html would", () => {
    const theirs = new Set(sanitizeHtml.defaults.nonBooleanAttributes);
    expect(KEPT_ATTRIBUTES.filter((a) => NON_BOOLEAN_KEPT.has(a))).toEqual(KEPT_ATTRIBUTES.filter((a) => theirs.has(a)));
  });
});
