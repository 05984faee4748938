import { loadSchemaValidator } from './deps.js';

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

/** schema/config.schema.json as code, loaded on the first config (src/config/deps.ts). */
export function schemaValidator(): SchemaValidator {
  return loadSchemaValidator() as SchemaValidator;
}
