// One contestant of the HTML path in a process of its own (html.js starts it): it loads only its
// own modules, converts every page once to warm up (the outputs of that pass are what html.js
// scores), then times `passes` more passes over the same pages and prints one JSON line:
// { label, passes: [{ wall, cpu }], outputs? }. CPU time is this process's (user + system, all
// threads, garbage collection included), which time spent waiting for a busy core does not inflate.
//   node html-child.js <root> <base or ""> <contestant id> <pages list JSON file> <passes> <outputs 0|1>
import { readFileSync } from 'node:fs';
import { time } from './measure.js';
import { loadPeer } from './peers.js';

const [root, base, id, list, passes, wantOutputs] = process.argv.slice(2);
const pages = JSON.parse(readFileSync(list, 'utf8')).map((file) => readFileSync(file, 'utf8'));
const peer = await loadPeer(id, root, base || null);
const outputs = [];
for (const page of pages) outputs.push(await peer.run(page));
const timed = [];
for (let i = 0; i < Number(passes); i++) {
  timed.push(
    await time(async () => {
      for (const page of pages) await peer.run(page);
    }),
  );
}
process.stdout.write(`${JSON.stringify({ label: peer.label, passes: timed, ...(wantOutputs === '1' ? { outputs } : {}) })}\n`);
