import type { Finding } from '../report.js';
import { escapeHtml } from '../../util/html.js';
import { compare, withoutControls } from './common.js';

export interface Bar {
  label: string;
  error: number;
  warning: number;
  /** A label that is not data (an unknown site, the remainder row): set in a different face. */
  other?: boolean;
  /** Shown on hover: a rule's description. */
  hint?: string;
}

/**
 * Escapes for HTML, and shows control characters (an ESC, a form feed) as U+FFFD instead of
 * nothing, so an editor sees that something is there. One code unit for one: columns still hold.
 */
export function e(text: string): string {
  return escapeHtml(withoutControls(text));
}

export function fmt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, word: string): string {
  return `${fmt(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Counts per key, largest first, ties by key so the order does not depend on the input's. */
export function tally(findings: readonly Finding[], key: (f: Finding) => string): Bar[] {
  const bars = new Map<string, Bar>();
  for (const f of findings) {
    const k = key(f);
    const bar = bars.get(k) ?? { label: k, error: 0, warning: 0 };
    bar[f.severity] += 1;
    bars.set(k, bar);
  }
  return [...bars.values()].sort((a, b) => total(b) - total(a) || compare(a.label, b.label));
}

function total(b: Bar): number {
  return b.error + b.warning;
}

/** Keeps a long tail (hundreds of sites) from burying the chart: the rest becomes one row. */
export function capBars(bars: Bar[], max: number, noun: string): Bar[] {
  if (bars.length <= max) return bars;
  const rest = bars.slice(max - 1);
  const other: Bar = { label: plural(rest.length, noun), error: 0, warning: 0, other: true };
  for (const b of rest) {
    other.error += b.error;
    other.warning += b.warning;
  }
  return [...bars.slice(0, max - 1), other];
}

function split(b: Bar): string {
  if (b.error && b.warning) return `${plural(b.error, 'error')}, ${plural(b.warning, 'warning')}`;
  return b.error ? (b.error === 1 ? 'error' : 'errors') : b.warning === 1 ? 'warning' : 'warnings';
}

/**
 * CSS bars rather than SVG: they wrap with the page, print, and their labels are ordinary text that
 * screen readers and find-in-page reach. Widths are percentages of the largest bar; colour is
 * doubled by a stripe for warnings and by the written split, so nothing is told by colour alone.
 */
export function barChart(id: string, title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map(total));
  const rows = bars.map((b) => {
    const n = total(b);
    const width = ((n / max) * 100).toFixed(2);
    const segs = (['error', 'warning'] as const)
      .filter((s) => b[s] > 0)
      .map((s) => `<span class="seg-${s}" style="flex-grow:${b[s]}"></span>`)
      .join('');
    const hint = b.hint === undefined ? '' : ` title="${e(b.hint)}"`;
    const label = `<span class="label${b.other ? ' other' : ''}"${hint}>${e(b.label)}</span>`;
    const bar = `<span class="track" aria-hidden="true"><span class="bar" style="width:${width}%">${segs}</span></span>`;
    return `<li>${label}${bar}<span class="count"><b>${fmt(n)}</b> <span class="muted">${split(b)}</span></span></li>`;
  });
  return `<figure class="chart" data-chart="${id}" aria-labelledby="chart-${id}">
<h2 id="chart-${id}">${e(title)}</h2>
<ul class="card">
${rows.join('\n')}
</ul>
</figure>`;
}

export function legend(): string {
  return `<p class="legend"><span><span class="swatch seg-error"></span>errors</span><span><span class="swatch seg-warning"></span>warnings (striped)</span></p>`;
}
