import { esmRequire as esm } from '../util/esm-require.js';

/**
 * entities, loaded on first use: it builds its decoding tables when evaluated (a large share of a
 * one-dump start-up), and most lines hold no "&" (how: src/util/esm-require.ts).
 */

type Entities = typeof import('entities');
let entities: Entities | null = null;

export function loadEntities(): Entities {
  return (entities ??= (esm ? esm('entities') : require('entities')) as Entities);
}

type Chardet = typeof import('chardet');
let chardet: Chardet | null = null;

/** chardet, loaded only for bytes that are not UTF-8 and declare no charset. */
export function loadChardet(): Chardet {
  return (chardet ??= (esm ? esm('chardet') : require('chardet')) as Chardet);
}
