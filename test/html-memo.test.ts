import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { classes, elements, nonSpaceLength, someElement } from '../src/html/dom.js';
import { kindOf } from '../src/html/kinds.js';
import { parseHtml } from '../src/html/parse.js';
import { namedAs } from '../src/rules/dom/furniture.js';

// What the HTML reader and the DOM rules remember about an element must follow the element when a
// rule or the page changes it: the answers are shortcuts, never a second source of truth.

function first(html: string, name: string): Element {
  const found = elements(parseHtml(html).document).find((el) => el.name === name);
  if (!found) throw new Error(`no <${name}>`);
  return found;
}

describe('furniture names', () => {
  it('reads a changed class or id again', () => {
    const box = first('<div class="story-body"><p>Text.</p></div>', 'div');
    expect(namedAs(box, 'related')).toBe(false);
    box.attribs.class = 'related-posts';
    expect(namedAs(box, 'related')).toBe(true);
    delete box.attribs.class;
    expect(namedAs(box, 'related')).toBe(false);
    box.attribs.id = 'relatedStories';
    expect(namedAs(box, 'related')).toBe(true);
  });

  it('reads names in any case, as templates write them', () => {
    const box = first('<div class="Widget RELATED-Posts"><p>Text.</p></div>', 'div');
    expect(namedAs(box, 'related')).toBe(true);
    expect(namedAs(first('<div id="TrendingWrapper"><p>Text.</p></div>', 'div'), 'related')).toBe(true);
    expect(namedAs(first('<div class="UNRELATED-Notes"><p>Text.</p></div>', 'div'), 'related')).toBe(false);
  });

  it('answers each family for a name that matches one of them', () => {
    const box = first('<aside class="widget newsletter-signup">Sign up</aside>', 'aside');
    expect(namedAs(box, 'signup')).toBe(true);
    expect(namedAs(box, 'related')).toBe(false);
  });
});

describe('element helpers', () => {
  it('gives no classes to an element without the attribute, and follows a new one', () => {
    const p = first('<p>Text.</p>', 'p');
    expect(classes(p)).toEqual([]);
    p.attribs.class = ' lead  intro ';
    expect(classes(p)).toEqual(['lead', 'intro']);
  });

  it('finds a descendant at any depth, and none in an empty element', () => {
    const a = first('<a href="/x"><span><em><div>Card</div></em></span></a>', 'a');
    expect(someElement(a, (el) => el.name === 'div')).toBe(true);
    expect(someElement(a, (el) => el.name === 'table')).toBe(false);
    expect(someElement(first('<br>', 'br'), () => true)).toBe(false);
  });

  it('reads an inline element around a block as a container, and a table of tables as layout', () => {
    expect(kindOf(first('<a href="/x"><span><div>Card</div></span></a>', 'a'))).toBe('container');
    expect(kindOf(first('<a href="/x"><span>Word</span></a>', 'a'))).toBe('inline');
    expect(kindOf(first('<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>', 'table'))).toBe('container');
    expect(kindOf(first('<table><tr><td>x</td></tr></table>', 'table'))).toBe('leaf');
  });
});

describe('nonSpaceLength', () => {
  it('counts what /\\s+/ leaves, for every space JavaScript knows and its neighbours', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x3100; c++) chars.push(String.fromCharCode(c));
    chars.push('\ufeff', '\ufffe', '\u{1f600}', '\u0085', '\u180e', '\u200b');
    const text = chars.join('');
    expect(nonSpaceLength(text)).toBe(text.replace(/\s+/g, '').length);
    for (const c of chars) expect(nonSpaceLength(`a${c}b`)).toBe(`a${c}b`.replace(/\s+/g, '').length);
  });
});
