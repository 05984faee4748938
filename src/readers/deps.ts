import { esmRequire as esm } from '../util/esm-require.js';

/**
 * The front matter parsers, loaded on first use: the reader registry loads the Markdown reader on
 * every start (how: src/util/esm-require.ts).
 */

type Matter = typeof import('gray-matter');
type Toml = typeof import('smol-toml');
let grayMatter: Matter | null = null;
let smolToml: Toml | null = null;

/** gray-matter brings js-yaml, a few milliseconds to evaluate: it loads on the first front matter. */
export function loadGrayMatter(): Matter {
  return (grayMatter ??= (esm ? esm('gray-matter') : require('gray-matter')) as Matter);
}

/** smol-toml is loaded only for `+++` input: YAML and JSON posts never evaluate it. */
export function loadSmolToml(): Toml {
  return (smolToml ??= (esm ? esm('smol-toml') : require('smol-toml')) as Toml);
}
