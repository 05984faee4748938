import { bioOpenings } from '../phrases/bio.js';
import { loose, type PhraseSet } from '../phrases/match.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { readCredit } from '../metadata/credit/credit.js';
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
    const parts = credit.name.split(/\s+/);
    const names = [credit.name, parts[0] ?? '', parts[parts.length - 1] ?? ''].filter((n) => n.length > 1);
    if (openings(bioOpenings, names).some((re) => re.test(key(bio.text)) || re.test(bio.text))) return { name, role, bio };
  }
  return null;
}

const rule: Rule = {
  id: 'bio-paragraph',
  description: 'Removes an author box without a heading at the very end: a name line, a job title and a third-person bio opening with that name ("Ana is a researcher at …").',
  zone: 'tail',
  meta: { extracts: ['author'] },
  apply(ctx) {
    const box = authorBox(ctx);
    if (!box) return;
    const credit = readCredit(plain(box.name.text), { site: ctx.site });
    if (credit) takeCredit(ctx, box.name, credit);
    ctx.remove(box.name);
    if (box.role) ctx.remove(box.role);
    ctx.remove(box.bio);
  },
};
export default rule;
