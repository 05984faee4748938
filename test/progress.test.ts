import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress, summaryLine, type Progress, type ProgressOptions, type RunTotals } from '../src/cli/progress.js';

/**
 * What a person watching a long batch sees on stderr, with a fake terminal and a fake clock: the bar
 * must fit the terminal, redraw rarely, say true things about rate and time left, and leave the
 * terminal as it found it. On a pipe it must say nothing at all.
 */

const HIDE = '\x1b[?25l';
const SHOW = '\x1b[?25h';
const ERASE = '\x1b[K';
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

function terminal(columns?: number, isTTY = true) {
  const chunks: string[] = [];
  const stream = { isTTY, ...(columns === undefined ? {} : { columns }), write: (c: string) => chunks.push(c) };
  return { stream, chunks };
}

function clock() {
  const c = { t: 0, now: () => c.t };
  return c;
}

/** What the last redraw left on screen: the text after its last carriage return, without escapes. */
function screen(chunks: string[]): string {
  const all = chunks.join('');
  return all.slice(all.lastIndexOf('\r') + 1).replace(ANSI, '');
}

const draws = (chunks: string[]) => chunks.join('').split(ERASE).length - 1;

const open: Progress[] = [];
function start(stream: Parameters<typeof createProgress>[0], options: ProgressOptions): Progress {
  const progress = createProgress(stream, options);
  open.push(progress);
  return progress;
}
afterEach(() => {
  for (const p of open.splice(0)) p.done();
  vi.restoreAllMocks();
});

/** Ticks of `step` every `every` ms from the clock's current time until `until`. */
function run(progress: Progress, c: ReturnType<typeof clock>, step: number, until: number, every = 100) {
  while (c.t < until) {
    c.t += every;
    progress.tick(step);
  }
}

describe('when progress must stay silent', () => {
  it.each([
    ['when disabled, even on a terminal', false, true],
    ['when the stream is not a terminal, whatever the caller says', true, false],
  ])('writes nothing at all and hooks nothing %s', (_, enabled, isTTY) => {
    const { stream, chunks } = terminal(80, isTTY);
    const exits = process.listenerCount('exit');
    const p = start(stream, { total: 10, enabled });
    expect(process.listenerCount('exit')).toBe(exits);
    p.tick(5);
    p.message('feedscrub: a.txt: no such file or directory');
    p.done();
    expect(chunks).toEqual([]);
  });
});

describe('the bar', () => {
  it('draws at the first tick, then at most once per 100 ms', () => {
    const c = clock();
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: 1000, enabled: true, now: c.now });
    for (let i = 0; i < 100; i++) {
      p.tick();
      c.t += 0.5;
    }
    expect(draws(chunks)).toBeGreaterThanOrEqual(1);
    expect(draws(chunks)).toBeLessThanOrEqual(2);
    const before = draws(chunks);
    c.t = 100;
    p.tick();
    expect(draws(chunks)).toBe(before + 1);
  });

  it('always draws the final count, even inside the throttle interval', () => {
    const c = clock();
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: 3, enabled: true, now: c.now, unit: 'files' });
    p.tick();
    p.tick();
    p.tick();
    expect(screen(chunks)).toMatch(/^ {2}3\/3 files {2}\[█+\] {2}100% {2}ETA 0:00$/);
  });

  it('hides the cursor once and redraws in place', () => {
    const c = clock();
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: 100, enabled: true, now: c.now });
    run(p, c, 1, 1000);
    const all = chunks.join('');
    expect(all.startsWith(`${HIDE}\r`)).toBe(true);
    expect(all.split(HIDE)).toHaveLength(2);
    expect(all).not.toContain('\n');
    expect(chunks.every((chunk) => chunk.endsWith(ERASE))).toBe(true);
  });

  it.each([40, 80, 200, 20])('fits a terminal %i columns wide without wrapping', (columns) => {
    const c = clock();
    const { stream, chunks } = terminal(columns);
    const p = start(stream, { total: 100_000, enabled: true, now: c.now, unit: 'files' });
    run(p, c, 25, 5000);
    const line = screen(chunks);
    expect(line.length).toBeLessThan(columns);
    expect(line).toContain('1,250/100,000');
    // The bar is the first thing to go when the terminal is narrow.
    expect(line.includes('[')).toBe(columns >= 80);
    if (columns >= 40) expect(line).toContain('ETA');
  });

  it('shows the bare count on a very narrow terminal rather than a number cut in half', () => {
    const c = clock();
    const { stream, chunks } = terminal(8);
    const p = start(stream, { total: 100_000, enabled: true, now: c.now });
    run(p, c, 25, 5000);
    expect(screen(chunks)).toBe('1,250');
  });

  it('uses 80 columns when the stream does not say', () => {
    const unsaid = terminal();
    const eighty = terminal(80);
    start(unsaid.stream, { total: 5000, enabled: true }).tick();
    start(eighty.stream, { total: 5000, enabled: true }).tick();
    expect(unsaid.chunks).toEqual(eighty.chunks);
  });

  it('keeps the bar the same length as the rate and time left change width', () => {
    const c = clock();
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: 100_000, enabled: true, now: c.now });
    const bars = new Set<number>();
    for (const step of [1, 10, 100, 1000]) {
      run(p, c, step, c.t + 6000);
      bars.add(/\[[█░]+\]/.exec(screen(chunks))?.[0].length ?? 0);
    }
    expect([...bars]).toHaveLength(1);
    expect([...bars][0]).toBeGreaterThan(10);
  });

  it('shows the rate and time left from a known clock', () => {
    const c = clock();
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: 5000, enabled: true, now: c.now, unit: 'files' });
    c.t = 10;
    p.tick();
    // Too early to know the pace: no rate, and no guess at the time left.
    expect(screen(chunks)).toMatch(/ {3}1\/5,000 files {2}\[░+\] {4}0% {2}ETA --:--$/);
    run(p, c, 25, 5000);
    // 1,251 in 5 s is 250/s over the window; 3,749 left at that pace is 15 s.
    expect(screen(chunks)).toMatch(/^ {2}1,251\/5,000 files {2}\[█+░+\] {3}25% {2}250\/s {2}ETA 0:15$/);
  });

  it('follows a change of pace instead of averaging the whole run', () => {
    const c = clock();
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: 100_000, enabled: true, now: c.now });
    run(p, c, 10, 10_000); // 100/s
    run(p, c, 50, 15_000); // then 500/s
    expect(screen(chunks)).toContain('  500/s  ');
  });

  it('gives the time left as h:mm:ss past an hour, and small rates with a decimal', () => {
    const c = clock();
    const { stream, chunks } = terminal(100);
    const p = start(stream, { total: 1_000_000, enabled: true, now: c.now });
    run(p, c, 10, 5000); // 100/s; 999,500 left is 9,995 s
    expect(screen(chunks)).toMatch(/100\/s {2}ETA 2:46:35$/);
    const slow = terminal(100);
    const q = start(slow.stream, { total: 100, enabled: true, now: c.now });
    run(q, c, 1, c.t + 10_000, 2000); // 0.5/s; 95 left is 190 s
    expect(screen(slow.chunks)).toMatch(/0\.5\/s {2}ETA 3:10$/);
  });
});

describe('the counter, when the total is not known', () => {
  it('shows the count and the rate', () => {
    const c = clock();
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: null, enabled: true, now: c.now, unit: 'records' });
    p.tick(3);
    expect(screen(chunks)).toBe('  3 records');
    run(p, c, 25, 5000);
    expect(screen(chunks)).toBe('  1,253 records  250/s');
  });

  it('drops the rate before it would wrap', () => {
    const c = clock();
    const { stream, chunks } = terminal(16);
    const p = start(stream, { total: null, enabled: true, now: c.now, unit: 'records' });
    run(p, c, 25, 5000);
    expect(screen(chunks)).toBe('  1,250 records');
  });
});

describe('message()', () => {
  it('clears the bar, writes the line, then draws the bar again', () => {
    const c = clock();
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: 10, enabled: true, now: c.now, unit: 'files' });
    p.tick();
    const bar = screen(chunks);
    chunks.length = 0;
    p.message('feedscrub: a.txt: no such file or directory');
    const out = chunks.join('');
    expect(out.startsWith(`\r${ERASE}feedscrub: a.txt: no such file or directory\n\r`)).toBe(true);
    expect(out.endsWith(ERASE)).toBe(true);
    expect(screen(chunks)).toBe(bar);
    expect(out).not.toContain(HIDE);
  });

  it('writes only the line when no bar is on screen, and adds no second newline', () => {
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: 10, enabled: true });
    p.message('before\n');
    expect(chunks).toEqual(['before\n']);
    p.tick();
    p.done();
    chunks.length = 0;
    p.message('after');
    expect(chunks).toEqual(['after\n']);
  });
});

describe('done()', () => {
  it('clears the bar and shows the cursor again, once', () => {
    const c = clock();
    const { stream, chunks } = terminal(80);
    const p = start(stream, { total: 10, enabled: true, now: c.now });
    p.tick();
    chunks.length = 0;
    p.done();
    expect(chunks).toEqual([`\r${ERASE}${SHOW}`]);
    p.done();
    p.tick();
    c.t = 1000;
    p.tick();
    expect(chunks).toHaveLength(1);
  });

  it('restores the cursor when the process exits without done(), and unhooks after done()', () => {
    const { stream, chunks } = terminal(80);
    const before = process.listeners('exit');
    const p = start(stream, { total: 10, enabled: true });
    const added = process.listeners('exit').filter((l) => !before.includes(l));
    expect(added).toHaveLength(1);
    p.tick();
    (added[0] as () => void)();
    expect(chunks.join('').endsWith(SHOW)).toBe(true);
    expect(process.listeners('exit')).toEqual(before);
    const q = start(terminal(80).stream, { total: 10, enabled: true });
    q.done();
    expect(process.listeners('exit')).toEqual(before);
  });

  it.each([
    ['hands Ctrl-C back to the default action', false],
    ['leaves Ctrl-C to the program when it has its own handler', true],
  ])('restores the cursor on SIGINT and %s', (_, ownHandler) => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    const own = () => {};
    if (ownHandler) process.on('SIGINT', own);
    try {
      const before = process.listeners('SIGINT');
      const { stream, chunks } = terminal(80);
      const p = start(stream, { total: 10, enabled: true });
      const [onSignal] = process.listeners('SIGINT').filter((l) => !before.includes(l));
      p.tick();
      (onSignal as (signal: string) => void)('SIGINT');
      expect(chunks.join('').endsWith(SHOW)).toBe(true);
      expect(process.listeners('SIGINT')).toEqual(before);
      if (ownHandler) expect(kill).not.toHaveBeenCalled();
      else expect(kill).toHaveBeenCalledWith(process.pid, 'SIGINT');
    } finally {
      process.off('SIGINT', own);
    }
  });
});

describe('summaryLine', () => {
  const zero: RunTotals = { inputs: 0, articles: 0, failures: 0, duplicates: 0, removedLines: 0, rulesFired: 0, ms: 0 };

  it('says everything, with thousands separators', () => {
    expect(summaryLine({ inputs: 4800, articles: 4812, failures: 12, duplicates: 37, removedLines: 9123, rulesFired: 31, ms: 12_300 })).toBe(
      'feedscrub: 4,812 articles from 4,800 inputs in 12.3 s (391/s); 9,123 lines removed by 31 rules; 37 duplicates dropped; 12 failed',
    );
  });

  it('uses the singular for one', () => {
    expect(summaryLine({ inputs: 1, articles: 1, failures: 1, duplicates: 1, removedLines: 1, rulesFired: 1, ms: 2000 })).toBe(
      'feedscrub: 1 article from 1 input in 2.0 s (0.5/s); 1 line removed by 1 rule; 1 duplicate dropped; 1 failed',
    );
  });

  it('leaves out the parts that are zero, but never the articles and inputs', () => {
    expect(summaryLine(zero)).toBe('feedscrub: 0 articles from 0 inputs in 0 ms');
    expect(summaryLine({ ...zero, inputs: 3, failures: 3, ms: 40 })).toBe('feedscrub: 0 articles from 3 inputs in 40 ms; 3 failed');
    expect(summaryLine({ ...zero, inputs: 2, articles: 2, removedLines: 5, rulesFired: 2, ms: 500 })).toBe(
      'feedscrub: 2 articles from 2 inputs in 500 ms (4.0/s); 5 lines removed by 2 rules',
    );
  });

  it('gives long runs in minutes and hours', () => {
    const line = (ms: number) => summaryLine({ ...zero, inputs: 1_234_567, articles: 1_234_567, ms });
    expect(line(59_960)).toBe('feedscrub: 1,234,567 articles from 1,234,567 inputs in 1 min 0 s (20,590/s)');
    expect(line(754_000)).toContain(' in 12 min 34 s (');
    expect(line(3 * 3_600_000 + 5 * 60_000)).toContain(' in 3 h 5 min (');
  });
});
