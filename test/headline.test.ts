import { describe, expect, it } from 'vitest';
import { hasEnglishWords, isHeadlineLine, isTitleCased } from '../src/text/headline.js';

describe('isHeadlineLine() and isTitleCased() tell a related story\'s headline', () => {
  it('takes a title of a few words that ends no sentence', () => {
    expect(isHeadlineLine('How to Photograph a Comet With a Phone')).toBe(true);
    expect(isHeadlineLine('Is the Ferry Still Running on Sundays?')).toBe(true);
    expect(isHeadlineLine('Une deuxième queue repérée sur la comète')).toBe(true);
  });

  it('leaves sentences, short items and lower-case starts', () => {
    expect(isHeadlineLine('Turn the heating off and let the radiators cool.')).toBe(false);
    expect(isHeadlineLine('Three Eggs')).toBe(false);
    expect(isHeadlineLine('two cups of flour, sifted twice over the bowl')).toBe(false);
    expect(isHeadlineLine('The books we used on the trip:')).toBe(false);
    expect(isHeadlineLine('1:17:37 Rückblick Auf Die Konferenz In Berlin')).toBe(false);
    expect(isHeadlineLine('3. Put A Cloth Under The Valve')).toBe(false);
  });

  it('calls title case only a line whose long words all open with a capital', () => {
    expect(isTitleCased('How the James Webb Telescope Found a Frozen World')).toBe(true);
    expect(isTitleCased('How the telescope found a frozen world')).toBe(false);
    expect(isTitleCased('Why Comets Glow')).toBe(false);
    expect(hasEnglishWords('How the Telescope Found a Frozen World')).toBe(true);
    expect(hasEnglishWords('Ankündigung Datenspuren Kongress in Dresden')).toBe(false);
  });
});
