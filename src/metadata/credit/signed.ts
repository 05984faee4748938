import { newsroomRoles } from '../../phrases/bio.js';
import { readCredit } from './credit.js';

// A newsroom bio in the third person ("Jane Doe is a reporter at the Gazette."): its subject,
// when a full name with a newsroom role within its first words, is the writer. Read from a
// post's closing line (rules/bio-paragraph.ts) and from a page's author box (html/meta/box-bio.ts).
const ROLES: ReadonlySet<string> = new Set(newsroomRoles);
const SIGNED = /^(.{3,60}?) (?:is|was|ist|war|est|était|es|era|é|è|fue|foi) /u;
const ROLE_WITHIN = 6;

/** The writer a newsroom bio names, or null when it names none. */
export function signedName(text: string, site: string | null): string | null {
  const bio = text.trim();
  const m = SIGNED.exec(bio);
  if (!m?.[1] || !/\s/.test(m[1])) return null;
  const after = bio.slice(m[0].length).toLowerCase().split(/[\s,.;:()]+/u).slice(0, ROLE_WITHIN);
  if (!after.some((w) => ROLES.has(w))) return null;
  const credit = readCredit(m[1], { site });
  return credit?.kind === 'person' && !credit.name.includes(',') ? credit.name : null;
}
