// The HTML path: feedscrub against Readability + turndown and against defuddle, on the same whole
// pages; speed as articles/s (median of the runs, the tools taking turns within each run), and
// accuracy on the pages' known boilerplate and body, from each tool's first (warm-up) pass.
// Each tool is timed in a child process of its own (html-child.js), started afresh for every run:
// in one shared process, linkedom's, Readability's and defuddle's heaps and JIT state slowed
// feedscrub by a third (0.42x Readability by CPU time shared, 0.6x alone, on the same pages).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';
import { mdLines, score, summarise, fold } from './accuracy.js';
import { median } from './measure.js';
import { peerIds } from './peers.js';

const child = fileURLToPath(new URL('./html-child.js', import.meta.url));
// Timed passes per child process, after its warm-up pass.
const PASSES = 2;

function runChild({ root, base, id, list, outputs }) {
  const r = spawnSync(process.execPath, [child, root, base ?? '', id, list, String(PASSES), outputs ? '1' : '0'], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${id}: the timing process failed: ${r.stderr}`);
  return JSON.parse(r.stdout.toString());
}

export async function htmlPath({ root, dir, tmp, pages, runs, base = null }) {
  const list = path.join(tmp, 'html-pages.json');
  writeFileSync(list, JSON.stringify(pages.map((p) => path.join(dir, p.name))));
  const ids = peerIds(base);
  const labels = new Map();
  const outputs = new Map();
  const times = new Map(ids.map((id) => [id, []]));
  for (let i = 0; i < runs; i++) {
    for (const id of ids) {
      const r = runChild({ root, base, id, list, outputs: i === 0 });
      labels.set(id, r.label);
      times.get(id).push(...r.passes);
      if (r.outputs) outputs.set(id, r.outputs.map((md, k) => ({ page: pages[k].name, ...score(pages[k].truth, md, mdLines(md)) })));
    }
  }
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.data), 0);
  const tools = ids.map((id) => {
    const t = median(times.get(id).map((x) => x.wall));
    const cpu = median(times.get(id).map((x) => x.cpu));
    const acc = summarise(outputs.get(id));
    return { id, label: labels.get(id), ms: t, cpuMs: cpu, articlesPerSec: (pages.length / t) * 1000, articlesPerCpuSec: (pages.length / cpu) * 1000, mbPerSec: (bytes / 1e6 / t) * 1000, ...acc, examples: examples(outputs.get(id)) };
  });
  // What feedscrub leaves that a peer takes out, page by page: the list to work from.
  const ours = outputs.get('feedscrub');
  const onlyUs = Object.fromEntries(
    ids
      .filter((id) => id !== 'feedscrub' && id !== 'base')
      .map((id) => {
        const theirs = outputs.get(id);
        const found = ours.flatMap((s, i) => s.left.filter((b) => !theirs[i].left.includes(b)).map((b) => ({ page: s.page, family: b.family, needle: b.needle })));
        return [id, { count: found.length, examples: found.slice(0, 8) }];
      }),
  );
  return { pages: pages.length, bytes, runs, passesPerRun: PASSES, tools, leftByFeedscrubOnly: onlyUs };
}

/** Up to three pages per boilerplate family that the tool left in. */
function examples(scores) {
  const out = {};
  for (const s of scores) {
    for (const b of s.left) {
      const list = (out[b.family] ??= []);
      if (list.length < 3 && !list.some((e) => e.page === s.page)) list.push({ page: s.page, needle: b.needle });
    }
  }
  return out;
}

/** feedscrub's accuracy on the other input kinds: text dumps, feeds and NDJSON (not timed). */
export async function otherInputs({ root, corpus }) {
  const { scrub } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const textLines = (a) => a.text.split('\n').map(fold).filter(Boolean);
  const byKind = {};
  const add = (kind, truth, article, name) => {
    const s = article ? score(truth, article.text, textLines(article)) : { boilerplate: truth.boilerplate.length, left: truth.boilerplate, body: truth.body.length, kept: 0 };
    (byKind[kind] ??= []).push({ page: name, ...s });
  };
  for (const t of corpus.texts) add('text', t.truth, scrub(Buffer.from(t.data))[0], t.name);
  const entries = corpus.manifest.entries;
  for (const f of corpus.feeds) {
    const articles = scrub(f.data, { path: f.name });
    for (const e of entries.filter((x) => x.file === f.name)) add('feed', e, articles[e.index], `${f.name}#${e.index + 1}`);
  }
  const records = scrub(corpus.ndjson, { path: 'export.ndjson' });
  for (const e of entries.filter((x) => x.format === 'ndjson')) add('ndjson', e, records[e.index], `export.ndjson:${e.index + 1}`);
  return Object.fromEntries(Object.entries(byKind).map(([k, scores]) => [k, { ...summarise(scores), examples: examples(scores) }]));
}
