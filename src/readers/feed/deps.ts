import { createRequire } from 'node:module';

/**
 * fast-xml-parser, loaded on first use: the reader registry imports this reader on every start,
 * and a plain-text conversion should not pay for an XML parser. Readers are synchronous, which
 * rules out import().
 *
 * Note: in the command's CommonJS bundle import.meta is empty, and esbuild turns the literal
 * require() into a bundled module that runs when called; elsewhere the package comes from node_modules.
 */
const esm = import.meta.url ? createRequire(import.meta.url) : null;

type FastXmlParser = typeof import('fast-xml-parser');
let fastXmlParser: FastXmlParser | null = null;

export function loadFastXmlParser(): FastXmlParser {
  return (fastXmlParser ??= (esm ? esm('fast-xml-parser') : require('fast-xml-parser')) as FastXmlParser);
}
