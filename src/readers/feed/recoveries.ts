/**
 * What the feed reader forgave to read a feed the way feed readers do. Each kind is counted once
 * per document, at its first place, and becomes one note on every article of the feed, so that
 * `check` and `--explain` show what was read differently from strict XML.
 */

export type RecoveryKind =
  | 'prolog'
  | 'bare-amp'
  | 'html-entity'
  | 'prefix'
  | 'bare-lt'
  | 'mismatch'
  | 'stray-end'
  | 'truncated'
  | 'after-root'
  | 'attribute'
  | 'rss-namespace'
  | 'atom-namespace'
  | 'single-item';

interface Seen {
  offset: number;
  count: number;
  /** Distinct details in order of appearance (entity names, prefixes, tag names). */
  details: string[];
}

const MAX_DETAILS = 5;

export class Recoveries {
  private readonly seen = new Map<RecoveryKind, Seen>();

  add(kind: RecoveryKind, offset: number, detail?: string): void {
    let s = this.seen.get(kind);
    if (!s) this.seen.set(kind, (s = { offset, count: 0, details: [] }));
    s.count++;
    if (detail !== undefined && !s.details.includes(detail) && s.details.length < MAX_DETAILS) s.details.push(detail);
  }

  has(kind: RecoveryKind): boolean {
    return this.seen.has(kind);
  }

  get size(): number {
    return this.seen.size;
  }

  /** One message per kind, in the order of their first place in the file. */
  list(): { kind: RecoveryKind; offset: number; message: string }[] {
    return [...this.seen.entries()]
      .sort((a, b) => a[1].offset - b[1].offset)
      .map(([kind, s]) => ({ kind, offset: s.offset, message: message(kind, s) }));
  }
}

const times = (n: number) => (n === 1 ? '' : ` (${n} times)`);
const listed = (d: string[]) => d.join(', ');

function message(kind: RecoveryKind, s: Seen): string {
  const d = s.details;
  switch (kind) {
    case 'prolog':
      return `text before the XML declaration (${listed(d)}) was skipped`;
    case 'bare-amp':
      return `an unescaped "&" was read as text${times(s.count)}`;
    case 'html-entity':
      return `HTML entities, which XML does not define, were read as HTML: ${listed(d)}`;
    case 'prefix':
      return `namespace prefixes used without a declaration were read as the modules they usually name: ${listed(d)}`;
    case 'bare-lt':
      return `a "<" that opens no tag was read as text${times(s.count)}`;
    case 'mismatch':
      return `elements left open were closed by an outer end tag${times(s.count)}: ${listed(d)}`;
    case 'stray-end':
      return `end tags that close nothing were ignored${times(s.count)}: ${listed(d)}`;
    case 'truncated':
      return `the XML ends before ${listed(d)} ${d.length === 1 ? 'is' : 'are'} closed: the document was cut short, and the items read so far are kept`;
    case 'after-root':
      return 'content after the root element was ignored';
    case 'attribute':
      return `malformed attributes were read as well as they could be${times(s.count)}`;
    case 'rss-namespace':
      return `<rss> in the namespace "${listed(d)}" was read as RSS`;
    case 'atom-namespace':
      return `<feed> ${d[0] ? `in the namespace "${d[0]}"` : 'without the Atom namespace'} was read as Atom`;
    case 'single-item':
      return `a single <${listed(d)}> stored on its own was read as a one-item feed`;
  }
}
