// The HTML path as whole processes: a folder of saved pages to a folder of Markdown files, one
// command each, start-up and module loading included, as a user runs it:
//   feedscrub:            feedscrub <folder> --from html --to md -o <out>/ --jobs 1 --no-config -q
//   Readability+turndown: this file as a command (node html-folder.js <folder> <out>), the same
//                         calls as peers.js, one page after the other, each written to <out>/
// Wall time, and CPU time (user + system) from GNU time when it is there: on a busy machine the
// CPU ratio is the steadier one. The tools take turns within each run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './measure.js';

const here = fileURLToPath(import.meta.url);
const useTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

/** Times each command over `dir` `runs` times; returns per command the median wall and CPU ms. */
export function htmlFolder({ root, tmp, dir, runs, env, base }) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const commands = [
    { id: 'feedscrub', label: 'feedscrub <folder> --to md -o', args: (out) => [path.join(root, 'bin/feedscrub.cjs'), dir, '--from', 'html', '--to', 'md', '-o', `${out}/`, '--jobs', '1', '--no-config', '-q'] },
    { id: 'readability', label: 'Readability + turndown, a script', args: (out) => [here, dir, out] },
    ...(base ? [{ id: 'base', label: `the base build (${base})`, args: (out) => [path.resolve(base, 'bin/feedscrub.cjs'), dir, '--from', 'html', '--to', 'md', '-o', `${out}/`, '--jobs', '1', '--no-config', '-q'] }] : []),
  ];
  const run = (c, i) => {
    const out = path.join(tmp, `html-folder-${c.id}-${i}`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    const args = c.args(out);
    const [cmd, argv] = useTime ? ['/usr/bin/time', ['-f', 'BENCH_CPU=%U %S', process.execPath, ...args]] : [process.execPath, args];
    const start = process.hrtime.bigint();
    const child = spawnSync(cmd, argv, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = /BENCH_CPU=([\d.]+) ([\d.]+)/.exec(child.stderr.toString());
    const written = readdirSync(out).length;
    rmSync(out, { recursive: true, force: true });
    return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, status: child.status, written };
  };
  for (const c of commands) run(c, 'warm'); // the file cache and feedscrub's code cache
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => times[k].push(run(c, i)));
  const tools = commands.map((c, k) => ({
    id: c.id,
    label: c.label,
    ms: median(times[k].map((t) => t.ms)),
    cpuMs: median(times[k].map((t) => t.cpuMs)),
    written: times[k].at(-1)?.written ?? 0,
    failed: times[k].filter((t) => t.status !== 0).length,
  }));
  const [ours, readability] = tools;
  return { pages: files.length, runs, cpuFrom: useTime ? 'GNU time' : null, tools, vsReadability: readability.ms / ours.ms, vsReadabilityCpu: readability.cpuMs / ours.cpuMs };
}

// The Readability+turndown command.
if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const [dir, out] = process.argv.slice(2);
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const { default: TurndownService } = await import('turndown');
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
    const { document } = parseHTML(readFileSync(path.join(dir, f), 'utf8'));
    const article = new Readability(document).parse();
    const md = article?.content ? turndown.turndown(article.content) : '';
    writeFileSync(path.join(out, f.replace(/\.html$/, '.md')), `# ${article?.title ?? ''}\n\n${md}\n`);
  }
}
