import { bioOpenings } from '../phrases/bio.js';
import { loose, type PhraseSet } from '../phrases/match.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { readCredit } from '../metadata/credit/credit.js';
import { signedName } from '../metadata/credit/signed.js';
import { countWords, endsLikeSentence, key } from '../text/fold.js';
import { takeCredit } from './tail-byline.js';

// An author box without a heading closes some posts: the author's name (often a link), a job
// title, and a short bio in the third person that opens with the name ("Garrett is a Senior
// Researcher at …. His research focuses on …"). Only at the very end, only right under a name
// line, and only when the bio opens with that name: a closing paragraph about someone else, or
// one the author writes in the first person, stays.
const MAX_BIO_WORDS = 90;
const MAX_ROLE_WORDS = 6;

/** Opening patterns of one name: "<name> is a ", in every language of the family. */
function openings(sets: readonly PhraseSet[], names: readonly string[]): RegExp[] {
  return sets.flatMap((set) =>
    set.phrases.flatMap((p) => names.map((n) => new RegExp(`^${loose(p.replace('{name}', n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))}`, 'iu'))),
  );
}

const plain = (text: string): string => text.replace(/\[\s*([^\]]*?)\s*\]\([^)]*\)/g, '$1').replace(/^[*_#\s]+|[*_\s]+$/g, '');

/** Whether `text` opens as a bio of `name` in the third person (bioOpenings), by its full, first or last name. */
function opensBioOf(text: string, name: string): boolean {
  const parts = name.split(/\s+/u);
  const folded = key(text);
  const lower = text.toLowerCase();
  // Each name's openings are regexes made for it: made only for a name the text holds, as most
  // closing paragraphs name no one.
  const names = [name, parts[0] ?? '', parts[parts.length - 1] ?? ''].filter((n) => n.length > 1 && (folded.includes(key(n)) || lower.includes(n.toLowerCase())));
  return names.length > 0 && openings(bioOpenings, names).some((re) => re.test(folded) || re.test(text));
}

function authorBox(ctx: RuleContext): { name: LineRef; role: LineRef | null; bio: LineRef } | null {
  const all = ctx.all;
  const bio = all[all.length - 1];
  if (!bio || !ctx.inTail(bio.n) || countWords(bio.text) > MAX_BIO_WORDS || !endsLikeSentence(bio.text)) return null;
  for (const back of [1, 2]) {
    const name = all[all.length - 1 - back];
    const role = back === 2 ? (all[all.length - 2] ?? null) : null;
    if (!name || name.block === bio.block) continue;
    if (role && (countWords(role.text) > MAX_ROLE_WORDS || /[.!?:]$/.test(role.text.trim()))) continue;
    const credit = readCredit(plain(name.text), { site: ctx.site });
    if (credit?.kind !== 'person') continue;
    if (opensBioOf(bio.text, credit.name)) return { name, role, bio };
  }
  return null;
}

// A one-line bio closing the story with no name line above ("Jane Doe is a reporter at the
// Gazette."): its subject, when a full name, and a newsroom role within its first words, is the
// writer (metadata/credit/signed.ts). It is read, not removed (a story about a journalist may end
// the same way), and only fills in when nothing else names the author.
const MAX_SIGNED_WORDS = 40;
const SIGNED_WEIGHT = 10;

function signedBio(ctx: RuleContext): void {
  const last = ctx.all.at(-1);
  if (!last || !ctx.inTail(last.n) || countWords(last.text, MAX_SIGNED_WORDS + 1) > MAX_SIGNED_WORDS || !endsLikeSentence(last.text)) return;
  readSignedBio(ctx, last);
}

/** The writer a newsroom bio names ("Jane Doe is a reporter at …"): a full name with a newsroom role within its first words. */
export function readSignedBio(ctx: RuleContext, last: LineRef): void {
  const name = signedName(last.text, ctx.site);
  if (name) ctx.meta('author', name, last, SIGNED_WEIGHT);
}

// The same bio alone, its name line gone or never there: a closing paragraph that opens with the
// name of the writer already known (the byline, the page's metadata), in the third person ("Regan
// is a Connecticut native now living in …"), is the author box's bio. Only the writer's own name
// counts: a story that ends on the person it is about names someone else.
function writerBio(ctx: RuleContext): LineRef | null {
  const author = ctx.author;
  // A picture's alt text may close the body until the page's pictures are settled: read past it.
  let last = ctx.all.length - 1;
  while (last > 0 && ctx.all[last]?.structural) last--;
  const bio = ctx.all[last];
  if (!author || author.includes(',') || !bio || !ctx.inTail(bio.n) || countWords(bio.text, MAX_BIO_WORDS + 1) > MAX_BIO_WORDS || !endsLikeSentence(bio.text)) return null;
  if (last < 1) return null;
  return opensBioOf(bio.text, author) ? bio : null;
}

const rule: Rule = {
  id: 'bio-paragraph',
  description: 'Removes an author box with no heading at the very end (a name line, a job title, a bio opening with that name, or that bio alone for a known writer) and reads the writer from a newsroom bio ("Ana Ruiz is a reporter at …").',
  zone: 'tail',
  meta: { extracts: ['author'] },
  apply(ctx) {
    const box = authorBox(ctx);
    if (!box) {
      const bio = writerBio(ctx);
      if (bio) return ctx.remove(bio);
      return signedBio(ctx);
    }
    const credit = readCredit(plain(box.name.text), { site: ctx.site });
    if (credit) takeCredit(ctx, box.name, credit);
    ctx.remove(box.name);
    if (box.role) ctx.remove(box.role);
    ctx.remove(box.bio);
  },
};
export default rule;
