import { isArticle } from '../article.js';
import { groupOf, packConfigs, type LearnedPackConfig } from '../learn/group.js';
import { DEFAULT_LEARN, learn, type LearnItem } from '../learn/learn.js';
import { scrubRecord, type ScrubOptions } from '../pipeline.js';
import { loadStream } from './deps.js';

/**
 * --learn on an NDJSON stream: the stream is read once, in constant memory, so learning looks at
 * a first window of records, which then flow through with the rest.
 */
export const LEARN_WINDOW = 2000;

export async function learnFromWindow(
  input: NodeJS.ReadableStream,
  scrub: ScrubOptions,
  window = LEARN_WINDOW,
): Promise<{ stream: NodeJS.ReadableStream; learned: LearnedPackConfig[] }> {
  const chunks = input[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let lines = 0;
  while (lines < window) {
    const next = await chunks.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value as Uint8Array);
    seen.push(chunk);
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  }
  const head = Buffer.concat(seen);
  // Only whole lines: a window may end inside a record, or inside a character.
  const whole = new TextDecoder().decode(head.subarray(0, head.lastIndexOf(10) + 1)).replace(/^\uFEFF/, '');
  const items: LearnItem[] = [];
  let index = 0;
  whole.split('\n').slice(0, window).forEach((line, i) => {
    if (line.trim() === '') return;
    const item = scrubRecord(line.replace(/\r$/, ''), i + 1, index++, scrub);
    if (isArticle(item)) items.push({ group: groupOf(item), title: item.title, text: item.text });
  });
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value as Uint8Array);
  }
  const { Readable } = loadStream();
  return { stream: Readable.from(all(), { objectMode: false }), learned: packConfigs(learn(items, DEFAULT_LEARN)) };
}
