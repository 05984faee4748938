/**
 * Configuration files: lookup, validation, custom rules and per-site packs, for conversion and
 * `feedscrub check` alike (see schema/config.schema.json and the README's Configuration section).
 */
export { loadConfig, type LoadOptions } from './load.js';
export { runOptions, scrubOptionsFrom, severityOf, customRulesOf, type ConfigScrubOptions, type CustomRuleInfo, type RunFlags } from './options.js';
export { matchingPacks, type SitePack } from './packs.js';
export { CONFIG_FILES } from './find.js';
export {
  ConfigError,
  defaultConfig,
  type Config,
  type CustomMatch,
  type CustomRuleConfig,
  type LoadedConfig,
  type RuleSetting,
  type Severity,
  type SitePackConfig,
} from './types.js';
