import type { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomRule } from '../src/dom-rule.js';
import { elements } from '../src/html/dom.js';
import { parseHtml } from '../src/html/parse.js';
import { runDomRules } from '../src/html/run-dom-rules.js';
import { shortText } from '../src/html/short-text.js';

function reader(id: string, max: number, out: string[]): DomRule {
  return {
    id,
    description: id,
    wants: { names: ['div'] },
    apply() {},
    visit(el) {
      out.push(`${el.attribs.id}=${shortText(el, max) ?? '(long)'}`);
    },
  };
}

const remover: DomRule = {
  id: 'remover',
  description: 'removes .gone',
  wants: { attributes: ['class'] },
  apply() {},
  visit(el, ctx) {
    if (el.attribs.class === 'gone') ctx.remove(el);
  },
};

describe('short texts shared by the DOM rules of one run', () => {
  it('a rule after a removal reads the text without what was removed, at every level above it', () => {
    const page = `<div id="outer"><div id="inner">Subscribe now<span class="gone">${'long words '.repeat(20)}</span></div><script>var x = 1;</script><p>Sign in</p></div>`;
    const { document, lineOf } = parseHtml(page);
    const before: string[] = [];
    const after: string[] = [];
    runDomRules(document, [reader('before', 60, before), remover, reader('after', 60, after)], { page: true, lineOf });
    expect(before).toEqual(['outer=(long)', 'inner=(long)']);
    expect(after).toEqual(['outer=Subscribe nowSign in', 'inner=Subscribe now']);
  });

  it('gives what walking the element gives, for any limit, inside a run and outside one', () => {
    const piece = fc.oneof(
      fc.constantFrom('a', 'word ', 'longer words here ', ' '),
      fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<span>', '</span>', '<script>code()</script>', '<style>p{}</style>', '<!-- note -->', '<br>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 1, max: 40 }), (parts, max, repeat) => {
        const html = `<div>${parts.join('').repeat(repeat)}</div>`;
        const outside = elements(parseHtml(html).document).map((el) => shortText(el, max));
        const { document, lineOf } = parseHtml(html);
        const inside: (string | null)[] = [];
        const rule: DomRule = { id: 'r', description: 'r', apply() {}, visit: (el: Element) => void inside.push(shortText(el, max)) };
        runDomRules(document, [rule], { page: true, lineOf });
        expect(inside).toEqual(outside);
      }),
      { numRuns: 200 },
    );
  });
});
