import type { MetaField } from './article.js';
import type { Config, CustomRuleConfig } from './config/types.js';
import { loadPage } from './page/load.js';
import { rules as lineRules } from './rules/index.js';

/**
 * Every rule feedscrub knows, once, with its facts filled in: the line rules
 * (src/rules/index.ts), the DOM rules (src/rules/dom/index.ts), the checks of `feedscrub check`
 * (src/check/rules/index.ts) and a config's custom rules. Config validation, `--disable`,
 * `--list-rules`, site packs and `check` all read it, so a new rule is one file, one line in its
 * list and its fixture folder. The lists keep their order, which is the order rules run in.
 */

export type RuleKind = 'line' | 'dom' | 'check' | 'custom';

export interface RuleEntry {
  id: string;
  kind: RuleKind;
  description: string;
  /** Where it looks: a line rule's zone (a custom rule's `where`), 'markup' for DOM rules, 'file' for checks. */
  where: string;
  /** Its severity in `check` unless the config sets one; 'off': reported only when the config turns it on. */
  severity: 'error' | 'warning' | 'off';
  /** Whether `check --fix` can mend what it finds. */
  fixable: boolean;
  /** DOM rules that take a whole page apart rather than find junk in an article. */
  pageOnly: boolean;
  /** The metadata its removed lines are made of (bylines); empty for boilerplate. */
  extracts: readonly MetaField[];
}

/**
 * The entries, made on first use: a conversion without a config, --disable or --list-rules never
 * asks, and starts without making them.
 */
let made: { list: readonly RuleEntry[]; byId: ReadonlyMap<string, RuleEntry> } | null = null;

function registry(): { list: readonly RuleEntry[]; byId: ReadonlyMap<string, RuleEntry> } {
  if (made) return made;
  // The DOM rules and the checks are the page module's: a run that asks (a config, --disable,
  // --list-rules, check) loads it, a plain conversion does not.
  const { domRules, checkRules } = loadPage();
  const list: readonly RuleEntry[] = [
    ...lineRules.map((r) => ({
      id: r.id,
      kind: 'line' as const,
      description: r.description,
      where: r.zone,
      severity: r.meta?.severity ?? 'error',
      fixable: r.meta?.fixable ?? true,
      pageOnly: false,
      extracts: r.meta?.extracts ?? [],
    })),
    ...domRules.map((r) => ({
      id: r.id,
      kind: 'dom' as const,
      description: r.description,
      where: 'markup',
      severity: r.meta?.severity ?? (r.meta?.pageOnly ? 'off' : 'error'),
      fixable: r.meta?.fixable ?? true,
      pageOnly: r.meta?.pageOnly ?? false,
      extracts: [],
    })),
    ...checkRules.map((r) => ({
      id: r.id,
      kind: 'check' as const,
      description: r.description,
      where: 'file',
      severity: r.meta?.severity ?? 'error',
      fixable: r.meta?.fixable ?? false,
      pageOnly: false,
      extracts: [],
    })),
  ];
  return (made = { list, byId: new Map(list.map((r) => [r.id, r])) });
}

/** The built-in rules: line rules in run order, then DOM rules in run order, then checks in report order. */
export function builtInRules(kind?: Exclude<RuleKind, 'custom'>): readonly RuleEntry[] {
  const { list } = registry();
  return kind === undefined ? list : list.filter((r) => r.kind === kind);
}

export function builtInRule(id: string): RuleEntry | undefined {
  return registry().byId.get(id);
}

export function isBuiltIn(id: string, kind?: Exclude<RuleKind, 'custom'>): boolean {
  const entry = registry().byId.get(id);
  return entry !== undefined && (kind === undefined || entry.kind === kind);
}

/** Whether a removal by rule `id` is a metadata line (a byline), not boilerplate. */
export function isMetadataLine(id: string): boolean {
  return (registry().byId.get(id)?.extracts.length ?? 0) > 0;
}

/** A config's custom rule as an entry: a line rule written by the user. */
export function customEntry(rule: CustomRuleConfig): RuleEntry {
  return { id: rule.id, kind: 'custom', description: rule.description, where: rule.where, severity: rule.severity, fixable: true, pageOnly: false, extracts: [] };
}

/** Every rule under a config: the built-in ones, then its custom rules (top-level, then each site pack's). */
export function rulesUnder(config: Pick<Config, 'customRules' | 'sites'>): RuleEntry[] {
  return [...registry().list, ...[...config.customRules, ...config.sites.flatMap((s) => s.rules)].map(customEntry)];
}
