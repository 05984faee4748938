import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import type { Doc } from '../src/doc.js';
import type { Rule } from '../src/rule.js';

// Each text its own paragraph, as a page's blocks are.
function doc(texts: string[]): Doc {
  const lines = texts.flatMap((text, i) => [...(i > 0 ? [{ n: i * 2, text: '' }] : []), { n: i * 2 + 1, text }]);
  return { title: null, lines, candidates: [], removed: [], notes: [] };
}

const BODY = [
  'The council met on Tuesday to vote on the new harbour plan, which had been debated for months.',
  'Tagged: harbour',
  'Residents asked for more time before the plan goes ahead [ad] and the council agreed to wait.',
  'Share this',
];

/** A rule that proposes the tag of a "Tagged:" line and keeps the line, noting every text it was offered, pass by pass. */
function tagger(lineLocal: boolean, offered: string[][]): Rule {
  return {
    id: 'tagger',
    description: 'test',
    zone: 'anywhere',
    meta: { lineLocal },
    apply(ctx) {
      offered.push(ctx.lines.map((l) => l.text));
      for (const l of ctx.lines) if (l.text.startsWith('Tagged: ')) ctx.meta('site', l.text.slice(8), l);
    },
  };
}

const cutter: Rule = {
  id: 'cutter',
  description: 'test',
  zone: 'anywhere',
  apply(ctx) {
    for (const l of ctx.lines) {
      const at = l.text.indexOf(' [ad]');
      if (at >= 0) ctx.cut(l, at, at + 5);
    }
  },
};

const dropper: Rule = {
  id: 'dropper',
  description: 'test',
  zone: 'tail',
  apply(ctx) {
    for (const l of ctx.lines) if (l.text === 'Share this') ctx.remove(l);
  },
};

describe('a later pass and lineLocal rules', () => {
  it('offers a lineLocal rule only the lines it did not already read and leave alone', () => {
    const offered: string[][] = [];
    clean(doc(BODY), [tagger(true, offered), cutter, dropper]);
    expect(offered).toHaveLength(2);
    expect(offered[0]).toEqual(BODY);
    // The prose it left alone is not asked again; the line it took metadata from and the line
    // another rule cut are.
    expect(offered[1]).toEqual(['Tagged: harbour', 'Residents asked for more time before the plan goes ahead and the council agreed to wait.']);
  });

  it('cleans exactly as a rule without the fact does', () => {
    const local = clean(doc(BODY), [tagger(true, []), cutter, dropper]);
    const plain = clean(doc(BODY), [tagger(false, []), cutter, dropper]);
    expect(local).toEqual(plain);
    expect(local.candidates.filter((c) => c.from === 'tagger')).toHaveLength(2);
    expect(local.paragraphs).toHaveLength(3);
  });
});
