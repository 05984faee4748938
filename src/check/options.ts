import pkg from '../../package.json' with { type: 'json' };
import { scrubOptionsFrom, severityOf, type Config } from '../config/index.js';
import { rulesUnder } from '../registry.js';
import type { CheckOptions } from './index.js';

/** The same rules and settings a conversion with this config gets, plus the check's own. */
export function checkOptions(config: Config, now: Date): CheckOptions {
  const scrub = scrubOptionsFrom(config);
  const disabled = new Set(scrub.disable);
  return {
    settings: { required: config.required, dateFloor: config.dateFloor, minWords: config.minWords, now },
    scrub,
    rules: rulesUnder(config).filter((r) => !disabled.has(r.id)),
    // A rule that is off unless asked for (a page-only rule) is on only where the config names it.
    severity: (id, fallback) => (fallback === 'off' ? (config.rules[id] ?? 'off') : severityOf(config, id, fallback)),
    version: pkg.version,
  };
}
