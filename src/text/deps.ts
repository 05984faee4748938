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
