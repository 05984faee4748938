import { isArticle, type Item, type ItemError } from '../article.js';
import { scrubRecord, type ScrubOptions } from '../pipeline.js';
import { RECORD_BREAK } from '../readers/ndjson.js';
import { mend1252 } from '../text/cp1252.js';

/**
 * NDJSON in, NDJSON out, one record at a time: what lets a file of any size, a pipe that never
 * ends, or a chunk handed over by GNU parallel, Hadoop Streaming or Spark's pipe() be cleaned in
 * bounded memory. Output lines are in step with input records (a broken line becomes an error
 * record in its place), so a job downstream can rely on line N out being record N in.
 */

export interface StreamOptions {
  scrub: ScrubOptions;
  /** For messages: "<label>:<line>: <error>", as the batch path words them. */
  label: string;
  /** Stops reading; the record in hand is finished and written whole. */
  signal?: AbortSignal;
  /** A record that became an error line. */
  onError?(message: string): void;
  /** Something to tell the user, once, worded as onError's: bytes that are not valid UTF-8. */
  onWarning?(message: string): void;
  /** After each record is written (or queued on `output`). */
  onRecord?(item: Item): void;
}

export interface StreamResult {
  /** Records written, error records included. */
  records: number;
  failures: number;
  /** The input was not read to its end: the signal aborted, or `output` closed (a closed pipe). */
  aborted: boolean;
  /** Records read as articles with neither text nor title (keys feedscrub does not know). */
  empty: number;
}

// The longest line kept in memory; a longer one is counted as it goes by, never held.
export { MAX_LINE } from '../limits.js';
import { MAX_LINE } from '../limits.js';

// What records() in src/readers/ndjson.ts splits on (RECORD_BREAK), and what else it counts as a line.
const INNER_BREAKS = /[\u2028\u2029\f]/g;

type Piece = { line: number; source: string } | { line: number; tooLong: number };

/** Lines out of text that arrives in pieces, numbered and skipped exactly as records() does. */
class Lines {
  /** The number of the line being read. */
  line = 1;
  private pending = '';
  private size = 0;
  private skipping = false;
  private skippedText = false;
  private skippedBreaks = 0;
  private afterCR = false;

  constructor(private readonly max: number) {}

  *push(text: string): Generator<Piece> {
    if (text === '') return;
    // "\r" at the end of one chunk and "\n" at the start of the next are one break.
    let start = this.afterCR && text.startsWith('\n') ? 1 : 0;
    this.afterCR = false;
    // Its own lastIndex: streams running side by side each split their own text.
    const breaks = new RegExp(RECORD_BREAK.source, 'g');
    breaks.lastIndex = start;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
      this.add(text.slice(start, m.index));
      start = m.index + m[0].length;
      this.afterCR = m[0] === '\r' && start === text.length;
      const piece = this.take();
      if (piece) yield piece;
    }
    this.add(text.slice(start));
  }

  /** The last line, when the input does not end with a break. */
  end(): Piece | null {
    return this.take();
  }

  private add(text: string): void {
    if (text === '') return;
    const bytes = Buffer.byteLength(text);
    if (!this.skipping && this.size + bytes <= this.max) {
      this.pending += text;
      this.size += bytes;
      return;
    }
    if (!this.skipping) {
      this.skipping = true;
      this.skip(this.pending);
      this.pending = '';
    }
    this.size += bytes;
    this.skip(text);
  }

  private skip(text: string): void {
    this.skippedText ||= /\S/.test(text);
    this.skippedBreaks += text.match(INNER_BREAKS)?.length ?? 0;
  }

  private take(): Piece | null {
    const line = this.line;
    let piece: Piece | null;
    if (this.skipping) {
      this.line += 1 + this.skippedBreaks;
      piece = this.skippedText ? { line, tooLong: this.size } : null;
    } else {
      this.line += 1 + (this.pending.match(INNER_BREAKS)?.length ?? 0);
      piece = this.pending.trim() === '' ? null : { line, source: this.pending };
    }
    this.pending = '';
    this.size = 0;
    this.skipping = this.skippedText = false;
    this.skippedBreaks = 0;
    return piece;
  }
}

type TextDecoding = InstanceType<typeof TextDecoder>;

/**
 * Bytes to text chunk by chunk. UTF-8 unless `encoding` names another or the input starts with a
 * UTF-16 byte order mark (as decode() decides for a whole input); a BOM is dropped. Without the
 * whole input there is no Windows-1252 guess: invalid UTF-8 becomes U+FFFD and `invalid` says so.
 */
class Decoding {
  private decoder: TextDecoding | null = null;
  /** Fed the same bytes, only to learn whether they are valid UTF-8 (until the first that is not). */
  private strict: TextDecoding | null = null;
  private first = true;
  invalid = false;

  constructor(private readonly encoding: string | undefined) {}

  text(chunk: string | Uint8Array): string {
    if (typeof chunk === 'string') {
      const text = this.first ? chunk.replace(/^\uFEFF/, '') : chunk;
      this.first &&= chunk === '';
      return text;
    }
    this.decoder ??= this.open(chunk);
    this.first &&= chunk.length === 0;
    this.checked(chunk);
    return this.mend(this.decoder.decode(chunk, { stream: true }));
  }

  end(): string {
    if (!this.decoder) return '';
    this.checked();
    return this.mend(this.decoder.decode());
  }

  private open(head: Uint8Array): TextDecoding {
    const bom = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;
    const decoder = new TextDecoder(this.encoding ?? bom ?? 'utf-8');
    if (decoder.encoding === 'utf-8') this.strict = new TextDecoder('utf-8', { fatal: true });
    return decoder;
  }

  private checked(chunk?: Uint8Array): void {
    try {
      if (chunk) this.strict?.decode(chunk, { stream: true });
      else this.strict?.decode();
    } catch {
      this.invalid = true;
      this.strict = null;
    }
  }

  private mend(text: string): string {
    return this.decoder?.encoding === 'windows-1252' ? mend1252(text) : text;
  }
}

function size(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/** When a stream run stops: its output closed or failed, or the signal aborted. */
interface StopControl {
  readonly stopped: boolean;
  /** The output's error, when that is what stopped the run. */
  readonly error: NodeJS.ErrnoException | null;
  /**
   * Settles with `promise`, or with 'stop' as soon as the run stops: a pipe that sends nothing, or
   * an output that never drains, must not keep a stopped run waiting. A fresh promise each time
   * (not a race against one long-lived promise, which would keep every waiter of a long run).
   */
  unlessStopped<T>(promise: Promise<T>): Promise<T | 'stop'>;
  /** Stops listening to the output and the signal. */
  dispose(): void;
}

function stopControl(output: NodeJS.WritableStream, signal: AbortSignal | undefined): StopControl {
  let stopped = (output as { destroyed?: boolean }).destroyed === true || signal?.aborted === true;
  let error: NodeJS.ErrnoException | null = null;
  let wake: (() => void) | null = null;
  const stop = () => {
    stopped = true;
    wake?.();
  };
  const failed = (e: NodeJS.ErrnoException) => {
    error = e;
    stop();
  };
  output.on('close', stop);
  output.on('error', failed);
  signal?.addEventListener('abort', stop, { once: true });
  return {
    get stopped() {
      return stopped;
    },
    get error() {
      return error;
    },
    unlessStopped: <T>(promise: Promise<T>): Promise<T | 'stop'> =>
      new Promise<T | 'stop'>((resolve, reject) => {
        if (stopped) resolve('stop');
        else wake = () => resolve('stop');
        promise.then(resolve, reject);
      }).finally(() => (wake = null)),
    dispose() {
      output.removeListener('close', stop);
      output.removeListener('error', failed);
      signal?.removeEventListener('abort', stop);
    },
  };
}

/**
 * Reads NDJSON from `input` and writes one NDJSON line per input record to `output` as each is
 * ready, in order: the Item scrubItems() would give for it in the whole input (scrubRecord). Holds
 * one chunk of input and one line at a time: waits for 'drain' when `output` is full, stops reading
 * when the signal aborts or `output` closes. A line over `maxLine` bytes (default 64 MiB) becomes
 * an error record, counted but never held. `output` is left open: it may be stdout.
 */
export async function streamNdjson(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: StreamOptions & { maxLine?: number },
): Promise<StreamResult> {
  const result: StreamResult = { records: 0, failures: 0, aborted: false, empty: 0 };
  const lines = new Lines(options.maxLine ?? MAX_LINE);
  const decoding = new Decoding(options.scrub.encoding);
  const path = options.scrub.path ?? null;

  const run = stopControl(output, options.signal);

  const said = new Set<string>();
  let warned = false;
  const warnOnce = (line: number) => {
    if (warned || !decoding.invalid) return;
    warned = true;
    options.onWarning?.(`${options.label}: invalid UTF-8 replaced by U+FFFD, the first on line ${line} or after it; --encoding names the input's encoding`);
  };
  const write = async (piece: Piece) => {
    const index = result.records++;
    const item: Item =
      'source' in piece
        ? scrubRecord(piece.source, piece.line, index, options.scrub)
        : ({ error: `a line of ${piece.tooLong} bytes, over the limit of ${size(options.maxLine ?? MAX_LINE)}: not read`, line: piece.line, source: { path, format: 'ndjson', index } } satisfies ItemError);
    if (!isArticle(item)) {
      result.failures++;
      options.onError?.(`${options.label}:${item.line}: ${item.error}`);
    } else {
      if (!item.text && !item.title) result.empty++;
      // What the batch path prints once per input (a read warning), printed once per stream.
      for (const note of item.notes) {
        if (note.rule !== 'read' || said.has(note.message)) continue;
        said.add(note.message);
        options.onWarning?.(`${options.label}: ${note.message}`);
      }
    }
    // The line the ndjson renderer writes for an article, and the batch path for an error.
    const room = output.write(`${JSON.stringify(item)}\n`);
    options.onRecord?.(item);
    if (room) return;
    let resume = () => {};
    await run.unlessStopped(new Promise<void>((resolve) => output.once('drain', (resume = resolve))));
    output.removeListener('drain', resume);
  };

  const chunks = input[Symbol.asyncIterator]();
  let complete = false;
  try {
    read: while (!run.stopped) {
      const line = lines.line;
      const next = await run.unlessStopped(chunks.next());
      if (next === 'stop') break;
      const text = next.done ? decoding.end() : decoding.text(next.value as string | Uint8Array);
      warnOnce(line);
      // Checked before each record, not after: the record in hand is always finished.
      for (const piece of lines.push(text)) {
        if (run.stopped) break read;
        await write(piece);
      }
      if (next.done) {
        const last = lines.end();
        if (last && run.stopped) break;
        if (last) await write(last);
        complete = true;
        break;
      }
    }
  } finally {
    run.dispose();
    // Stop reading for good: for stdin or a file this closes it, for a generator it returns.
    if (!complete) release(input, chunks);
  }
  // A closed pipe is the reader saying it has enough (`| head`); any other write error is one.
  if (run.error && run.error.code !== 'EPIPE') throw run.error;
  result.aborted = !complete;
  return result;
}

function release(input: NodeJS.ReadableStream, chunks: AsyncIterator<unknown>): void {
  const destroy = (input as { destroy?: () => void }).destroy;
  if (typeof destroy === 'function') destroy.call(input);
  else void chunks.return?.().catch(() => undefined);
}
