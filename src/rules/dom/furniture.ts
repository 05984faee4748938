import type { Element, ParentNode } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { attr, classes, elements } from '../../html/dom.js';
import { contentRoot } from '../../html/page.js';
import { FURNITURE_HINTS, type FurnitureFamily } from './furniture-hints.js';

/**
 * Page furniture found by the names templates give it (furniture-hints.ts). Only on whole pages,
 * and never an element that holds the article itself: a <body class="has-comments"> or a wrapper
 * id="main-related-layout" names the page's layout, not a box to drop.
 */
// Names are ASCII, and a name is tested in lower case (see test()): the same answer as `i` gives,
// from a regex of some hundred names compiled without it, at a fraction of the cost in every process.
function pattern(names: readonly string[]): RegExp {
  if (names.some((n) => !/^[\x21-\x7e]+$/.test(n))) throw new Error('a furniture hint is not ASCII');
  const escaped = names.map((n) => n.toLowerCase().replace(/_/g, '-').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:^|[-_])(?:${escaped.join('|')})(?:$|[-_])`);
}

const PATTERNS = Object.fromEntries(Object.entries(FURNITURE_HINTS).map(([family, names]) => [family, pattern(names)])) as Record<FurnitureFamily, RegExp>;
// Whole-page layout elements, never furniture however they are named.
const STRUCTURE = new Set(['html', 'body', 'main', 'head']);

// Any family at all: one test per element, so that the furniture rules together cost one walk.
const ANY = pattern(Object.values(FURNITURE_HINTS).flat());

// Templates that write names in camelCase ("trendingWrapper", "newsCaption") or snake case
// ("et_pb_post_nav") are read as if they had written them with hyphens.
const CAMEL = /([a-z0-9])([A-Z])/g;
// Only ASCII letters: under `i` without `u`, no other character matches one (the Kelvin sign is no k).
const ASCII_CAPITALS = /[A-Z]+/g;

// A page repeats a few hundred class names over thousands of elements: each name is split at its
// camel case and tested against the hints once per page rather than once per element and family.
const NAMES_KEPT = 4096;
const hinted = new Map<string, boolean>();
const inFamily = new Map<FurnitureFamily, Map<string, boolean>>();

function test(known: Map<string, boolean>, re: RegExp, name: string): boolean {
  let answer = known.get(name);
  if (answer === undefined) {
    if (known.size >= NAMES_KEPT) known.clear();
    known.set(name, (answer = re.test(name.replace(CAMEL, '$1-$2').replace(/_/g, '-').replace(ASCII_CAPITALS, (c) => c.toLowerCase()))));
  }
  return answer;
}

interface Named {
  cls: string | null;
  id: string | null;
  /** Its class names and id as written, when one of them is a hint. */
  names: readonly string[] | null;
  family: Map<FurnitureFamily, boolean>;
}
const answers = new WeakMap<Element, Named>();

// Most names are no hint at all: the list of them is made only for an element that has one.
function hintedNames(el: Element, id: string | null): readonly string[] | null {
  const list = classes(el);
  if (!list.some((n) => test(hinted, ANY, n)) && !(id !== null && test(hinted, ANY, id))) return null;
  return id !== null ? [...list, id] : list;
}

function named(el: Element): Named | null {
  if (STRUCTURE.has(el.name)) return null;
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  // Most elements of a page have no name at all: nothing to remember for them.
  if (cls === null && id === null) return null;
  let known = answers.get(el);
  if (known?.cls !== cls || known.id !== id) answers.set(el, (known = { cls, id, names: hintedNames(el, id), family: new Map() }));
  return known;
}

function inNamed(known: Named, family: FurnitureFamily): boolean {
  let answer = known.family.get(family);
  if (answer === undefined) {
    const re = PATTERNS[family];
    let names = inFamily.get(family);
    if (!names) inFamily.set(family, (names = new Map()));
    const memo = names;
    answer = (known.names ?? []).some((n) => test(memo, re, n));
    known.family.set(family, answer);
  }
  return answer;
}

export function namedAs(el: Element, family: FurnitureFamily): boolean {
  const known = named(el);
  return known?.names ? inNamed(known, family) : false;
}

// Per page, found once for all the furniture rules (they only take elements out: each skips what
// an earlier one detached): every element, and those whose names match some family, each with
// its names as read then, so that a dozen rules do not read every element's attributes again.
interface Lists {
  all: Element[];
  /** all's names, index for index (null for an element named for no family). */
  allNames: (Named | null)[];
  named: Element[];
  names: Named[];
}
const snapshot = new WeakMap<ParentNode, Lists>();

function lists(root: ParentNode): Lists {
  let known = snapshot.get(root);
  if (!known) {
    const all = elements(root);
    known = { all, allNames: [], named: [], names: [] };
    for (const el of all) {
      const n = named(el);
      const hint = n?.names ? n : null;
      known.allNames.push(hint);
      if (hint) {
        known.named.push(el);
        known.names.push(hint);
      }
    }
    snapshot.set(root, known);
  }
  return known;
}

function holds(outer: Element, inner: Element | null): boolean {
  for (let at: ParentNode | null = inner; at; at = at.parent) if (at === outer) return true;
  return false;
}

export interface FurnitureSpec {
  id: string;
  description: string;
  family: FurnitureFamily;
  /** Furniture this family also recognises by its markup rather than its name. */
  also?(el: Element): boolean;
  /** What an element named for the family must also be (a caption holds no picture, a tag list no prose). */
  only?(el: Element): boolean;
}

export function furnitureRule(spec: FurnitureSpec): DomRule {
  return {
    id: spec.id,
    description: spec.description,
    apply(root, ctx) {
      if (!ctx.page) return;
      const article = contentRoot(root).element;
      const page = lists(root);
      const [candidates, names] = spec.also ? [page.all, page.allNames] : [page.named, page.names];
      candidates.forEach((el, i) => {
        const known = names[i];
        if (!((known && inNamed(known, spec.family)) || spec.also?.(el))) return;
        if (spec.only && !spec.only(el)) return;
        if (holds(el, article) || !ctx.attached(el)) return;
        ctx.remove(el);
      });
    },
  };
}
