import type { MetaField } from '../article.js';

/** What a configuration may set a rule to: off everywhere, or its severity in `feedscrub check`. */
export type RuleSetting = 'off' | 'warning' | 'error';
export type Severity = 'warning' | 'error';

/** A custom rule's `match`: a whole line to equal (string), or an RE2 pattern to search for. */
export type CustomMatch = string | { regex: string; flags: '' | 'i' };

/** A custom rule from the config, defaults filled in. */
export interface CustomRuleConfig {
  id: string;
  description: string;
  match: CustomMatch;
  where: 'head' | 'tail' | 'anywhere';
  severity: Severity;
}

/** A per-site pack from the config; `host` is lower-cased. */
export interface SitePackConfig {
  site: string | null;
  host: string | null;
  rules: CustomRuleConfig[];
  disable: string[];
}

/** A configuration with every default filled in: what an absent config file means. */
export interface Config {
  rules: Record<string, RuleSetting>;
  required: MetaField[];
  /** YYYY-MM-DD, or null for no floor. */
  dateFloor: string | null;
  minWords: number;
  customRules: CustomRuleConfig[];
  sites: SitePackConfig[];
}

export interface LoadedConfig {
  /** The file the config came from (absolute), or null when none was found or --no-config. */
  path: string | null;
  config: Config;
}

/** Any problem with a config: the message is one line, ready to print after "feedscrub: ". */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function defaultConfig(): Config {
  return { rules: {}, required: ['title'], dateFloor: null, minWords: 30, customRules: [], sites: [] };
}
