import { esmRequire as esm } from '../../util/esm-require.js';

/**
 * fast-xml-parser, loaded on first use: the reader registry imports this reader on every start,
 * and a plain-text conversion should not pay for an XML parser (how: src/util/esm-require.ts).
 */

type FastXmlParser = typeof import('fast-xml-parser');
let fastXmlParser: FastXmlParser | null = null;

export function loadFastXmlParser(): FastXmlParser {
  return (fastXmlParser ??= (esm ? esm('fast-xml-parser') : require('fast-xml-parser')) as FastXmlParser);
}
