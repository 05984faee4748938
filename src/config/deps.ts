import { esmRequire as esm } from '../util/esm-require.js';

/** What the config code loads on first use: runs without a config never evaluate it (how: src/util/esm-require.ts). */

type Re2 = typeof import('re2js');
let re2: Re2 | null = null;
let validator: unknown = null;

/** re2js, on the first config that has a regex: most runs have none, and it is 260 kB. */
export function loadRe2(): Re2 {
  return (re2 ??= (esm ? esm('re2js') : require('re2js')) as Re2);
}

/**
 * schema/config.schema.json as code (scripts/config-validator.js writes it at build time). The path
 * goes through ../config/ because esmRequire resolves from src/util/, and the bundler from here.
 */
export function loadSchemaValidator(): unknown {
  return (validator ??= (esm ? esm('../config/schema-validator.cjs') : require('../config/schema-validator.cjs')) as unknown);
}
