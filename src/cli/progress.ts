/**
 * Progress on stderr for long batches, and the one-line summary at the end. Written here rather than
 * taken from a library: a bar is a few lines, and this one must stay silent on pipes and never touch
 * stdout, which carries the data.
 */

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface ProgressOptions {
  /** Number of inputs when known (a folder, a glob); null when not (stdin, an NDJSON stream): then a counter. */
  total: number | null;
  /** false with --quiet, when stderr is not a TTY, or when TERM=dumb: then every method is a no-op. */
  enabled: boolean;
  /** For tests: a clock in ms. Default performance.now(). */
  now?: () => number;
  /** Word for the unit counted, e.g. 'files' or 'records'. */
  unit?: string;
}

export interface Progress {
  /** Count `n` more done; redraws at most ~10 times a second (and always at the first tick). */
  tick(n?: number): void;
  /**
   * Print a message line (a warning, a failure) above the bar without garbling it: clear the line,
   * write, redraw. A no-op when progress is disabled, like every method: the caller still owes the
   * user the message on a pipe or with --quiet.
   */
  message(line: string): void;
  /** Clear the bar for good (call before the summary). */
  done(): void;
}

export interface RunTotals {
  inputs: number;
  articles: number;
  failures: number;
  duplicates: number;
  removedLines: number;
  rulesFired: number;
  ms: number;
}

// A fixed locale: the output is read by people and by tests, and must not change with the machine.
// Made on first use: Intl's first use costs about 13 ms, which a one-file conversion, which never
// draws a bar nor prints a summary, must not pay at start-up.
let numbers: { NUMBER: Intl.NumberFormat; ONE_DECIMAL: Intl.NumberFormat } | null = null;
function formats(): { NUMBER: Intl.NumberFormat; ONE_DECIMAL: Intl.NumberFormat } {
  numbers ??= {
    NUMBER: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
    ONE_DECIMAL: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
  return numbers;
}

const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';
const ERASE_LINE = '\x1b[K';

const REDRAW_MS = 100;
// Long enough to smooth over one slow file, short enough that the rate follows a change of pace.
const WINDOW_MS = 5000;
// A rate from the first few milliseconds is noise (one file in 2 ms is not 500/s).
const MIN_SPAN_MS = 1000;
const BAR_MIN = 10;
const BAR_MAX = 50;
// Room kept after the bar for the widest usual percentage, rate and ETA ("  100%  9,999/s  ETA 9:59:59"),
// so that the bar keeps its length as those numbers change width.
const TAIL_ROOM = 28;
const DEFAULT_COLUMNS = 80;

const DISABLED: Progress = { tick() {}, message() {}, done() {} };

interface Sample {
  t: number;
  n: number;
}

export function createProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  // Checked here too, so that a caller who forgets the TTY test still cannot garble a pipe.
  if (!options.enabled || stream.isTTY !== true) return DISABLED;
  const now = options.now ?? (() => performance.now());
  const unit = options.unit ?? 'inputs';
  const { total } = options;

  let count = 0;
  let drawn = false;
  let finished = false;
  let lastDraw = 0;
  let reachedTotal = false;
  // One sample per draw, so at most ~50 in the window whatever the number of ticks.
  const samples: Sample[] = [{ t: now(), n: 0 }];

  const render = (t: number): string => {
    const rate = windowRate(samples, t, count);
    samples.push({ t, n: count });
    lastDraw = t;
    const width = Math.max(1, (stream.columns && stream.columns > 0 ? stream.columns : DEFAULT_COLUMNS) - 1);
    const line = total === null ? counterLine(width, count, unit, rate) : barLine(width, count, total, unit, rate);
    const first = drawn ? '' : HIDE_CURSOR;
    drawn = true;
    return `${first}\r${line}${ERASE_LINE}`;
  };

  const finish = (): void => {
    if (finished) return;
    finished = true;
    process.off('exit', finish);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (drawn) stream.write(`\r${ERASE_LINE}${SHOW_CURSOR}`);
  };

  // Node ends the process on SIGINT (Ctrl-C) or SIGTERM without an 'exit' event, which would leave
  // the user's cursor hidden. So listen, restore it, and hand the signal back to the default action,
  // unless the program has its own handler, which then decides.
  function onSignal(signal: NodeJS.Signals): void {
    finish();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }

  process.once('exit', finish);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  return {
    tick(n = 1) {
      if (finished) return;
      count += n;
      const t = now();
      // The last draw shows the full count, which a throttled one might have skipped.
      const complete = total !== null && count >= total && !reachedTotal;
      if (complete) reachedTotal = true;
      if (drawn && !complete && t - lastDraw < REDRAW_MS) return;
      stream.write(render(t));
    },
    message(line) {
      const text = line.endsWith('\n') ? line : `${line}\n`;
      if (finished || !drawn) {
        stream.write(text);
        return;
      }
      // One write, so that nothing else can land between the message and the bar.
      stream.write(`\r${ERASE_LINE}${text}${render(now())}`);
    },
    done: finish,
  };
}

/** Items a second over the last WINDOW_MS, or null while too little time has passed to tell. */
function windowRate(samples: Sample[], t: number, n: number): number | null {
  // Keep one sample at or before the window's start, so that the span covers the whole window.
  while (samples.length > 1 && (samples[1]?.t ?? Infinity) <= t - WINDOW_MS) samples.shift();
  const first = samples[0];
  if (!first || t - first.t < MIN_SPAN_MS) return null;
  return ((n - first.n) * 1000) / (t - first.t);
}

function barLine(width: number, n: number, total: number, unit: string, rate: number | null): string {
  const totalText = formats().NUMBER.format(total);
  // Padded to the total's width so that the bar does not shift as the count grows.
  const head = `  ${formats().NUMBER.format(n).padStart(totalText.length)}/${totalText} ${unit}`;
  const fraction = total > 0 ? Math.min(1, Math.max(0, n / total)) : 1;
  const percent = `  ${String(Math.floor(fraction * 100)).padStart(3)}%`;
  const speed = rate === null ? '' : `  ${formatRate(rate)}/s`;
  const remaining = Math.max(0, total - n);
  const eta = `  ETA ${remaining === 0 ? clock(0) : rate !== null && rate > 0 ? clock(Math.ceil(remaining / rate)) : '--:--'}`;
  const tail = percent + speed + eta;
  const space = width - head.length - tail.length - '  []'.length;
  if (space >= BAR_MIN) {
    // Room is kept for the widest usual tail so that the bar holds its length as the numbers change
    // width; on a middling terminal a bar that changes length is still better than none.
    const slack = Math.max(0, TAIL_ROOM - tail.length);
    const inner = Math.min(BAR_MAX, Math.max(BAR_MIN, space - slack));
    const filled = Math.floor(fraction * inner);
    return `${head}  [${'█'.repeat(filled)}${'░'.repeat(inner - filled)}]${tail}`;
  }
  // Narrow: the bar goes first, then the rate, then the percentage (the count says as much), then
  // the alignment and the total; a number cut in half would be worse than none.
  const bare = formats().NUMBER.format(n);
  return fit(width, [head + tail, head + percent + eta, head + eta, head, `${bare}/${totalText}`, bare]);
}

function counterLine(width: number, n: number, unit: string, rate: number | null): string {
  const head = `  ${formats().NUMBER.format(n)} ${unit}`;
  return fit(width, [rate === null ? head : `${head}  ${formatRate(rate)}/s`, head]);
}

function fit(width: number, variants: string[]): string {
  const found = variants.find((v) => v.length <= width);
  return found ?? (variants[variants.length - 1] ?? '').slice(0, width);
}

function formatRate(rate: number): string {
  return rate < 10 ? formats().ONE_DECIMAL.format(rate) : formats().NUMBER.format(rate);
}

/** m:ss, or h:mm:ss from an hour. */
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

function plural(n: number, one: string, many: string): string {
  return `${formats().NUMBER.format(n)} ${n === 1 ? one : many}`;
}

function duration(ms: number): string {
  if (ms < 1000) return `${formats().NUMBER.format(Math.round(ms))} ms`;
  // Rounded first, so that 59.96 s reads "1 min 0 s" and not "60.0 s".
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${formats().ONE_DECIMAL.format(tenths / 10)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const minutes = Math.round(seconds / 60);
  return `${formats().NUMBER.format(Math.floor(minutes / 60))} h ${minutes % 60} min`;
}

export function summaryLine(totals: RunTotals): string {
  const { inputs, articles, failures, duplicates, removedLines, rulesFired, ms } = totals;
  let head = `feedscrub: ${plural(articles, 'article', 'articles')} from ${plural(inputs, 'input', 'inputs')} in ${duration(ms)}`;
  if (articles > 0 && ms > 0) head += ` (${formatRate((articles * 1000) / ms)}/s)`;
  const parts = [head];
  if (removedLines > 0) {
    const by = rulesFired > 0 ? ` by ${plural(rulesFired, 'rule', 'rules')}` : '';
    parts.push(`${plural(removedLines, 'line', 'lines')} removed${by}`);
  }
  if (duplicates > 0) parts.push(`${plural(duplicates, 'duplicate', 'duplicates')} dropped`);
  if (failures > 0) parts.push(`${formats().NUMBER.format(failures)} failed`);
  return parts.join('; ');
}
