/**
 * Regex source for "any of these words" as a tree of their shared beginnings ("F(?:ollow|acebook)"):
 * an alternation of a hundred words is tried word by word at every character of a paragraph, the
 * tree one first letter at a time. A word that begins with another adds nothing to a test for any
 * of them, and is left out. Words are runs of letters and digits, which need no escaping; ASCII
 * letters are grouped whatever their case, which the case-insensitive flag matches alike.
 */
export function anyOf(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      if (node.end) break;
      const k = ch.length === 1 && /[A-Z]/.test(ch) ? ch.toLowerCase() : ch;
      let next = node.next.get(k);
      if (!next) node.next.set(k, (next = { end: false, next: new Map() }));
      node = next;
    }
    node.end = true;
    node.next.clear();
  }
  const emit = (node: Node): string => {
    if (node.end) return '';
    const parts = [...node.next].map(([ch, child]) => ch + emit(child));
    return parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`;
  };
  const source = emit(root);
  return source.startsWith('(?:') ? source.slice(3, -1) : source;
}
