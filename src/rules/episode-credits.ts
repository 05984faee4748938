import { crewLabels, durationLabels, hostLabels } from '../phrases/episode-credits.js';
import { isName } from '../metadata/credit/names.js';
import type { Rule } from '../rule.js';
import { isProse, startsCapital } from '../text/fold.js';
import { alternation, openers } from '../util/regex.js';

// A radio or podcast episode's metadata line (src/phrases/episode-credits.ts): "durée : 00:03:12 -
// <show> - par : <host> - réalisé par : <producer>", "Duration: 42:10 | Host: Jane Doe". Every
// field must be one of the family's: the duration (which the line must hold: it is what no
// sentence is made of), credits of names, and at most one short show name. The host's credit
// names the author. A line with anything else ("Duration: 42:10 - we talk about the election")
// is prose and stays.
const SEPARATOR = /\s+[-–—|·•]\s+|\s*[|｜]\s*/u;
const UNITS = String.raw`(?:min\.?|mins?\.?|minutes?|minuten|minutos|minuti|minuut|minuter|h)`;
const TIME = String.raw`(?:\d{1,2}(?::\d{2}){1,2}(?:\s*${UNITS})?|\d{1,3}\s*${UNITS}(?:\s*\d{1,2}\s*(?:s|sec\.?|secs?))?)`;
const alternatives = (table: Readonly<Record<string, readonly string[]>>) => alternation(Object.values(table).flat());
/**
 * A regex that opens with one of the table's labels, tried only on a text that may open with one
 * (openers()): every field of every line with a digit is asked, and the labels of every language
 * under `iu` cost milliseconds to compile, which a run whose lines open otherwise never pays.
 */
const opening = (table: Readonly<Record<string, readonly string[]>>, re: RegExp) => {
  const open = openers(Object.values(table).flat());
  return { exec: (text: string) => (open.test(text) ? re.exec(text) : null), test: (text: string) => open.test(text) && re.test(text) };
};
const DURATION = opening(durationLabels, new RegExp(String.raw`^(?:${alternatives(durationLabels)})\s*:?\s*${TIME}$`, 'iu'));
// The label, then a colon or a space, then the names; the longest label first ("présenté par" before "par").
const HOST = opening(hostLabels, new RegExp(String.raw`^(?:${alternatives(hostLabels)})(?:\s*:\s*|\s+)(.+)$`, 'iu'));
const CREW = opening(crewLabels, new RegExp(String.raw`^(?:${alternatives(crewLabels)})(?:\s*:\s*|\s+)(.+)$`, 'iu'));
const NAME_JOINER = /\s*,\s*|\s+(?:et|and|und|y|e|en|&)\s+/u;
const MAX_SHOW_WORDS = 6;
const MAX_FIELD = 60;
const MAX_LENGTH = 300;
const WEIGHT = 50;

/** The names of a credit, or null when it holds anything else. */
function namesOf(text: string): string[] | null {
  const names = text.trim().split(NAME_JOINER).filter(Boolean);
  return names.length > 0 && names.length <= 6 && names.every((n) => isName(n, 5)) ? names : null;
}

/** A show's name: a few words that do not end a sentence. */
function isShow(text: string): boolean {
  const t = text.trim();
  return fewWords(t, MAX_SHOW_WORDS) && startsCapital(t) && !/[.!?:;]$/u.test(t);
}

/** `trimmed.split(/\s+/u).length <= max`, without splitting a paragraph into all its words. */
function fewWords(trimmed: string, max: number): boolean {
  const space = /\s+/gu;
  let words = 1;
  while (words <= max && space.exec(trimmed)) words++;
  return words <= max;
}

/** The fields of a line between separators, each with where it starts; the first `atMost` only. */
function fieldsOf(text: string, atMost = Infinity): { text: string; start: number }[] {
  const fields: { text: string; start: number }[] = [];
  const separator = new RegExp(SEPARATOR.source, 'gu');
  let at = 0;
  const add = (end: number) => {
    const field = text.slice(at, end);
    if (field.trim() !== '') fields.push({ text: field, start: at });
  };
  for (let m = separator.exec(text); m && fields.length < atMost; m = separator.exec(text)) {
    add(m.index);
    at = m.index + m[0].length;
  }
  if (fields.length < atMost) add(text.length);
  return fields;
}

/**
 * The host's names when `text` is an episode's metadata line, and where it ends: the whole line,
 * or (when the line opens with the duration and goes on with the episode's description, as feeds
 * glue them) where the description starts. Null when it is anything else.
 */
export function episodeLine(text: string): { hosts: string[]; end: number } | null {
  if (!/\d/.test(text)) return null;
  // A line longer than a whole episode line is one only as the duration glued to a description
  // (below): a paragraph that does not open with a duration is split into no fields.
  if (text.length > MAX_LENGTH && !DURATION.test(fieldsOf(text, 1)[0]?.text.trim() ?? '')) return null;
  let duration = false;
  let shows = 0;
  let hosts: string[] | null = null;
  const fields = fieldsOf(text);
  for (const [i, field] of fields.entries()) {
    const f = field.text.trim();
    const host = HOST.exec(f);
    const named = host ? namesOf(host[1] ?? '') : null;
    if (!duration && f.length <= MAX_FIELD && DURATION.test(f)) duration = true;
    else if (named) hosts ??= named;
    else if (namesOf(CREW.exec(f)?.[1] ?? '')) continue;
    else if (shows === 0 && isShow(f)) shows += 1;
    else if (i >= 2 && DURATION.test(fields[0]?.text.trim() ?? '') && isProse(text.slice(field.start))) return { hosts: hosts ?? [], end: field.start };
    else return null;
  }
  return duration && text.length <= MAX_LENGTH ? { hosts: hosts ?? [], end: text.length } : null;
}

const rule: Rule = {
  id: 'episode-credits',
  description: 'Removes a radio or podcast episode line of duration and credits ("durée : 00:42:10 - <show> - par : <host>", "Dauer: 42:10 | Moderation: …"); the host is the author.',
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const episode = episodeLine(line.text);
      if (!episode) continue;
      if (episode.hosts.length > 0) ctx.meta('author', episode.hosts.join(', '), line, WEIGHT);
      if (episode.end >= line.text.length) ctx.remove(line);
      else ctx.cut(line, 0, episode.end);
    }
  },
};
export default rule;
