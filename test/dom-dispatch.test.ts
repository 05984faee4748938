import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import type { DomRule } from '../src/dom-rule.js';
import { parseHtml } from '../src/html/parse.js';
import { runDomRules } from '../src/html/run-dom-rules.js';
import { elementRule } from '../src/rules/dom/define.js';

const PAGE = '<div class="box"><p>Kept words here.</p><img src="a.png"><a href="/x">link</a></div><p id="tail"><img src="b.png"></p>';

function run(rules: DomRule[]): { removed: string[]; seen: Map<string, string[]> } {
  const parsed = parseHtml(PAGE);
  const removed = runDomRules(parsed.document, rules, { page: false, lineOf: parsed.lineOf });
  return { removed: removed.map((r) => `${r.rule}: ${r.text}`), seen };
}

const seen = new Map<string, string[]>();
const describeEl = (el: Element) => el.name + (el.attribs.class ? `.${el.attribs.class}` : '') + (el.attribs.src ? `[${el.attribs.src}]` : '');

function spy(id: string, wants: DomRule['wants'], removes: (el: Element) => boolean): DomRule {
  const rule = elementRule({ id, description: id, ...(wants && { wants }), matches: removes });
  const visit = rule.visit?.bind(rule);
  return {
    ...rule,
    visit(el, ctx) {
      seen.set(id, [...(seen.get(id) ?? []), describeEl(el)]);
      visit?.(el, ctx);
    },
  };
}

describe('one walk for the DOM rules', () => {
  it('passes each rule only the elements it wants, by name or attribute, in document order', () => {
    seen.clear();
    run([spy('images', { names: ['img'] }, () => false), spy('classed', { attributes: ['class', 'id'] }, () => false), spy('all', undefined, () => false)]);
    expect(seen.get('images')).toEqual(['img[a.png]', 'img[b.png]']);
    expect(seen.get('classed')).toEqual(['div.box', 'p']);
    expect(seen.get('all')).toHaveLength(6);
  });

  it('a later rule does not act on what an earlier one took, and removals keep the rules order', () => {
    seen.clear();
    const { removed } = run([spy('boxes', { attributes: ['class'] }, () => true), spy('images', { names: ['img'] }, () => true)]);
    // The box went first with its image (passed, detached, left alone); the second image, alone in
    // its paragraph, goes with it.
    expect(removed).toEqual(['boxes: Kept words here. link', 'images: p#tail with img src=b.png']);
    expect(seen.get('images')).toEqual(['img[a.png]', 'img[b.png]']);
  });
});
