// The HTML path: feedscrub against Readability + turndown and against defuddle, on the same whole
// pages, in process; speed as articles/s (median of the runs, the tools taking turns within each
// run), and accuracy on the pages' known boilerplate and body, from the first (warm-up) pass.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { mdLines, score, summarise, fold } from './accuracy.js';
import { median, time } from './measure.js';
import { loadPeers } from './peers.js';

export async function htmlPath({ root, pages, runs, base = null }) {
  const peers = await loadPeers(root, base);
  const outputs = new Map();
  // Warm-up pass: loads each tool's lazy modules and lets V8 optimise; its outputs are scored.
  for (const peer of peers) {
    const scores = [];
    for (const page of pages) {
      const md = await peer.run(page.data);
      scores.push({ page: page.name, ...score(page.truth, md, mdLines(md)) });
    }
    outputs.set(peer.id, scores);
  }
  const times = new Map(peers.map((p) => [p.id, []]));
  for (let i = 0; i < runs; i++) {
    for (const peer of peers) {
      times.get(peer.id).push(
        await time(async () => {
          for (const page of pages) await peer.run(page.data);
        }),
      );
    }
  }
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.data), 0);
  const tools = peers.map((p) => {
    const t = median(times.get(p.id).map((x) => x.wall));
    const cpu = median(times.get(p.id).map((x) => x.cpu));
    const acc = summarise(outputs.get(p.id));
    return { id: p.id, label: p.label, ms: t, cpuMs: cpu, articlesPerSec: (pages.length / t) * 1000, articlesPerCpuSec: (pages.length / cpu) * 1000, mbPerSec: (bytes / 1e6 / t) * 1000, ...acc, examples: examples(outputs.get(p.id)) };
  });
  // What feedscrub leaves that a peer takes out, page by page: the list to work from.
  const ours = outputs.get('feedscrub');
  const onlyUs = Object.fromEntries(
    peers
      .filter((p) => p.id !== 'feedscrub' && p.id !== 'base')
      .map((p) => {
        const theirs = outputs.get(p.id);
        const found = ours.flatMap((s, i) => s.left.filter((b) => !theirs[i].left.includes(b)).map((b) => ({ page: s.page, family: b.family, needle: b.needle })));
        return [p.id, { count: found.length, examples: found.slice(0, 8) }];
      }),
  );
  return { pages: pages.length, bytes, runs, tools, leftByFeedscrubOnly: onlyUs };
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
