// The cases of a corpus folder (<case>/input.* + expected.json, the layout of the shared real-dump
// corpus), read the same way by the accuracy table and by the probes that score like it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function casesOf(folder) {
  const dir = existsSync(path.join(folder, 'cases')) ? path.join(folder, 'cases') : folder;
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const d = path.join(dir, name);
      if (!existsSync(path.join(d, 'expected.json'))) return [];
      const input = readdirSync(d).find((f) => f.startsWith('input.'));
      if (!input) return [];
      const want = JSON.parse(readFileSync(path.join(d, 'expected.json'), 'utf8'));
      const language = /Language: ([a-z]{2,3})\.?\s*$/.exec(want.notes ?? '')?.[1] ?? '?';
      return [{ name, file: path.join(d, input), kind: path.extname(input).slice(1), language, want }];
    });
}
