import { esmRequire as esm } from '../util/esm-require.js';

/**
 * Globs and ignore files, loaded on first use: a conversion of named files never evaluates them
 * (how: src/util/esm-require.ts).
 */

type Tinyglobby = typeof import('tinyglobby');
let tinyglobby: Tinyglobby | null = null;

export function loadTinyglobby(): Tinyglobby {
  return (tinyglobby ??= (esm ? esm('tinyglobby') : require('tinyglobby')) as Tinyglobby);
}

export function loadIgnore(): typeof import('ignore') {
  return (esm ? esm('ignore') : require('ignore')) as typeof import('ignore');
}
