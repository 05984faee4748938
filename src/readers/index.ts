import type { Reader } from '../reader.js';
import text from './text.js';

/** Every input format. */
export const readers = { text } as const satisfies Record<string, Reader>;
export type ReaderName = keyof typeof readers;
