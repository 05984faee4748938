import type { SchemaError } from './validate.js';

/**
 * One line from ajv's errors for a config: the key path a person would write
 * (`customRules[0].match.regex`) and what is wrong, in words about the config rather than the schema.
 */

/** Key path from a JSON Pointer: /customRules/0/match -> customRules[0].match (after `prefix`). */
export function keyPath(prefix: string, pointer: string | readonly string[]): string {
  const parts = typeof pointer === 'string' ? pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')) : pointer;
  let out = prefix;
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

const ARTICLE: Record<string, string> = { string: 'a string', integer: 'a whole number', number: 'a number', array: 'an array', object: 'an object', boolean: 'true or false' };

function typesOf(errors: readonly SchemaError[]): string {
  const types = [...new Set(errors.map((e) => String(e.params.type)).flatMap((t) => t.split(',')))];
  return types.map((t) => ARTICLE[t] ?? t).join(' or ');
}

/** [key path, message] for one error. */
function describe(error: SchemaError, prefix: string): [string, string] {
  const at = keyPath(prefix, error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {}).filter((k) => k !== '$schema');
      return [keyPath(at, [key]), `unknown key${known.length ? ` (expected ${known.join(', ')})` : ''}`];
    }
    case 'required':
      return [at, `"${String(error.params.missingProperty)}" is required`];
    case 'type':
      return [at, `must be ${typesOf([error])}`];
    case 'enum':
      return [at, `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`];
    case 'pattern':
      return [at, error.parentSchema?.['x-pattern-message'] ?? `must match ${String(error.params.pattern)}`];
    case 'minimum':
      return [at, `must be ${String(error.params.comparison)} ${String(error.params.limit)}`];
    default:
      return [at, error.message ?? `fails ${error.keyword}`];
  }
}

/**
 * The error to report, as "key.path: message". ajv lists the errors of each failed branch of an
 * anyOf before the anyOf itself: the one that reaches deepest into the value is the one the user
 * meant (`match: { "regex": 5 }` is a regex with a wrong type, not a string gone wrong).
 */
export function schemaMessage(errors: readonly SchemaError[], prefix: string): string {
  const last = errors.at(-1);
  if (!last) return prefix ? `${prefix}: invalid` : 'invalid';
  let chosen = last;
  if (last.keyword === 'anyOf') {
    const branches = errors.filter((e) => e !== last && e.instancePath.startsWith(last.instancePath));
    const deepest = branches.reduce<SchemaError | null>((best, e) => (!best || e.instancePath.length > best.instancePath.length ? e : best), null);
    const sameLevel = branches.filter((e) => e.instancePath === last.instancePath);
    if (deepest && deepest.instancePath !== last.instancePath) chosen = deepest;
    else if (sameLevel.length > 0 && sameLevel.every((e) => e.keyword === 'required')) {
      const keys = sameLevel.map((e) => `"${String(e.params.missingProperty)}"`).join(' or ');
      return `${keyPath(prefix, last.instancePath) || '(top level)'}: needs ${keys}`;
    } else if (sameLevel.length > 0 && sameLevel.every((e) => e.keyword === 'type')) {
      return `${keyPath(prefix, last.instancePath) || '(top level)'}: must be ${typesOf(sameLevel)}`;
    } else chosen = sameLevel.find((e) => e.keyword !== 'type') ?? last;
  }
  const [at, message] = describe(chosen, prefix);
  return `${at || '(top level)'}: ${message}`;
}
