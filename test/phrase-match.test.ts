import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { family, hitsAtEnd, leads, wholeLine, type Family, type Hit, type PhraseSet } from '../src/phrases/match.js';
import { anyOf } from '../src/text/any-of.js';
import { archiveLabels } from '../src/phrases/archive-meta.js';
import { firstAppeared } from '../src/phrases/first-appeared.js';
import { readMore } from '../src/phrases/read-more.js';
import { shareLabels, widgetOpeners } from '../src/phrases/share.js';
import { sourceLabels } from '../src/phrases/source.js';
import { widgetLabels } from '../src/phrases/widgets.js';

// The matchers skip most of the work (a line without any phrase's longest word, a lead that cannot
// start a whole line, a line seen before): whatever they skip, a rule must be offered the same hits
// in the same order as trying every phrase's lead everywhere would give.

/** Every lead of every phrase, everywhere in the last 4,096 characters: the plain algorithm. */
function reference(f: Family, text: string, earliest = false): Hit[] {
  const found: Hit[] = [];
  for (const c of f.compiled) {
    const lead = new RegExp(c.lead.source, c.lead.flags);
    lead.lastIndex = Math.max(0, text.length - 4096);
    for (let m = lead.exec(text); m; m = lead.exec(text)) {
      if (m[0] === '') lead.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      c.rest.lastIndex = m.index;
      const r = c.rest.exec(text);
      if (r) found.push({ lang: c.lang, start: m.index, end: r.index + r[0].length, groups: { ...r.groups } });
    }
  }
  return found.sort((a, b) => (earliest ? a.start - b.start : b.start - a.start));
}

/** The hits a matcher offers its `accept`, in order (none accepted, so it offers them all). */
function offered(match: (accept: (h: Hit) => boolean) => Hit | null): Hit[] {
  const seen: Hit[] = [];
  expect(match((h) => (seen.push(h), false))).toBeNull();
  return seen;
}

const families: [string, readonly PhraseSet[], string][] = [
  ['read more', readMore, '\\s*(?:»|→|>)?'],
  ['share', shareLabels, '(?:\\s*[:|]\\s*\\w+)*'],
  ['widget', widgetOpeners, '.*'],
  ['first appeared', firstAppeared, '\\s*[.!]?'],
  ['archive', archiveLabels, '.{0,300}'],
  ['source', sourceLabels, '\\s*:?\\s*\\S*'],
  ['widget labels', widgetLabels, '(?:\\s*\\d+)?'],
];

const phrasesOf = (sets: readonly PhraseSet[]) => sets.flatMap((s) => s.phrases.map((p) => p.replace(/\{\w+\}/g, 'Harbour Weekly')));
const heads = (sets: readonly PhraseSet[]) => sets.flatMap((s) => s.phrases.map((p) => p.split(/\{\w+\}/)[0] ?? '')).filter((h) => h.trim() !== '');
// Case-insensitive matching folds more than toLowerCase does (long s, Kelvin sign, final sigma,
// dotted I): a filter that lowered the text would miss these.
const odd = ['ſ', 'K', 'ß', 'ẞ', 'ς', 'Σ', 'İ', 'ı', '\u00A0', '&nbsp;', '’', '“', '…', '...', '–', '😀', '\u2028', ' ', '  ', '\t', ':', '»'];
const prose = ['The council met on Tuesday', 'and the vote', 'was close.', 'Lire', 'la suite', 'Mehr', 'Weiterlesen', 'share', 'SHARE', 'more'];

function lineOf(phrases: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...phrases),
    fc.constantFrom(...phrases).map((p) => p.toUpperCase()),
    fc.constantFrom(...phrases).map((p) => p.toLowerCase().replace(/s/g, 'ſ').replace(/k/g, 'K')),
    fc.constantFrom(...odd),
    fc.constantFrom(...prose),
    fc.string({ maxLength: 6 }),
  );
  const gap = fc.constantFrom(' ', '', '  ', ': ', '\n');
  return fc.array(fc.tuple(piece, gap), { maxLength: 8 }).map((parts) => parts.flat().join(''));
}

describe('phrase matching', () => {
  for (const [name, sets, suffix] of families) {
    const f = family(sets, suffix);
    it(`${name}: hitsAtEnd and wholeLine offer what trying every lead everywhere finds`, () => {
      fc.assert(
        fc.property(lineOf(phrasesOf(sets)), fc.boolean(), (text, earliest) => {
          const expected = reference(f, text, earliest);
          // Twice: the second answer comes from what the first one kept.
          for (let i = 0; i < 2; i++) expect(offered((a) => hitsAtEnd(f, text, a, earliest))).toEqual(expected);
          const whole = reference(f, text).filter((h) => text.slice(0, h.start).trim() === '');
          expect(offered((a) => wholeLine(f, text, a))).toEqual(whole);
        }),
        { numRuns: 300 },
      );
    });

    it(`${name}: on text that opens with no space, the whole-line hit is the hit at the end that starts it`, () => {
      fc.assert(
        fc.property(lineOf(phrasesOf(sets)), (raw) => {
          const text = raw.trimStart();
          expect(wholeLine(f, text)).toEqual(hitsAtEnd(f, text, (h) => h.start === 0));
        }),
        { numRuns: 300 },
      );
    });

    it(`${name}: leads skips no phrase whose lead is in the text`, () => {
      fc.assert(
        // Heads alone too: a lead is found whether or not the rest of its phrase follows.
        fc.property(lineOf([...phrasesOf(sets), ...heads(sets)]), (text) => {
          const every = f.compiled.flatMap((c) => [...text.matchAll(c.lead)].map((m) => ({ lang: c.lang, start: m.index, end: m.index + m[0].length })));
          expect(leads(f, text)).toEqual(every.sort((a, b) => b.start - a.start));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('a phrase written with a long s or a Kelvin sign is still found, as the regexes fold them', () => {
    const f = family([{ lang: 'en', phrases: ['Share this'] }]);
    expect(hitsAtEnd(f, 'ſhare this')?.start).toBe(0);
    expect(wholeLine(f, '  SHARE THIS')?.start).toBe(2);
    expect(wholeLine(family([{ lang: 'en', phrases: ['Keep reading'] }]), '\u212Aeep reading')).not.toBeNull();
  });

  it('a whole line is only a phrase that starts it; a phrase glued to prose is a hit at the end only', () => {
    const f = family(readMore, '\\s*(?:»|→)?');
    const text = 'The council met on Tuesday. Read more »';
    expect(wholeLine(f, text)).toBeNull();
    expect(hitsAtEnd(f, text)?.start).toBe(text.indexOf('Read more'));
    expect(wholeLine(f, '\u00A0 Read more »')?.start).toBe(2);
  });

  it('the tree of words finds a word wherever the plain alternation of the words does', () => {
    const words = families.flatMap(([, sets]) => phrasesOf(sets)).flatMap((p) => p.match(/[\p{L}\p{N}]+/gu) ?? []);
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 1, maxLength: 40 }), lineOf([...words, ...words.map((w) => w.slice(0, -1))]), (some, text) => {
        expect(new RegExp(anyOf(some), 'iu').test(text)).toBe(new RegExp(some.join('|'), 'iu').test(text));
      }),
      { numRuns: 500 },
    );
    expect(anyOf(['Folgen', 'Folge', 'folgt', 'Share'])).toBe('folg(?:e|t)|share');
  });

  it('a long paragraph is a whole line only when a phrase opens it', () => {
    const prose = 'The council met on Tuesday and agreed to widen the towpath, share the cost and read the survey again. '.repeat(6);
    const labels = family([{ lang: 'en', phrases: ['Tags:', 'Filed under'] }], '.*');
    expect(wholeLine(labels, prose)).toBeNull();
    expect(wholeLine(labels, `  Filed under ${prose}`)?.start).toBe(2);
    expect(wholeLine(labels, `\u212Aeep Tags: ${prose}`)).toBeNull();
    expect(wholeLine(labels, `ſ${prose}`)).toBeNull();
  });

  it('a phrase whose word only a longer word of another phrase holds is still found', () => {
    // "Follow" is in the tree of words and "Followers" is left out of it; the line holds only the
    // longer one, found where the shorter one starts.
    const f = family([{ lang: 'en', phrases: ['Follow us', 'Our followers say {thing}'] }], '\\s*[.!]?');
    const text = 'The vote was close. Our FOLLOWERS say the towpath is too narrow!';
    expect(hitsAtEnd(f, text)?.start).toBe(text.indexOf('Our'));
    expect(hitsAtEnd(f, text.replace('FOLLOWERS', 'readers'))).toBeNull();
  });

  it('the end test lets through every ending a phrase and its suffix can have', () => {
    // "evermore" ends as "more" does; trailing spaces and a suffix's arrow come after the phrase.
    const f = family([{ lang: 'en', phrases: ['Read more', 'Nevermore', 'Lire la suite'] }], '\\s*(?:»|→)?');
    expect(f.end).not.toBeNull();
    for (const text of ['Quoth the raven. NEVERMORE', 'Done. Read more \u00BB  \t', 'Fin. Lire la suite→\n', 'The raven: nevermore  »']) expect(hitsAtEnd(f, text)).not.toBeNull();
    for (const text of ['Read more about the towpath.', 'Nevermore was the word he used', 'Lire la suite des débats, puis voter.']) expect(hitsAtEnd(f, text)).toBeNull();
    // A suffix that swallows any text, or a phrase that ends with a placeholder: no end test.
    expect(family([{ lang: 'en', phrases: ['Read more'] }], '.*').end).toBeNull();
    expect(family([{ lang: 'en', phrases: ['The post {post} appeared first on {site}'] }]).end).toBeNull();
  });
});

describe('Romanian cedilla spellings', () => {
  const sets: PhraseSet[] = [
    { lang: 'ro', phrases: ['Citește și:'] },
    { lang: 'tr', phrases: ['Paylaş'] },
  ];
  const f = family(sets, '.*');

  it('matches a Romanian label written with the cedilla letters as the one written with commas', () => {
    expect(wholeLine(f, 'Citeşte şi: Un titlu oarecare')?.lang).toBe('ro');
    expect(wholeLine(f, 'Citește și: Un titlu oarecare')?.lang).toBe('ro');
  });
  it('leaves other languages as they are written: no comma-below twin of a Turkish ş', () => {
    expect(wholeLine(f, 'Paylaș')).toBeNull();
    expect(wholeLine(f, 'Paylaş')?.lang).toBe('tr');
  });
});
