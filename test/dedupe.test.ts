import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { banding, DEFAULT_THRESHOLD, Deduper, signature, type Duplicate } from '../src/dedupe.js';

type Text = { title: string | null; text: string };

/**
 * A seeded generator of news-like articles: a quarter of the words from a short list of function
 * words, the rest from a topic's vocabulary or a general one, both skewed so that a few words are
 * common, as in real text. Articles on one topic share words and can share an intro paragraph,
 * which is what makes them hard to tell from copies. Pseudo-words keep it free of a word list.
 */
function world(seed: number) {
  let s = seed >>> 0;
  const random = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  const pick = <T>(list: readonly T[], skew = 1): T => list[Math.floor(list.length * random() ** skew)] as T;
  const SYLLABLES = 'ka ro mi te la su no vi pe da lo ri ma ne to ba si ku fe go'.split(' ');
  const FUNCTION = 'the of and to in a is that for on with as by at from said was were it this has have will its an be'.split(' ');
  const word = (): string => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
  const general = Array.from({ length: 3000 }, word);
  const topics = Array.from({ length: 10 }, () => Array.from({ length: 60 }, word));
  const sentence = (topic: number): string => {
    const words = Array.from({ length: 10 + Math.floor(random() * 13) }, () =>
      random() < 0.45 ? pick(FUNCTION, 2.5) : random() < 0.35 ? pick(topics[topic] ?? [], 2.5) : pick(general, 2.5),
    );
    const first = words[0] ?? '';
    return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const paragraph = (topic: number): string => Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(topic)).join(' ');
  const article = (topic: number, intro?: string): Text => {
    const paragraphs = intro ? [intro] : [];
    while (paragraphs.join(' ').split(' ').length < 400) paragraphs.push(paragraph(topic));
    return { title: sentence(topic).slice(0, -1).split(' ').slice(0, 8).join(' '), text: paragraphs.join('\n\n') };
  };
  /** `count` of the body's words, from `start` on every `step`-th, replaced by new words. */
  const replaceWords = (a: Text, start: number, step: number, count: number): Text => {
    const words = a.text.split(' ');
    for (let i = start, n = 0; i < words.length && n < count; i += step, n++) words[i] = word();
    return { ...a, text: words.join(' ') };
  };
  const tenth = (a: Text) => Math.round(a.text.split(' ').length / 10);
  /** The edits re-syndication makes, by name. */
  const edits = {
    'a different footer line': (a: Text) => ({ ...a, text: `${a.text}\n\nThis story first appeared on The Harbour Ledger; read more at ledger.example.com` }),
    'a changed headline word': (a: Text) => ({ ...a, title: (a.title ?? '').split(' ').map((w, i) => (i === 2 ? word() : w)).join(' ') }),
    'a sentence added': (a: Text) => ({ ...a, text: a.text.replace('\n\n', ` ${sentence(0)}\n\n`) }),
    'a paragraph added': (a: Text) => ({ ...a, text: `${a.text}\n\n${paragraph(0)}` }),
    'one passage of 5% of the words rewritten': (a: Text) => replaceWords(a, 100, 1, tenth(a) / 2),
    'one passage of 10% of the words rewritten': (a: Text) => replaceWords(a, 100, 1, tenth(a)),
    '10% of the words changed across the text': (a: Text) => replaceWords(a, 5, 10, Infinity),
  };
  return { article, paragraph, edits };
}

const w = world(2024);
const story = w.article(0);
type Edit = keyof typeof w.edits;
const EDITS = Object.keys(w.edits) as Edit[];
// Made once, up front: the edits draw words from the generator, so a copy made inside a test would
// depend on which tests ran before it.
const copies = new Map(EDITS.map((edit) => [edit, w.edits[edit](story)]));
const copy = (edit: Edit): Text => copies.get(edit) as Text;
const first = (...articles: Text[]): Duplicate | null => {
  const d = new Deduper();
  articles.slice(0, -1).forEach((a, i) => d.check(a, `a${i}.txt`));
  return d.check(articles.at(-1) as Text, 'last.txt');
};

describe('exact duplicates', () => {
  const text = 'The harbour lights festival will move to the “north quay” this summer.\n\nThe organisers’ new site has a longer wall — and a slipway.';
  it('are found through different spacing, quotes, dashes and case', () => {
    const twin = { title: 'LIGHTS MOVE  NORTH', text: 'the harbour lights festival will move to the "north quay" this summer. The organisers\' new\u00a0site has a longer wall - and a slipway.' };
    expect(first({ title: 'Lights Move North', text }, twin)).toEqual({ of: 'a0.txt', kind: 'exact', similarity: 1 });
  });

  it('need the same title too: one body under another headline is a near duplicate', () => {
    expect(first({ title: 'Lights Move North', text }, { title: 'Festival Changes Venue', text })).toMatchObject({ of: 'a0.txt', kind: 'near' });
  });
});

describe('near duplicates at the default threshold', () => {
  it.each(['a different footer line', 'a changed headline word', 'a sentence added', 'a paragraph added', 'one passage of 5% of the words rewritten'] as const)(
    'the same article with %s',
    (edit) => {
      const found = first(story, copy(edit));
      expect(found).toMatchObject({ of: 'a0.txt', kind: 'near' });
      // A word or two in 400 may change none of the 128 minima: a near duplicate can estimate 1.
      expect(found?.similarity).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    },
  );

  // The threshold is the Jaccard similarity of 3-word shingles, not the share of words kept: a
  // changed word breaks the three shingles it is in, so 10% of the words changed leaves about 80%
  // of the shingles when the changes are together and about 55% when they are spread out.
  it('10% of the words rewritten in one passage estimates close to 0.8', () => {
    expect(first(story, copy('one passage of 10% of the words rewritten'))?.similarity).toBeCloseTo(0.8, 1);
  });

  it('10% of the words changed across the text is only caught at a lower threshold', () => {
    const edited = copy('10% of the words changed across the text');
    expect(first(story, edited)).toBeNull();
    const d = new Deduper({ threshold: 0.4 });
    d.check(story, 'a.txt');
    expect(d.check(edited, 'b.txt')).toMatchObject({ of: 'a.txt', kind: 'near' });
  });

  it('Chinese, written without spaces, is compared by character trigrams', () => {
    const text = '本市今年夏天的港口灯光节将搬到北码头举行，因为旧渡轮坡道的施工让灯船没有空间。主办方表示，新场地有更长的围墙供观众使用，划船俱乐部还提供了一条滑道用于放船。';
    expect(first({ title: '灯光节北移', text }, { title: '灯光节北移', text: `${text}\n\n本文首发于港口日报。` })).toMatchObject({ kind: 'near' });
    expect(first({ title: '灯光节北移', text }, { title: '新闻', text: '阅读全文' })).toBeNull();
  });
});

describe('not duplicates', () => {
  it('articles on one topic that open with the same boilerplate paragraph', () => {
    const topic = world(11);
    const intro = topic.paragraph(3);
    const d = new Deduper();
    const found = Array.from({ length: 30 }, (_, i) => d.check(topic.article(3, intro), `${i}.txt`));
    expect(found.filter(Boolean)).toEqual([]);
  });

  it('short stubs, however alike', () => {
    const d = new Deduper({ threshold: 0.3 });
    expect(d.check({ title: 'Lights Move North', text: 'Read more' }, 'a.txt')).toBeNull();
    expect(d.check({ title: 'Lights Move South', text: 'Read more' }, 'b.txt')).toBeNull();
    expect(d.check({ title: 'Lights Move North Again', text: 'Read more at the Ledger.' }, 'c.txt')).toBeNull();
    expect(d.check({ title: null, text: 'Read more' }, 'd.txt')).toBeNull();
    expect(d.check({ title: 'Lights Move North', text: 'Read more' }, 'e.txt')).toMatchObject({ of: 'a.txt', kind: 'exact' });
  });

  it('a full article and its stub', () => {
    expect(first(story, { title: story.title, text: 'Read more' })).toBeNull();
  });
});

describe('order', () => {
  it('the first occurrence is kept and every later copy names it, even a copy of a copy', () => {
    const d = new Deduper();
    const footer = copy('a different footer line');
    expect(d.check(story, 'dumps/a.txt')).toBeNull();
    expect(d.check(footer, 'feed.xml#3')).toMatchObject({ of: 'dumps/a.txt', kind: 'near' });
    expect(d.check(footer, 'dumps/c.txt')).toMatchObject({ of: 'dumps/a.txt', kind: 'near' });
    expect(d.check(story, 'dumps/d.txt')).toEqual({ of: 'dumps/a.txt', kind: 'exact', similarity: 1 });
  });

  it('among several kept articles, a copy names the one it is closest to', () => {
    const other = world(12).article(1);
    const d = new Deduper();
    d.check(other, 'other.txt');
    d.check(story, 'story.txt');
    expect(d.check(copy('a changed headline word'), 'x.txt')?.of).toBe('story.txt');
  });
});

describe('threshold', () => {
  it('1 finds exact duplicates only', () => {
    const d = new Deduper({ threshold: 1 });
    d.check(story, 'a.txt');
    expect(d.check(copy('a changed headline word'), 'b.txt')).toBeNull();
    expect(d.check({ title: story.title?.toUpperCase() ?? null, text: story.text }, 'c.txt')).toMatchObject({ kind: 'exact', of: 'a.txt' });
  });

  it('a lower threshold catches more', () => {
    const caught = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1].map((threshold) =>
      EDITS.filter((edit) => {
        const d = new Deduper({ threshold });
        d.check(story, 'a.txt');
        return d.check(copy(edit), 'b.txt') !== null;
      }),
    );
    expect(caught.map((c) => c.length)).toEqual([7, 7, 6, 6, 4, 3, 0]);
    for (let i = 1; i < caught.length; i++) expect(caught[i - 1]).toEqual(expect.arrayContaining(caught[i] ?? []));
  });

  it('bands put the LSH S-curve midpoint a little below the threshold', () => {
    expect(banding(0.8)).toEqual({ bands: 16, rows: 8 });
    for (const t of [0.5, 0.7, 0.8, 0.9, 0.95]) {
      const { bands, rows } = banding(t);
      expect(bands * rows).toBeLessThanOrEqual(128);
      const midpoint = (1 / bands) ** (1 / rows);
      expect(midpoint).toBeLessThan(t);
      expect(midpoint).toBeGreaterThan(t - 0.25);
    }
  });

  it.each([0, -0.5, 1.01, Number.NaN])('%s is refused', (threshold) => {
    expect(() => new Deduper({ threshold })).toThrow(RangeError);
  });
});

describe('on a corpus of copies', () => {
  // 10 topics × 20 originals, each topic's originals opening with one shared paragraph, then one
  // copy of every original per edit, in that order: what is measured is in docs/dedupe.md.
  const corpus = world(7);
  const originals = Array.from({ length: 10 }, (_, topic) => {
    const intro = corpus.paragraph(topic);
    return Array.from({ length: 20 }, () => corpus.article(topic, intro));
  }).flat();

  it('finds no false duplicates, and the copies with small edits', () => {
    const d = new Deduper();
    expect(originals.map((a, i) => d.check(a, `o${i}`)).filter(Boolean)).toEqual([]);
    const recall: Record<string, number> = {};
    for (const [edit, apply] of Object.entries(corpus.edits)) {
      const found = originals.map((a, i) => d.check(apply(a), `${edit} ${i}`));
      found.forEach((f, i) => f && expect(f.of).toBe(`o${i}`));
      recall[edit] = found.filter(Boolean).length / originals.length;
    }
    expect(recall).toEqual({
      'a different footer line': 1,
      'a changed headline word': 1,
      'a sentence added': 1,
      'a paragraph added': 0.97,
      'one passage of 5% of the words rewritten': 1,
      'one passage of 10% of the words rewritten': 0.645,
      '10% of the words changed across the text': 0,
    });
  });
});

describe('determinism', () => {
  it('the same input gives the same answers on every run', () => {
    const articles = [story, ...EDITS.map(copy)];
    const run = () => {
      const d = new Deduper({ threshold: 0.5 });
      return articles.map((a, i) => d.check(a, String(i)));
    };
    expect(run()).toEqual(run());
  });

  it('signatures do not depend on the machine', () => {
    expect(Array.from(signature({ title: 'Lights Move North', text: 'The harbour lights festival will move to the north quay this summer.' }) ?? []).slice(0, 6)).toEqual([
      302124197, 1076764272, 3024490, 478699119, 149124264, 254250889,
    ]);
    expect(signature({ title: null, text: 'Read more' })).toBeNull();
  });
});

describe('properties', () => {
  const numRuns = Number(process.env.FC_RUNS ?? '') || 300;
  const article = fc.record({ title: fc.option(fc.string({ unit: 'binary' })), text: fc.string({ unit: 'binary', maxLength: 400 }) });
  const words = fc.array(fc.constantFrom('the', 'quay', 'lights', 'moved', 'north', 'and', 'Réunion', '“boats”'), { maxLength: 60 }).map((ws) => ws.join(' '));

  it('an article is always a duplicate of an identical earlier one', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(article, fc.record({ title: fc.option(words), text: words })), { maxLength: 6 }), fc.nat(), (earlier, pick) => {
        const d = new Deduper();
        earlier.forEach((a, i) => d.check(a, String(i)));
        const again = earlier[pick % Math.max(1, earlier.length)] ?? { title: null, text: '' };
        if (earlier.length === 0) d.check(again, 'x');
        expect(d.check({ ...again }, 'last')).not.toBeNull();
      }),
      { numRuns },
    );
  });

  it('check never throws, at any threshold', () => {
    fc.assert(
      fc.property(fc.array(article, { maxLength: 5 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (articles, threshold) => {
        const d = new Deduper({ threshold });
        for (const a of articles) d.check(a, 'x');
      }),
      { numRuns },
    );
  });
});

it('throughput on 10,000 400-word articles (reported, not asserted)', { timeout: 120_000 }, () => {
  const many = world(99);
  const articles = Array.from({ length: 10_000 }, (_, i) => many.article(i % 10));
  const d = new Deduper();
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const [i, a] of articles.entries()) d.check(a, String(i));
  const seconds = (performance.now() - start) / 1000;
  // CPU time as well as wall time: on a busy machine the second mostly measures the neighbours.
  const { user, system } = process.cpuUsage(cpu);
  const rate = (s: number) => Math.round(articles.length / s);
  console.info(`dedupe: ${rate(seconds)} articles/s (${rate((user + system) / 1e6)} per CPU-second)`);
});
