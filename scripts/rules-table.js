import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The README's rules table, as Markdown. */
export async function rulesTable() {
  const { rules } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.zone} | ${r.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | looks in | removes |', '|---|---|---|', ...rows, ''].join('\n');
}
