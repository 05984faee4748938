import { words } from './fold.js';

/**
 * Does a string look like a person's name as bylines print it: "Tyler Durden", "J. R. Smith",
 * "Mustafa al-Kadhimi", "Ana de la Cruz", "Jane Doe and John Smith"? Capitalised tokens, a few
 * lower-case particles, no sentence punctuation. Deliberately strict: a false "author" line would
 * delete a line of prose.
 */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'y', 'dos', 'das', 'st']);
const JOINERS = new Set(['and', '&']);
const TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|\p{Ll}{1,4}-\p{Lu}[\p{L}'’-]*)$/u;

export function isName(text: string, maxTokens = 4): boolean {
  const s = text.trim().replace(/,$/, '');
  if (s.length < 3 || s.length > 80 || /[!?;:()"“”\d@/]/.test(s)) return false;
  const tokens = s.split(/\s+|,\s*/).filter(Boolean);
  const people = tokens.filter((t) => !JOINERS.has(t.toLowerCase()));
  const limit = tokens.length > people.length ? maxTokens * 2 : maxTokens;
  if (people.length < 1 || people.length > limit) return false;
  let capitalised = 0;
  for (const t of people) {
    if (PARTICLES.has(t.toLowerCase())) continue;
    if (!TOKEN.test(t)) return false;
    capitalised += 1;
  }
  // A single word ("Reuters", "Admin") is a name only if it is not an ordinary capitalised word
  // starting a sentence; we cannot tell, so require two name tokens unless told otherwise.
  return capitalised >= 2 && words(s).length <= limit + 2;
}

/** "By Jane Doe", "Written by Jane Doe", "Posted by ..." -> "Jane Doe" (trafilatura strips the same prefixes). */
export const BYLINE_PREFIX = /^(?:(?:written|words|posted|authored|submitted|story|reporting|text)\s+by|by)[:\s]\s*/i;
