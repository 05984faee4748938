// Bylines and date lines as sites write them, each put at the head and at the tail of real article
// bodies (the saved-page corpus's true bodies, read by path): which shapes the cleaner reads, and
// whether the body around them survives. The shapes are ours; a new one is a new row.
//   node scripts/probe/metadata.js <pages corpus folder> [bodies, default 6]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [folder, count = '6'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/probe/metadata.js <pages corpus folder> [bodies]');
  process.exit(2);
}
const { scrub } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
const cases = path.join(folder, 'cases');
const bodies = readdirSync(cases)
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(cases, name, 'expected.json'), 'utf8')))
  .filter((e) => e.language === 'en' && e.body)
  .slice(0, Number(count));

const AUTHOR = 'Jane Doe';
const bylines = [
  ['By Jane Doe', AUTHOR], ['BY JANE DOE', 'JANE DOE'], ['Written by Jane Doe', AUTHOR], ['Author: Jane Doe', AUTHOR],
  ['Posted by Jane Doe', AUTHOR], ['By Jane Doe and John Roe', 'Jane Doe, John Roe'], ['By Jane Doe | Reuters', AUTHOR],
  ['By Jane Doe, PhD', AUTHOR], ['By Jane Doe for the Gazette', AUTHOR], ['Story by Jane Doe', AUTHOR], ['Reporting by Jane Doe', AUTHOR],
  ['Von Jana Roth', 'Jana Roth'], ['Por Ana Ruiz', 'Ana Ruiz'], ['Par Marie Dupont', 'Marie Dupont'], ['Di Marco Rossi', 'Marco Rossi'],
  ['Door Jan de Vries', 'Jan de Vries'], ['Autor: Jan Kowalski', 'Jan Kowalski'], ['Av Anna Svensson', 'Anna Svensson'],
  ['Автор: Иван Петров', 'Иван Петров'], ['Yazar: Ahmet Yılmaz', 'Ahmet Yılmaz'], ['Oleh Budi Santoso', 'Budi Santoso'],
  ['Words by Jane Doe', AUTHOR], ['By Jane Doe, Associated Press', AUTHOR], ['Jane Doe / Reuters', AUTHOR], ['By Jane Doe @janedoe', AUTHOR],
  ['Geschrieben von Jana Roth', 'Jana Roth'], ['Text: Jana Roth', 'Jana Roth'], ['Écrit par Marie Dupont', 'Marie Dupont'],
  ['Publié par Marie Dupont', 'Marie Dupont'], ['Escrito por Ana Ruiz', 'Ana Ruiz'], ['Publicado por Ana Ruiz', 'Ana Ruiz'],
  ['Scritto da Marco Rossi', 'Marco Rossi'], ['Geplaatst door Jan de Vries', 'Jan de Vries'], ['Skrivet av Anna Svensson', 'Anna Svensson'],
  ['Af Mette Hansen', 'Mette Hansen'], ['Skrevet av Kari Nordmann', 'Kari Nordmann'], ['Kirjoittaja: Matti Virtanen', 'Matti Virtanen'],
];
const DAY = '2024-03-05';
const dates = [
  'Published: March 5, 2024', 'March 5, 2024', '5 March 2024', '2024-03-05', 'Mar 5, 2024 at 10:30 am', 'Posted on March 5, 2024',
  'Updated March 5, 2024 10:30 AM ET', 'Tue 5 Mar 2024 10.30 GMT', 'Published 10:30 AM EST Mar 5, 2024', '05.03.2024', '5. März 2024',
  '5 de marzo de 2024', 'Publié le 5 mars 2024 à 10h30', '5 марта 2024', '2024年3月5日', 'Tuesday, March 5, 2024', 'March 5th, 2024',
  'Mar. 5, 2024', '5-Mar-2024', '2024. 3. 5.', '5. března 2024', 'Pubblicato il 5 marzo 2024', 'Opublikowano: 5 marca 2024',
  '2024-03-05T10:30:00Z', 'Tue, 05 Mar 2024 10:30:00 +0000', 'March 5, 2024 10:30 am', '5 Mart 2024', '5 maart 2024', '5 mars 2024',
  '5. maaliskuuta 2024', '5 de março de 2024', '2024/03/05', 'Mar 5 2024', '5 Mar 2024 10:30 GMT', 'Posted: Tue, Mar 5, 2024',
  'Veröffentlicht am 05.03.2024', 'Publicado el 5 de marzo de 2024', '5 березня 2024', '2024-03-05 10:30',
].map((d) => [d, DAY]);

function run(lines) {
  return scrub(Buffer.from(`${lines.join('\n\n')}\n`), { path: 'probe.txt' })[0];
}

for (const place of ['head', 'tail']) {
  for (const [label, shapes, read] of [
    ['bylines', bylines, (a) => a.author],
    ['dates', dates, (a) => a.published?.slice(0, 10) ?? null],
  ]) {
    const misses = [];
    for (const [line, want] of shapes) {
      let right = 0;
      let whole = 0;
      for (const e of bodies) {
        const paragraphs = e.body.split('\n').filter((p) => p.trim()).slice(0, 6);
        const article = run(place === 'head' ? [e.title, line, ...paragraphs] : [e.title, ...paragraphs, line]);
        if (read(article) === want) right += 1;
        if (paragraphs.every((p) => article.text.includes(p.slice(0, 30).trim()))) whole += 1;
      }
      if (right < bodies.length || whole < bodies.length) misses.push(`${line}: read on ${right}/${bodies.length}, body whole on ${whole}/${bodies.length}`);
    }
    console.log(`${label} at the ${place}: ${shapes.length - misses.length}/${shapes.length} read on every body`);
    for (const m of misses) console.log(`  ${m}`);
  }
}
