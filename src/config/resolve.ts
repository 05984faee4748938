import type { MetaField } from '../article.js';
import { isBuiltIn } from '../registry.js';
import { describeMatch, re2Pattern } from './custom-rules.js';
import { keyPath, schemaMessage } from './schema-errors.js';
import { schemaValidator } from './validate.js';
import { ConfigError, defaultConfig, type Config, type CustomRuleConfig, type RuleSetting, type SitePackConfig } from './types.js';

/** Ids that feedscrub itself writes in `removed` and `notes` without a rule behind them. */
const RESERVED = new Set(['title', 'read', 'front-matter', 'separator', 'image-without-text', 'image-alt']);

type Json = Record<string, unknown>;

/** A rule setting as the schema takes it: ours, or ESLint's, so a config copied from .eslintrc reads the same. */
type EslintSetting = RuleSetting | 'warn' | 0 | 1 | 2;
const ESLINT_SETTINGS: Record<string, RuleSetting> = { warn: 'warning', 0: 'off', 1: 'warning', 2: 'error' };

function settingOf(value: EslintSetting): RuleSetting {
  return ESLINT_SETTINGS[String(value)] ?? (value as RuleSetting);
}

/**
 * A config value (a parsed file, or the "feedscrub" key of a package.json) checked against
 * schema/config.schema.json, then against what a schema cannot know (rule ids, regexes, dates),
 * with the defaults filled in. `label` names the file and `prefix` the key the config sits under,
 * for messages such as "package.json: feedscrub.rules.x: unknown rule id".
 */
export function configFrom(value: unknown, label: string, prefix = ''): Config {
  const fail = (path: string, message: string): never => {
    throw new ConfigError(`${label}: ${path}: ${message}`);
  };
  const validate = schemaValidator();
  if (!validate(value)) throw new ConfigError(`${label}: ${schemaMessage(validate.errors ?? [], prefix)}`);
  const raw = value as Json;
  const at = (...parts: (string | number)[]) => keyPath(prefix, parts.map(String));

  const customRules = ((raw.customRules ?? []) as Json[]).map((r, i) => customRule(r, at('customRules', i), fail));
  const sites = ((raw.sites ?? []) as Json[]).map((s, i): SitePackConfig => ({
    site: typeof s.site === 'string' ? s.site.trim() : null,
    host: typeof s.host === 'string' ? s.host.toLowerCase() : null,
    rules: ((s.rules ?? []) as Json[]).map((r, j) => customRule(r, at('sites', i, 'rules', j), fail)),
    disable: [...((s.disable ?? []) as string[])],
  }));

  // One namespace for every custom id: removals and findings carry the id alone.
  const owners = new Map<string, string>();
  const custom = [...customRules.map((r, i) => [r, at('customRules', i, 'id')] as const)];
  sites.forEach((s, i) => s.rules.forEach((r, j) => custom.push([r, at('sites', i, 'rules', j, 'id')])));
  for (const [rule, where] of custom) {
    if (isBuiltIn(rule.id)) fail(where, `"${rule.id}" is the id of a built-in rule (see --list-rules)`);
    if (RESERVED.has(rule.id)) fail(where, `"${rule.id}" is reserved: feedscrub writes it in removed and notes`);
    const first = owners.get(rule.id);
    if (first) fail(where, `"${rule.id}" is already the id of ${first}`);
    owners.set(rule.id, where.replace(/\.id$/, ''));
  }
  const known = (id: string) => isBuiltIn(id) || owners.has(id);
  const rules = Object.fromEntries(Object.entries((raw.rules ?? {}) as Record<string, EslintSetting>).map(([id, v]) => [id, settingOf(v)]));
  for (const id of Object.keys(rules)) if (!known(id)) fail(at('rules', id), 'unknown rule id (see --list-rules)');
  sites.forEach((s, i) =>
    s.disable.forEach((id, j) => {
      if (!known(id)) fail(at('sites', i, 'disable', j), `unknown rule id "${id}" (see --list-rules)`);
    }),
  );

  const dateFloor = typeof raw.dateFloor === 'string' ? raw.dateFloor : null;
  // The schema checks the shape; 2021-02-30 has it and is still no day.
  const day = dateFloor === null ? null : new Date(`${dateFloor}T00:00:00Z`);
  if (day && (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== dateFloor)) fail(at('dateFloor'), `not a calendar date: "${dateFloor}"`);
  const defaults = defaultConfig();
  return {
    rules: { ...rules },
    required: raw.required === undefined ? defaults.required : [...new Set(raw.required as MetaField[])],
    dateFloor,
    minWords: typeof raw.minWords === 'number' ? raw.minWords : defaults.minWords,
    customRules,
    sites,
  };
}

function customRule(raw: Json, where: string, fail: (path: string, message: string) => never): CustomRuleConfig {
  const match = typeof raw.match === 'string' ? raw.match : { regex: String((raw.match as Json).regex), flags: ((raw.match as Json).flags ?? '') as '' | 'i' };
  if (typeof match !== 'string') {
    try {
      re2Pattern(match.regex, match.flags);
    } catch (error) {
      fail(`${where}.match.regex`, (error as Error).message);
    }
  }
  return {
    id: String(raw.id),
    description: typeof raw.description === 'string' && raw.description.trim() ? raw.description.trim() : describeMatch(match),
    match,
    where: (raw.where ?? 'anywhere') as CustomRuleConfig['where'],
    severity: settingOf((raw.severity ?? 'error') as EslintSetting) as CustomRuleConfig['severity'],
  };
}
