import type { Rule } from '../rule.js';
import { rules as builtinRules } from '../rules/index.js';
import { customRule, withCustomRules } from './custom-rules.js';
import type { SitePack } from './packs.js';
import { CHECK_RULE_IDS, type Config, type CustomRuleConfig, type RuleSetting, type Severity } from './types.js';

const CHECK_IDS: ReadonlySet<string> = new Set(CHECK_RULE_IDS);

export interface ConfigScrubOptions {
  /** The built-in line rules with the custom ones in their place. */
  rules: readonly Rule[];
  /** Cleaning rules (line, DOM, custom) the config turns off. */
  disable: string[];
  packs: SitePack[];
}

/** What scrubItems() needs to apply `config`, so that conversion and check clean alike. */
export function scrubOptionsFrom(config: Config): ConfigScrubOptions {
  const off = Object.keys(config.rules).filter((id) => config.rules[id] === 'off' && !CHECK_IDS.has(id));
  return {
    rules: withCustomRules(builtinRules, config.customRules.map(customRule)),
    disable: off,
    packs: config.sites.map((s) => ({ site: s.site, host: s.host, rules: s.rules.map(customRule), disable: [...s.disable] })),
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
