import type MarkdownIt from 'markdown-it';
import { esmRequire as esm } from '../util/esm-require.js';

/**
 * markdown-it, loaded on first use: every reader loads at start-up and most inputs are not
 * Markdown (how: src/util/esm-require.ts). Callers build their own parser with their options.
 */

let markdownIt: typeof MarkdownIt | null = null;

export function loadMarkdownIt(): typeof MarkdownIt {
  return (markdownIt ??= (esm ? esm('markdown-it') : require('markdown-it')) as typeof MarkdownIt);
}
