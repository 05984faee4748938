import { followServices, followVerbs, shareRowWords, shareServices, shareVerbs } from '../phrases/share.js';
import { lettersKey } from '../text/fold.js';

/**
 * A row of share or follow buttons reduced to its words: services' names (src/phrases/share.ts),
 * the verbs of their buttons and the little words between them, and nothing else. Read by
 * share-row on a line and network-row on an element.
 */
const SERVICES = new Set([...shareServices, ...followServices].map(lettersKey));
const FILLER = new Set(shareRowWords.map(lettersKey));
const verbs = (sets: typeof shareVerbs) => new Map(sets.flatMap((set) => set.phrases.map((p) => [lettersKey(p), set.lang] as const)));
const SHARE = verbs(shareVerbs);
const FOLLOW = verbs(followVerbs);

/** Whether a button's whole label, as lettersKey() gives it, is a service's name ("e mail", "copy link"). */
export function isServiceName(key: string): boolean {
  return SERVICES.has(key);
}

export interface ServiceWords {
  /** The services named, each once. */
  readonly named: ReadonlySet<string>;
  /** How many times a service is named. */
  readonly mentions: number;
  /** The language of the first share verb in the row, or null when it has none. */
  readonly verb: string | null;
  /** The language of the first follow verb in the row, or null when it has none. */
  readonly follow: string | null;
}

/** What a row is made of, given its lettersKey(); null when a word is neither a service, a button verb nor a little word. */
export function serviceWords(key: string, maxWords: number): ServiceWords | null {
  const words = key.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return null;
  const named = new Set<string>();
  let mentions = 0;
  let verb: string | null = null;
  let follow: string | null = null;
  for (const w of words) {
    if (SERVICES.has(w)) {
      mentions++;
      named.add(w);
      continue;
    }
    const shares = SHARE.get(w);
    const follows = FOLLOW.get(w);
    if (shares !== undefined) verb ??= shares;
    else if (follows !== undefined) follow ??= follows;
    else if (!FILLER.has(w)) return null;
  }
  return { named, mentions, verb, follow };
}
