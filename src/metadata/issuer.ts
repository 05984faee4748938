import { family, hitsAtEnd, type Hit } from '../phrases/match.js';
import { issuerNotices } from '../phrases/issuer.js';
import { isSiteName } from './credit/names.js';
import { startsUpper } from '../text/fold.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const INNER_CAPITAL = /^\p{Lu}\S*\p{Lu}/u;

// The rest of the notice's sentence, and of its paragraph, follows the phrase.
const NOTICES = family(issuerNotices, '.*');
const SENTENCE_END = /[.!?…:"”»)]$/u;
/** A notice opens or closes the text: its first and last paragraphs are read, no more. */
const EDGE_PARAGRAPHS = 2;
const MAX_PARAGRAPH = 2000;

// A team's word opens a longer phrase of the family ("Das Team von X wünscht"): the name follows it.
const TEAM = /^(?:team|teams|équipe|equipo|equipe|equipa|staff|personal)\s/iu;

/** "Bourse de Casablanca": two capitalised words at least, or one with capitals inside ("BackWPup"). */
function organisation(name: string): boolean {
  if (TEAM.test(name)) return false;
  const capitalised = name.split(/\s+/).filter((w) => startsUpper(w));
  return isSiteName(name, 6) && (capitalised.length >= 2 || INNER_CAPITAL.test(name));
}

/** The first and last paragraphs of a text (joined by blank lines), without splitting all of it. */
function edges(text: string): string[] {
  const head: string[] = [];
  let from = 0;
  while (head.length < EDGE_PARAGRAPHS && from < text.length) {
    const end = text.indexOf('\n\n', from);
    head.push(text.slice(from, end === -1 ? text.length : end));
    from = end === -1 ? text.length : end + 2;
  }
  const tail: string[] = [];
  let to = text.length;
  while (tail.length < EDGE_PARAGRAPHS && to > from) {
    const start = text.lastIndexOf('\n\n', to - 1);
    const begin = Math.max(start === -1 ? 0 : start + 2, from);
    tail.unshift(text.slice(begin, to));
    to = start === -1 ? 0 : start;
  }
  return [...head, ...tail].map((p) => p.trim()).filter(Boolean);
}

/**
 * The organisation that issues the text, where it speaks of itself to its public at the start or
 * the end ("La Bourse de Casablanca informe ses clients …", "… vous souhaite une bonne fête"):
 * src/phrases/issuer.ts. Null when no such sentence opens a paragraph at the text's edges.
 */
export function issuerOf(text: string): string | null {
  for (const p of edges(text)) {
    if (p.length > MAX_PARAGRAPH) continue;
    const accept = (h: Hit) => {
      const before = p.slice(0, h.start).trim();
      const org = (h.groups.org ?? '').trim();
      return startsUpper(p.slice(h.start)) && (before === '' || SENTENCE_END.test(before)) && organisation(org);
    };
    const hit = hitsAtEnd(NOTICES, p, accept, true);
    if (hit?.groups.org) return hit.groups.org.trim();
  }
  return null;
}
