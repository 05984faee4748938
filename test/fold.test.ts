import { describe, expect, it } from 'vitest';
import { countWords, fold, tidy, unfoldIn } from '../src/text/fold.js';

describe('fold', () => {
  it('makes texturized, entity-encoded and plain forms of a line compare equal', () => {
    expect(fold('Fri, 07/02/2021 – 02:45')).toBe(fold('Fri, 07/02/2021 - 02:45'));
    expect(fold('It’s “done”&#8230;')).toBe(`It's "done"...`);
    expect(fold('Read\u00a0 more &hellip;')).toBe('Read more ...');
  });
});

describe('unfoldIn', () => {
  const raw = 'The post Bob’s “Best” Day – Part 2 appeared first on Bob’s  Blog&#8230;';
  it('gives a value matched on the folded line back in the line’s own typography', () => {
    expect(unfoldIn(raw, `Bob's "Best" Day - Part 2`)).toBe('Bob’s “Best” Day – Part 2');
    expect(tidy(unfoldIn(raw, "Bob's Blog..."))).toBe('Bob’s Blog…');
  });
  it('falls back to the folded value when the line does not hold it', () => {
    expect(unfoldIn(raw, 'Nowhere')).toBe('Nowhere');
  });
});

describe('countWords', () => {
  it('counts numbers with separators as one word and punctuation alone as none', () => {
    expect(countWords('from 500 to about 5,000 – said al-Kadhimi')).toBe(7);
    expect(countWords('  ')).toBe(0);
  });
});
