import type { ScrubOptions } from '../pipeline.js';
import type { ReaderName } from '../readers/index.js';
import type { Rule } from '../rule.js';
import { rules as builtinRules } from '../rules/index.js';
import { customRule, withCustomRules } from './custom-rules.js';
import type { SitePack } from './packs.js';
import { isBuiltIn } from '../registry.js';
import { type Config, type CustomRuleConfig, type RuleSetting, type Severity } from './types.js';

export interface ConfigScrubOptions {
  /** The built-in line rules with the custom ones in their place. */
  rules: readonly Rule[];
  /** Cleaning rules (line, DOM, custom) the config turns off. */
  disable: string[];
  packs: SitePack[];
}

/** What scrubItems() needs to apply `config`, so that conversion and check clean alike. */
export function scrubOptionsFrom(config: Config): ConfigScrubOptions {
  const off = Object.keys(config.rules).filter((id) => config.rules[id] === 'off' && !isBuiltIn(id, 'check'));
  return {
    rules: withCustomRules(builtinRules, config.customRules.map(customRule)),
    disable: off,
    packs: config.sites.map((s) => ({ site: s.site, host: s.host, rules: s.rules.map(customRule), disable: [...s.disable] })),
  };
}

/** What a run adds to its config: the command's flags, a worker's TaskSpec, a fixture's options. */
export interface RunFlags {
  from?: ReaderName | 'auto';
  encoding?: string | null;
  fields?: Record<string, string>;
  now?: Date | null;
  /** Rule ids to skip on top of those the config turns off (`--disable`). */
  disable?: readonly string[];
}

/**
 * The scrub options of a run: the config's (scrubOptionsFrom) with the run's flags. The one
 * builder for the command, its worker threads and the golden tests, so that none of them can
 * clean differently from the others.
 */
export function runOptions(configured: ConfigScrubOptions, flags: RunFlags): ScrubOptions {
  return {
    ...configured,
    disable: [...configured.disable, ...(flags.disable ?? [])],
    from: flags.from ?? 'auto',
    fields: flags.fields ?? {},
    now: flags.now ?? null,
    ...(flags.encoding === undefined || flags.encoding === null ? {} : { encoding: flags.encoding }),
  };
}

function allCustomRules(config: Config): CustomRuleConfig[] {
  return [...config.customRules, ...config.sites.flatMap((s) => s.rules)];
}

/** A rule's setting under `config`: the rules key, else a custom rule's own severity, else `defaultSeverity`. */
export function severityOf(config: Config, ruleId: string, defaultSeverity: Severity): RuleSetting {
  return config.rules[ruleId] ?? allCustomRules(config).find((r) => r.id === ruleId)?.severity ?? defaultSeverity;
}

export interface CustomRuleInfo {
  id: string;
  where: CustomRuleConfig['where'];
  description: string;
  severity: RuleSetting;
  /** The pack it belongs to ("site DeepPol", "host deeppol.com"), or null for customRules. */
  pack: string | null;
}

/** The config's custom rules, for listings (--list-rules, check reports). */
export function customRulesOf(config: Config): CustomRuleInfo[] {
  const info = (r: CustomRuleConfig, pack: string | null): CustomRuleInfo => ({
    id: r.id,
    where: r.where,
    description: r.description,
    severity: severityOf(config, r.id, r.severity),
    pack,
  });
  return [
    ...config.customRules.map((r) => info(r, null)),
    ...config.sites.flatMap((s) => s.rules.map((r) => info(r, s.site !== null ? `site ${s.site}` : `host ${s.host ?? ''}`))),
  ];
}
