import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The README's rules table, as Markdown: line rules, then DOM rules (as `--list-rules` has them). */
export async function rulesTable() {
  const { rules, domRules } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  // Descriptions name tags ("<iframe>", "<p>&nbsp;</p>"): escaped, or Markdown would render them as HTML.
  const cell = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|');
  const row = (id, where, description) => `| \`${id}\` | ${where} | ${cell(description)} |`;
  const rows = [...rules.map((r) => row(r.id, r.zone, r.description)), ...domRules.map((r) => row(r.id, 'markup', r.description))];
  return ['| rule | looks in | removes |', '|---|---|---|', ...rows, ''].join('\n');
}
