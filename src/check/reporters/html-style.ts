/**
 * The HTML report's only stylesheet, inlined so the page needs nothing but itself. System fonts
 * only: a web font would be a request, and the CSP forbids it anyway.
 */
export const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f7f7f5; --fg: #1c1e21; --muted: #5c636d; --card: #fff; --line: #e1e3e6;
  --accent: #1f56c7; --err: #c0262d; --err-soft: #fbe9ea; --warn: #a35f00; --warn-soft: #fdf1dc;
  --warn-bar: #e39a1c; --ok: #1e7d3a; --code: #f3f4f6; --hit: #fff7d6; --mark: #ffd54a; --mark-fg: #1c1e21;
  --mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;
}
/* Screen only: paper stays light whatever the reader's screen scheme. */
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #131518; --fg: #e6e8eb; --muted: #9ba3ad; --card: #1b1e22; --line: #2e333a;
    --accent: #7ea6ff; --err: #ff7b7b; --err-soft: #3a1d20; --warn: #f0b54d; --warn-soft: #372b14;
    --warn-bar: #d8952a; --ok: #5fcf80; --code: #0f1114; --hit: #2c2816; --mark: #8a6a00; --mark-fg: #fff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  overflow-wrap: anywhere;
}
main { max-width: 68rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.6rem; letter-spacing: -0.01em; }
h2 { font-size: 1.15rem; margin: 2.25rem 0 .75rem; }
h3 { font-size: 1rem; font-weight: 600; }
a { color: var(--accent); }
code, .mono { font-family: var(--mono); font-size: .9em; }
.muted { color: var(--muted); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; }

header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1rem; }
header.top p { margin: 0; }
.verdict { margin: .35rem 0 0; font-size: 1.05rem; }
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr)); gap: .75rem; margin: 1.25rem 0 0; padding: 0; }
.totals div { padding: .7rem .9rem; }
.totals dt { color: var(--muted); font-size: .85rem; }
.totals dd { margin: 0; font-size: 1.7rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.totals .error dd { color: var(--err); }
.totals .warning dd { color: var(--warn); }
.totals .zero dd { color: var(--muted); }

.chart { margin: 0; min-width: 0; }
/* Rows share the list's columns (subgrid), so every bar measures against the same track width. */
.chart ul {
  list-style: none; margin: 0; padding: .6rem .9rem; display: grid; column-gap: .75rem;
  grid-template-columns: minmax(9rem, max-content) minmax(4rem, 1fr) max-content;
}
.chart li { display: grid; grid-column: 1 / -1; grid-template-columns: subgrid; align-items: center; padding: .2rem 0; }
.chart .label { font-family: var(--mono); font-size: .85rem; min-width: 0; max-width: 14rem; }
.chart .label.other { font-family: inherit; font-style: italic; color: var(--muted); }
.track { display: block; height: .9rem; }
.bar { display: flex; height: 100%; min-width: 3px; border-radius: 3px; overflow: hidden; }
.seg-error { background: var(--err); }
.seg-warning { background: repeating-linear-gradient(135deg, var(--warn-bar) 0 5px, var(--warn-soft) 5px 7px); }
.count { font-variant-numeric: tabular-nums; font-size: .85rem; white-space: nowrap; }
.count b { font-size: .95rem; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .85rem; color: var(--muted); margin: .5rem 0 0; }
.swatch { display: inline-block; width: .9rem; height: .7rem; border-radius: 2px; vertical-align: -1px; margin-right: .3rem; }

table { border-collapse: collapse; width: 100%; }
.top-files { padding: .3rem .9rem; }
/* Words in cells break only where they must: with 'anywhere', narrow columns broke 'warning' mid-word. */
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: baseline; overflow-wrap: normal; }
td.path { overflow-wrap: anywhere; }
td.wrap { overflow-wrap: break-word; }
.scroll { overflow-x: auto; }
tr:last-child td { border-bottom: 0; }
th { font-size: .8rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 1%; }
td.path { font-family: var(--mono); font-size: .85rem; }

.file { margin: 0 0 1.25rem; padding: .9rem 1rem 1rem; }
.file > header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .2rem 1rem;
  padding-bottom: .6rem; border-bottom: 1px solid var(--line); }
.file h3 { font-family: var(--mono); font-size: .95rem; }
.file h3 a { color: inherit; text-decoration: none; }
.file h3 a:hover { text-decoration: underline; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { padding: .75rem 0 .2rem; border-top: 1px solid var(--line); }
.findings > .finding:first-child { border-top: 0; }
.meta { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .6rem; font-size: .85rem; }
.sev { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-weight: 600; font-size: .78rem; }
.sev-error { color: var(--err); background: var(--err-soft); }
.sev-warning { color: var(--warn); background: var(--warn-soft); }
.rule { border-bottom: 1px dotted var(--muted); cursor: help; }
.pos { font-family: var(--mono); color: var(--muted); }
.tag { font-size: .75rem; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 .35rem; }
.msg { margin: .35rem 0 .5rem; white-space: pre-wrap; }

.ctx {
  list-style: none; margin: 0 0 .5rem; padding: .45rem 0; background: var(--code); border: 1px solid var(--line);
  border-radius: 6px; font: .82rem/1.5 var(--mono); tab-size: 4;
}
.ctx li { display: grid; grid-template-columns: var(--gutter, 3ch) minmax(0, 1fr); gap: 1.1ch; padding: 0 .8rem 0 .6rem; counter-increment: ln; }
.ctx li::before { content: counter(ln); text-align: right; color: var(--muted); user-select: none; }
.ctx .hit { background: var(--hit); box-shadow: inset 3px 0 0 var(--mark); }
.ctx .hit::before { color: var(--fg); font-weight: 700; }
.ctx span { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
mark { background: var(--mark); color: var(--mark-fg); border-radius: 2px; padding: 0 1px;
  text-decoration: underline wavy var(--err) 1px; text-underline-offset: 3px; }

.empty { text-align: center; padding: 2.5rem 1rem; margin-top: 1.5rem; }
.empty .big { font-size: 1.5rem; font-weight: 650; color: var(--ok); margin: 0 0 .3rem; }
.fatal li { margin: .2rem 0; }
.fatal { padding: .6rem 1rem .6rem 2.2rem; border-left: 4px solid var(--err); }
details { margin-top: 1.25rem; }
summary { cursor: pointer; font-weight: 600; }
details .card { margin-top: .6rem; padding: .3rem .9rem; }
ul.plain { list-style: none; padding: .5rem .9rem; }
footer { margin-top: 2.5rem; font-size: .85rem; color: var(--muted); }

@media (max-width: 36rem) {
  main { padding: 1rem .75rem 2rem; }
  .chart ul { grid-template-columns: minmax(0, 1fr) max-content; }
  .top-files .split { display: none; }
  .chart .track { grid-column: 1 / -1; grid-row: 2; margin-bottom: .2rem; }
}
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  body { background: #fff; }
  .file, .finding, .chart, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  .bar, .sev, mark, .ctx .hit, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
