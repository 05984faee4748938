import type { AnyNode, ChildNode, Element, ParentNode, Text } from 'domhandler';
import type { Removal } from '../article.js';
import { attr, elements, hasChildren, isElement, isText } from './dom.js';
import { loadSerializer } from './deps.js';
import { kindOf, NON_TEXT } from './kinds.js';
import { lineText } from './parse.js';
import { sanitize, sanitizeNodes } from './sanitize.js';

/**
 * The tree, cleaned by the DOM rules, as blocks: one per paragraph, heading, list, quotation, code
 * block, figure or table, each with its lines (split at <br>, and per item, row or paragraph inside
 * it) and its sanitized markup.
 */
export interface Block {
  /** The heading level for h1-h6, else null. */
  heading: number | null;
  /** A picture standing alone on a whole page: its line is the alt text, which is no body text. */
  picture?: boolean;
  lines: { n: number; text: string }[];
  html: string;
}

export interface BlockOptions {
  lineOf(node: AnyNode): number;
  baseUrl: string | null;
  /**
   * A whole page: a picture standing alone there keeps its markup, but its alt text describes the
   * picture, not the story, so it is no body text (see Block.picture). A feed item's alt text is
   * often all the item says about its picture, so it stays text there.
   */
  page?: boolean;
}

// Cells of a row read as one line, a space apart; any other block-level element starts a line.
const CELLS = new Set(['td', 'th']);

/** The lines of `nodes`: text runs broken at <br> and at the edges of block-level elements. */
function linesOf(nodes: readonly ChildNode[], lineOf: BlockOptions['lineOf']): Block['lines'] {
  const out: Block['lines'] = [];
  let parts: string[] = [];
  let n: number | null = null;
  const flush = () => {
    const text = lineText(parts.join(''));
    if (text && n !== null) out.push({ n, text });
    parts = [];
    n = null;
  };
  const visit = (node: AnyNode) => {
    if (isText(node)) {
      parts.push(node.data);
      if (n === null && /\S/.test(node.data)) n = lineOf(node);
    } else if (isElement(node) && !NON_TEXT.has(node.name)) {
      if (node.name === 'br') return flush();
      const cell = CELLS.has(node.name);
      const breaks = !cell && kindOf(node) !== 'inline';
      if (breaks) flush();
      if (cell) parts.push(' ');
      node.children.forEach(visit);
      if (breaks) flush();
      if (cell) parts.push(' ');
    }
  };
  nodes.forEach(visit);
  flush();
  return out;
}

// Two <br> in a row end a paragraph: feed descriptions are often bare text broken that way.
function splitAtDoubleBreaks(run: readonly ChildNode[]): ChildNode[][] {
  const parts: ChildNode[][] = [[]];
  let breaks = 0;
  for (const node of run) {
    if (isElement(node) && node.name === 'br') breaks += 1;
    else if (!(isText(node) && node.data.trim() === '') && node.type !== 'comment') breaks = 0;
    if (breaks === 2) parts.push([]);
    parts[parts.length - 1]?.push(node);
  }
  return parts;
}

/**
 * The blocks under `root`, in document order, and the images they could not keep: a block with
 * no text and no alt text has no line to carry it, so its images are reported instead.
 */
export function blocksOf(root: ParentNode, options: BlockOptions): { blocks: Block[]; dropped: Removal[] } {
  const { render } = loadSerializer();
  const blocks: Block[] = [];
  const dropped: Removal[] = [];
  // A leaf element is its own markup; a run of inline content is a paragraph.
  const make = (nodes: readonly ChildNode[], heading: number | null, wrap: boolean) => {
    let lines = linesOf(nodes, options.lineOf);
    let picture = false;
    if (lines.length === 0) {
      const images = nodes.flatMap((node) => (isElement(node) && node.name === 'img' ? [node] : elements(node).filter((el) => el.name === 'img')));
      const alt = images.filter((img) => lineText(attr(img, 'alt') ?? ''));
      lines = alt[0] ? [{ n: options.lineOf(alt[0]), text: lineText(alt.map((img) => attr(img, 'alt')).join(' ')) }] : [];
      if (!alt[0]) for (const img of images) if (attr(img, 'src')) dropped.push(imageRemoval(img, options.lineOf));
      picture = alt[0] !== undefined && options.page === true;
    }
    if (lines.length === 0) return;
    // Lists, tables and the like keep their source layout; a paragraph's edges are noise.
    const [only] = nodes;
    if (wrap || heading !== null || (only && isElement(only) && only.name === 'p')) trimEdges(nodes);
    let html = sanitizeNodes(nodes, wrap, options.baseUrl);
    if (html === null) {
      const raw = render([...nodes], { encodeEntities: 'utf8' });
      html = sanitize(wrap ? `<p>${raw}</p>` : raw, options.baseUrl);
    }
    blocks.push({ heading, lines, html, ...(picture && { picture }) });
  };
  const walk = (parent: ParentNode) => {
    let run: ChildNode[] = [];
    const flush = () => {
      for (const part of splitAtDoubleBreaks(run)) make(part, null, true);
      run = [];
    };
    for (const child of parent.children) {
      const kind = kindOf(child);
      if (kind === 'inline') {
        run.push(child);
        continue;
      }
      flush();
      if (kind === 'leaf' && isElement(child)) make([child], headingLevel(child), false);
      else if (kind === 'container' && hasChildren(child)) walk(child);
    }
    flush();
  };
  walk(root);
  return { blocks, dropped };
}

/** The white space a block opens and closes with ("<p>\n<a>…</a> </p>"), outside <pre>, where it is text. */
function trimEdges(nodes: readonly ChildNode[]): void {
  // Text nodes in order, and null for anything else that shows (an image, a break): trimming stops there.
  const leaves: (Text | null)[] = [];
  const visit = (node: AnyNode) => {
    if (isText(node)) leaves.push(node);
    else if (isElement(node) && (node.name === 'pre' || node.children.length === 0)) leaves.push(null);
    else if (hasChildren(node)) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  for (const t of leaves) if (!t || (t.data = t.data.trimStart())) break;
  for (const t of leaves.reverse()) if (!t || (t.data = t.data.trimEnd())) break;
}

function headingLevel(el: Element): number | null {
  const m = /^h([1-6])$/.exec(el.name);
  return m ? Number(m[1]) : null;
}

function imageRemoval(img: Element, lineOf: BlockOptions['lineOf']): Removal {
  return { rule: 'image-without-text', line: lineOf(img), text: `img src=${attr(img, 'src') ?? ''}` };
}
