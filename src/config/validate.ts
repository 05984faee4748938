import { esmRequire as esm } from '../util/esm-require.js';

/** An ajv error, as much of it as the messages use. */
export interface SchemaError {
  /** JSON Pointer to the value, e.g. "/customRules/0/match". */
  instancePath: string;
  /** JSON Pointer into the schema, relative to the definition that failed. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** The schema object holding the failed keyword (the validator is built with `verbose`). */
  parentSchema?: {
    properties?: Record<string, unknown>;
    'x-pattern-message'?: string;
  };
}

export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

let validator: SchemaValidator | null = null;

/**
 * schema/config.schema.json as code (scripts/config-validator.js writes it at build time), loaded
 * on the first config: runs without one never evaluate it. The path goes through ../config/ because
 * esmRequire resolves from src/util/, and the bundler from here.
 */
export function schemaValidator(): SchemaValidator {
  return (validator ??= (esm ? esm('../config/schema-validator.cjs') : require('../config/schema-validator.cjs')) as SchemaValidator);
}
