import type { Rule } from '../rule.js';
import { lineRule, type LinePattern } from '../rules/define.js';
import { fold } from '../text/fold.js';
import { learnedRule, learnedSources } from '../learn/rule.js';
import type { CustomMatch, CustomRuleConfig } from './types.js';
import { loadRe2 } from './deps.js';

/**
 * A user's regex, compiled by RE2: a config may come from anyone's repository, and a backtracking
 * engine can be made to run for hours on one line (`^(a+)+$`); RE2 matches in time linear in the
 * line. Throws an Error whose message says what is wrong, for the config's error message.
 */
export function re2Pattern(regex: string, flags: '' | 'i'): LinePattern {
  const { RE2JS } = loadRe2();
  try {
    const compiled = RE2JS.compile(regex, flags === 'i' ? RE2JS.CASE_INSENSITIVE : 0);
    return { exec: (text) => compiled.exec(text) as RegExpExecArray | null };
  } catch (error) {
    const message = (error as Error).message.replace(/^error parsing regexp: /, '');
    // RE2 names these "invalid escape" and "invalid named capture"; say what was meant.
    if (/`\\([1-9]|k<)/.test(message)) throw new Error(`backreferences are not supported (regexes run on RE2, in linear time): ${message}`);
    if (/`\(\?<?[=!]/.test(message)) throw new Error(`lookahead and lookbehind are not supported (regexes run on RE2, in linear time): ${message}`);
    throw new Error(`invalid regex: ${message}`);
  }
}

const TRAILING_PUNCTUATION = /[\s\p{P}]+$/u;

/**
 * A string match: the whole folded line equals the folded string, ignoring case and trailing
 * punctuation on either side. A native RegExp is safe here: a literal followed by one character
 * class cannot backtrack more than once per character.
 */
export function linePattern(text: string): RegExp {
  const folded = fold(text);
  const stem = folded.replace(TRAILING_PUNCTUATION, '') || folded;
  return new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\p{P}]*$`, 'iu');
}

export function describeMatch(match: CustomMatch): string {
  return typeof match === 'string' ? `Removes lines that read "${match}".` : `Removes lines matching /${match.regex}/${match.flags}.`;
}

export function customRule(spec: CustomRuleConfig): Rule {
  // A learned rule's regex is one piece of furniture, which it also cuts off the ends of a line.
  if (spec.id.startsWith('learned:') && typeof spec.match !== 'string') {
    const { whole, start, end } = learnedSources(spec.match.regex);
    const flags = spec.match.flags;
    return learnedRule(spec, { whole: re2Pattern(whole, flags), start: re2Pattern(start, flags), end: re2Pattern(end, flags) });
  }
  const pattern = typeof spec.match === 'string' ? linePattern(spec.match) : re2Pattern(spec.match.regex, spec.match.flags);
  return lineRule({ id: spec.id, description: spec.description, zone: spec.where, patterns: [pattern] });
}

/**
 * Custom rules run where the built-in footer rules end: after every rule that removes a known
 * pattern, and before read-more and tail-byline (which look for what is left at the very end, so a
 * custom footer below a byline must be gone first), share-widget (which trusts the site the footers
 * named) and tail-block (which removes what sits between removals made in the same pass).
 */
const RUN_BEFORE = ['read-more', 'tail-byline', 'share-widget', 'tail-block'];

/** `base` with `custom` inserted at their place in the order. */
export function withCustomRules(base: readonly Rule[], custom: readonly Rule[]): Rule[] {
  if (custom.length === 0) return [...base];
  const at = base.findIndex((r) => RUN_BEFORE.includes(r.id));
  return at === -1 ? [...base, ...custom] : [...base.slice(0, at), ...custom, ...base.slice(at)];
}
