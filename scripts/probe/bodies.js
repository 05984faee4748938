// Prose that must survive: the saved-page corpus's true article bodies, given to the built library
// as a text dump and as a bare article page. Anything the cleaner removes from them is real text
// taken for furniture (or a credit line the benchmark counts as body), so the list is short, and
// every entry is worth a look. The corpus stays where it is; only its path is given.
//   node scripts/probe/bodies.js <pages corpus folder>   (../shared/corpus/pages)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/probe/bodies.js <pages corpus folder>');
  process.exit(2);
}
const { scrub } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
const cases = path.join(folder, 'cases');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const shapes = {
  text: (title, paragraphs) => ({ data: `${[title, ...paragraphs].join('\n\n')}\n`, options: { path: 'body.txt' } }),
  page: (title, paragraphs, lang) => ({
    data: `<!doctype html><html lang="${lang}"><head><title>${esc(title)}</title></head><body><article><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`,
    options: { from: 'html' },
  }),
};
let paragraphs = 0;
const removed = { text: 0, page: 0 };
for (const name of readdirSync(cases).sort()) {
  const expected = JSON.parse(readFileSync(path.join(cases, name, 'expected.json'), 'utf8'));
  if (!expected.body) continue;
  const title = expected.title ?? '';
  const body = expected.body.split('\n').filter((p) => p.trim());
  paragraphs += body.length;
  for (const [shape, make] of Object.entries(shapes)) {
    const { data, options } = make(title, body, expected.language ?? 'en');
    const [article] = scrub(Buffer.from(data), options);
    for (const r of article?.removed ?? []) {
      if (r.rule === 'title' || r.text.trim() === title.trim()) continue;
      removed[shape] += 1;
      console.log(`${shape.padEnd(4)}  ${name.slice(0, 32).padEnd(32)}  ${r.rule.padEnd(18)}  ${r.text.slice(0, 100)}`);
    }
  }
}
console.log(`\n${paragraphs} true paragraphs; removed as a text dump: ${removed.text}, as an article page: ${removed.page}`);
