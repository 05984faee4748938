// The feed figures of docs/feeds.md: every feed a folder's manifest.json lists (the layout of
// a feedparser-style test suite or of a set of whole real feeds), read by the built library in
// this process (a process per feed would take minutes), and summed up as a Markdown table.
//
//   node scripts/feeds-report.js <folder> [--lib dist/index.js] [--json out.json] [--rows]
//
// <folder> holds manifest.json ({"files": [{"path"|"file", "entries"|"items", "bozo"|"well_formed"}]})
// or is a parent of such folders. --lib takes another build (another checkout's dist/index.js) to
// measure the "before" of a change. --rows adds a row per feed whose count differs.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

function parseArgs(argv) {
  const o = { lib: 'dist/index.js', rows: false };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lib') o.lib = argv[++i];
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--rows') o.rows = true;
    else rest.push(a);
  }
  if (rest.length !== 1 || !o.lib) {
    process.stderr.write('usage: node scripts/feeds-report.js <folder> [--lib dist/index.js] [--json out.json] [--rows]\n');
    process.exit(2);
  }
  o.folder = rest[0];
  return o;
}

// Text decoded with the wrong charset (UTF-8 read as Latin-1 / CP1252), or U+FFFD.
const MOJIBAKE = /\uFFFD|Ã[\u0080-\u00BF©¨§¢£ ]|Ð[\u0080-\u00BF]|Ñ[\u0080-\u00BF]|â€[™œ\u009D“”˜¦]/;
// An item or entry, and whether one of its title or content elements holds any text: what a
// reader must turn into an article. Read from the raw bytes, independently of the reader measured.
const ITEM = /<((?:\w+:)?(?:item|entry))[\s>][\s\S]*?<\/\1>/g;
const TEXT_FIELD = /<((?:\w+:)?(?:title|description|encoded|content|summary))\b[^>]*>([\s\S]*?)<\/\1>/g;
// A field holds text when a letter or digit is left once markup, escaped markup and CDATA are gone.
const hasWords = (field) =>
  /[\p{L}\p{N}]/u.test(field.replace(/<!\[CDATA\[|\]\]>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/<[^>]*>/g, ' ').replace(/&#?\w+;/g, ' '));

function suites(folder) {
  if (fs.existsSync(path.join(folder, 'manifest.json'))) return [folder];
  return fs.readdirSync(folder).map((d) => path.join(folder, d)).filter((d) => fs.existsSync(path.join(d, 'manifest.json'))).sort();
}

function itemsWithText(bytes, abs) {
  if (abs.endsWith('.json')) {
    try {
      const items = JSON.parse(Buffer.from(bytes).toString('utf8')).items ?? [];
      return items.filter((i) => [i.title, i.content_html, i.content_text, i.summary].some((v) => typeof v === 'string' && v.trim())).length;
    } catch {
      return 0;
    }
  }
  const latin = Buffer.from(bytes).toString('latin1').replace(/\0/g, '');
  // An entry's <source> describes the feed it came from, not the entry.
  return [...latin.matchAll(ITEM)].map((m) => [m[0].replace(/<source[\s>][\s\S]*?<\/source>/g, '')]).filter((m) => [...m[0].matchAll(TEXT_FIELD)].some((f) => hasWords(f[2]))).length;
}

function measure(scrub, file, abs) {
  const bytes = fs.readFileSync(abs);
  const row = { file, items: file.items, empty: false, withText: itemsWithText(bytes, abs), got: 0, failed: false, crashed: false, mojibake: false, recovered: false, error: '' };
  try {
    const articles = scrub(bytes, { path: abs, from: 'feed' });
    row.got = articles.length;
    row.mojibake = articles.some((a) => MOJIBAKE.test([a.title, a.text, a.author].filter(Boolean).join('\n')));
    row.recovered = articles.some((a) => a.notes.some((n) => n.rule === 'feed' && /read as|was read|skipped|ignored|closed|cut short|left out/.test(n.message)));
  } catch (error) {
    const message = String(error?.message ?? error);
    // "none with text" is the reader's answer for a feed whose items have no text: no loss.
    row.empty = /none with text/.test(message);
    row.failed = !row.empty;
    row.crashed = !/could not be read/.test(message);
    row.error = message.replace(/\s+/g, ' ').slice(0, 140);
  }
  return row;
}

function summary(name, rows) {
  const sum = (f) => rows.reduce((s, r) => s + f(r), 0);
  const count = (f) => rows.filter(f).length;
  const textual = rows.filter((r) => r.withText > 0);
  return [
    ['feeds', rows.length],
    ['items in the manifest', sum((r) => r.items)],
    ['items with a title or content (read from the raw XML)', sum((r) => r.withText)],
    ['articles out', sum((r) => r.got)],
    ['feeds with items with text', textual.length],
    ['… of which yield at least as many articles', count((r) => r.withText > 0 && r.got >= r.withText)],
    ['… of which lose every item (an error, exit 1)', count((r) => r.withText > 0 && r.failed)],
    ['feeds failed (an error, no article)', count((r) => r.failed)],
    ['feeds reported as having no item with text', count((r) => r.empty)],
    ['feeds crashed (an exception, not an error message)', count((r) => r.crashed)],
    ['feeds read with a recovery noted', count((r) => r.recovered)],
    ['outputs with mojibake or U+FFFD', count((r) => r.mojibake)],
  ].map(([k, v]) => `| ${name} | ${k} | ${v} |`);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const { scrub } = await import(pathToFileURL(path.resolve(o.lib)).href);
  const lines = ['| set | figure | value |', '| --- | --- | --- |'];
  const all = [];
  const detail = [];
  for (const dir of suites(o.folder)) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const rows = manifest.files.map((f) => {
      const rel = f.file ?? f.path;
      return measure(scrub, { name: rel, items: f.items ?? f.entries ?? 0 }, path.join(dir, rel));
    });
    for (const r of rows) r.file = r.file.name;
    lines.push(...summary(path.basename(dir), rows));
    all.push(...rows.map((r) => ({ set: path.basename(dir), ...r })));
    if (o.rows) {
      for (const r of rows.filter((x) => x.failed || x.got < x.withText || x.mojibake)) {
        detail.push(`| ${path.basename(dir)}/${r.file} | ${r.withText} | ${r.got} | ${r.failed ? r.error.replace(/\|/g, '\\|') : r.mojibake ? 'mojibake' : ''} |`);
      }
    }
  }
  let out = `${lines.join('\n')}\n`;
  if (detail.length > 0) out += `\n| feed | items with text | articles | error |\n| --- | --- | --- | --- |\n${detail.join('\n')}\n`;
  process.stdout.write(out);
  if (o.json) fs.writeFileSync(o.json, `${JSON.stringify(all, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`feeds-report: ${error.stack ?? error}\n`);
  process.exit(1);
});
