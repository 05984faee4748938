// Bylines, credit fields and date lines as sites, CMSs, feed tools and news APIs print them, put at
// the head and at the tail of real article bodies (the saved-page corpus's true bodies, read by
// path): which shapes the cleaner reads, whether the line itself leaves the body, and whether the
// body around it survives. The shapes are ours; a new one is a new row.
//   node scripts/probe/metadata.js <pages corpus folder> [English bodies, default 4] [options]
//     --dist <dir>   the build to probe (default this checkout's dist/)
//     --json <file>  write every shape's result, for comparing two builds
//     --only <word>  sections whose name holds the word
//     --html         the body as HTML paragraphs (a feed's content:encoded dump), credit fields as plain lines
//
// Sections, each run at its places:
//   bylines         a credit line alone: under the title (head), closing the body (tail, prefixed
//                   shapes only: a bare name closing a body is no credit)
//   fields          the dump's own credit fields closing it: an author line over a date line
//   dates           a date line alone under the title, closing the body, and under an author field
//   rows            a byline and date on one line or two under the title (theme meta rows, Medium,
//                   Substack, Blogger, Hugo/Jekyll themes)
//   decoys          a date that is not the publication's beside one that is (updates, datelines)
//   heads           lines under the title that name no writer: datelines, event headings, sections,
//                   headings and sentence openings that start like a byline ("By now", "Par ailleurs")
//   prose           sentences that open like a byline or mention a date: they stay, nothing is read
//
// Every date shape writes 18 January 2019 (a Friday), at 09:53 where it has a time, so that a
// numeric date reads one way only. Bodies: the first N English ones, and the first of each other
// language the corpus has.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string' }, json: { type: 'string' }, only: { type: 'string' }, html: { type: 'boolean', default: false } },
});
const [folder, count = '4'] = positionals;
if (!folder) {
  console.error('usage: node scripts/probe/metadata.js <pages corpus folder> [English bodies] [--dist dir] [--json file] [--only section]');
  process.exit(2);
}
const dist = path.resolve(opt.dist ?? path.join(root, 'dist'));
const { scrub } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const cases = path.join(folder, 'cases');
function run(paragraphs) {
  return scrub(Buffer.from(`${paragraphs.join('\n\n')}\n`), { path: opt.html ? 'probe.html' : 'probe.txt' })[0];
}
// --html: the dump of an HTML body (a feed's content:encoded): the title line, then the body's
// paragraphs and the lines put at its head as <p> elements, then the credit fields as plain lines.
const escapeHtml = (x) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const h = (x) => (opt.html ? `<p>${escapeHtml(x).replace(/\n/g, '<br>')}</p>` : x);
// The first six paragraphs, less the subheadings, list items and links the cut may end on: a story
// ends on a sentence, and a date under a heading may be an event's.
function paragraphsOf(e) {
  const ps = e.body.split('\n').filter((p) => p.trim()).slice(0, 6);
  while (ps.length > 2 && ps.at(-1).split(/\s+/).length < 15 && !/[.!?。:…"”»]$/.test(ps.at(-1).trim())) ps.pop();
  return ps;
}
const all = readdirSync(cases)
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(cases, name, 'expected.json'), 'utf8')))
  .filter((e) => e.body && e.title);
// A body whose headline the text reader turns down by itself (two sentences: "… Release. Why You
// Shouldn’t Worry.") would fail every head shape for that reason alone: it is left out, and named.
// A body is used when its title alone is read as one and its cut ends on prose (a race calendar's
// list of dates is no story a date line closes).
const titled = (e) => {
  const ps = paragraphsOf(e);
  return ps.length >= 2 && /[.!?。:…"”»]$/.test(ps.at(-1).trim()) && run([e.title, ...ps]).title !== null;
};
const english = all.filter((e) => e.language === 'en' && titled(e)).slice(0, Number(count));
const others = [];
for (const e of all) if (e.language !== 'en' && !others.some((o) => o.language === e.language) && titled(e)) others.push(e);
const bodies = [...english, ...others];
const lastEnglish = all.indexOf(english.at(-1));
const untitled = all.filter((e, i) => e.language === 'en' && i < lastEnglish && !english.includes(e));

// ---------------------------------------------------------------------------------------------
// The shapes. [family, line, author wanted, published wanted]; undefined = not checked.

const DAY = '2019-01-18';
const LOCAL = '2019-01-18T09:53:00';
const UTC = '2019-01-18T09:53:00+00:00';
const FIELD_DATE = 'Fri, 18 Jan 2019 09:53:00 +0000';

/** A byline: [family, line, author, published?, tail?] (tail false: a bare name, read at the head only). */
const bylines = [
  // English prefixes.
  ['en prefix', 'By Jane Doe', 'Jane Doe'],
  ['en prefix', 'BY JANE DOE', 'JANE DOE'],
  ['en prefix', 'by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Written by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Author: Jane Doe', 'Jane Doe'],
  ['en prefix', 'Posted by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Published by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Story by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Reporting by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Words by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Words: Jane Doe', 'Jane Doe'],
  ['en prefix', 'Text by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Byline: Jane Doe', 'Jane Doe'],
  ['en prefix', 'Contributed by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Guest post by Jane Doe', 'Jane Doe'],
  ['en prefix', 'A guest post by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Article by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Interview by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Review by Jane Doe', 'Jane Doe'],
  ['en prefix', 'Words and photos by Jane Doe', 'Jane Doe'],
  ['en prefix', 'By: Jane Doe', 'Jane Doe'],
  ['en prefix', '— By Jane Doe', 'Jane Doe'],
  ['en prefix', 'Authors: Jane Doe, John Roe', 'Jane Doe, John Roe'],
  // Several authors.
  ['several', 'By Jane Doe and John Roe', 'Jane Doe, John Roe'],
  ['several', 'By Jane Doe & John Roe', 'Jane Doe, John Roe'],
  ['several', 'By Jane Doe, John Roe and Ana Ruiz', 'Jane Doe, John Roe, Ana Ruiz'],
  ['several', 'By Jane Doe, John Roe, and Ana Ruiz', 'Jane Doe, John Roe, Ana Ruiz'],
  ['several', 'BY JANE DOE AND JOHN ROE', 'JANE DOE, JOHN ROE'],
  ['several', 'Von Jana Roth und Max Weber', 'Jana Roth, Max Weber'],
  ['several', 'Par Marie Dupont et Paul Martin', 'Marie Dupont, Paul Martin'],
  ['several', 'Por Ana Ruiz y Juan Pérez', 'Ana Ruiz, Juan Pérez'],
  ['several', 'Door Jan de Vries en Piet Jansen', 'Jan de Vries, Piet Jansen'],
  ['several', 'Av Anna Svensson och Erik Lind', 'Anna Svensson, Erik Lind'],
  ['several', 'Di Marco Rossi e Luca Bianchi', 'Marco Rossi, Luca Bianchi'],
  // Roles, agencies, outlets and sites around the name.
  ['decorated', 'By Jane Doe | Reuters', 'Jane Doe'],
  ['decorated', 'By Jane Doe, PhD', 'Jane Doe'],
  ['decorated', 'By Jane Doe for the Gazette', 'Jane Doe'],
  ['decorated', 'By Jane Doe, Associated Press', 'Jane Doe'],
  ['decorated', 'By JANE DOE, AP Science Writer', 'JANE DOE'],
  ['decorated', 'By Jane Doe, Staff Writer', 'Jane Doe'],
  ['decorated', 'By Jane Doe / Reuters', 'Jane Doe'],
  ['decorated', 'Jane Doe / Reuters', 'Jane Doe', undefined, false],
  ['decorated', 'By Jane Doe (Reuters)', 'Jane Doe'],
  ['decorated', 'By Jane Doe @janedoe', 'Jane Doe'],
  ['decorated', 'By Jane Doe (@janedoe)', 'Jane Doe'],
  ['decorated', 'By Jane Doe, CNN', 'Jane Doe'],
  ['decorated', 'By Jane Doe - Staff Writer', 'Jane Doe'],
  ['decorated', 'By Jane Doe, The Gazette', 'Jane Doe'],
  ['decorated', 'Jane Doe | Staff Writer', 'Jane Doe', undefined, false],
  ['decorated', 'Jane Doe, Staff Writer', 'Jane Doe', undefined, false],
  ['decorated', 'Jane Doe — Senior Editor', 'Jane Doe', undefined, false],
  ['decorated', 'Por Ana Ruiz | EFE', 'Ana Ruiz'],
  ['decorated', 'Par Marie Dupont (AFP)', 'Marie Dupont'],
  ['decorated', 'Von Jana Roth, dpa', 'Jana Roth'],
  ['decorated', 'Por Ana Ruiz, corresponsal en Bogotá', 'Ana Ruiz'],
  ['decorated', 'Por Ana Ruiz / El Diario', 'Ana Ruiz'],
  ['decorated', 'By Jane Doe, Contributor', 'Jane Doe'],
  ['decorated', 'By Jane Doe and John Roe, Associated Press', 'Jane Doe, John Roe'],
  // Names with particles and marks.
  ['particles', 'By Ana de la Cruz', 'Ana de la Cruz'],
  ['particles', 'By Pieter van der Merwe', 'Pieter van der Merwe'],
  ['particles', 'By Khalid bin Rashid', 'Khalid bin Rashid'],
  ['particles', 'By Ahmed al-Sayed', 'Ahmed al-Sayed'],
  ['particles', 'By Ahmed Al-Sayed', 'Ahmed Al-Sayed'],
  ['particles', "By Seán O'Brien", "Seán O'Brien"],
  ['particles', 'By Jean-Luc Picard', 'Jean-Luc Picard'],
  ['particles', 'By María José García-López', 'María José García-López'],
  ['particles', 'By J. R. Smith', 'J. R. Smith'],
  ['particles', 'By Martin Luther King Jr.', 'Martin Luther King Jr.'],
  ['particles', 'By Ludwig von Mises', 'Ludwig von Mises'],
  ['particles', 'By Nguyễn Văn An', 'Nguyễn Văn An'],
  ['particles', 'By Ayşe Yılmaz', 'Ayşe Yılmaz'],
  ['particles', 'By Mary McCarthy', 'Mary McCarthy'],
  ['particles', 'Por Luiz Inácio da Silva', 'Luiz Inácio da Silva'],
  ['particles', 'Von Anna-Lena von der Heide', 'Anna-Lena von der Heide'],
  ['particles', 'By Abu Bakr ibn Umar', 'Abu Bakr ibn Umar'],
  // Other languages' prefixes.
  ['prefix de', 'Von Jana Roth', 'Jana Roth'],
  ['prefix de', 'Geschrieben von Jana Roth', 'Jana Roth'],
  ['prefix de', 'Text: Jana Roth', 'Jana Roth'],
  ['prefix de', 'Autorin: Jana Roth', 'Jana Roth'],
  ['prefix de', 'Ein Beitrag von Jana Roth', 'Jana Roth'],
  ['prefix de', 'Verfasst von Jana Roth', 'Jana Roth'],
  ['prefix es', 'Por Ana Ruiz', 'Ana Ruiz'],
  ['prefix es', 'Por: Ana Ruiz', 'Ana Ruiz'],
  ['prefix es', 'Escrito por Ana Ruiz', 'Ana Ruiz'],
  ['prefix es', 'Publicado por Ana Ruiz', 'Ana Ruiz'],
  ['prefix es', 'Texto: Ana Ruiz', 'Ana Ruiz'],
  ['prefix es', 'Redacción: Ana Ruiz', 'Ana Ruiz'],
  ['prefix pt', 'Por Ana Souza', 'Ana Souza'],
  ['prefix pt', 'Texto: Ana Souza', 'Ana Souza'],
  ['prefix pt', 'Escrito por Ana Souza', 'Ana Souza'],
  ['prefix pt', 'Postado por Ana Souza', 'Ana Souza'],
  ['prefix fr', 'Par Marie Dupont', 'Marie Dupont'],
  ['prefix fr', 'Par : Marie Dupont', 'Marie Dupont'],
  ['prefix fr', 'Écrit par Marie Dupont', 'Marie Dupont'],
  ['prefix fr', 'Publié par Marie Dupont', 'Marie Dupont'],
  ['prefix fr', 'Auteur : Marie Dupont', 'Marie Dupont'],
  ['prefix fr', 'Propos recueillis par Marie Dupont', 'Marie Dupont'],
  ['prefix it', 'Di Marco Rossi', 'Marco Rossi'],
  ['prefix it', 'Scritto da Marco Rossi', 'Marco Rossi'],
  ['prefix it', 'di Marco Rossi', 'Marco Rossi'],
  ['prefix it', 'Autore: Marco Rossi', 'Marco Rossi'],
  ['prefix nl', 'Door Jan de Vries', 'Jan de Vries'],
  ['prefix nl', 'Geplaatst door Jan de Vries', 'Jan de Vries'],
  ['prefix nl', 'Tekst: Jan de Vries', 'Jan de Vries'],
  ['prefix pl', 'Autor: Jan Kowalski', 'Jan Kowalski'],
  ['prefix pl', 'Tekst: Jan Kowalski', 'Jan Kowalski'],
  ['prefix pl', 'Napisał Jan Kowalski', 'Jan Kowalski'],
  ['prefix sv', 'Av Anna Svensson', 'Anna Svensson'],
  ['prefix sv', 'Skrivet av Anna Svensson', 'Anna Svensson'],
  ['prefix sv', 'Text: Anna Svensson', 'Anna Svensson'],
  ['prefix da', 'Af Mette Hansen', 'Mette Hansen'],
  ['prefix no', 'Skrevet av Kari Nordmann', 'Kari Nordmann'],
  ['prefix fi', 'Kirjoittaja: Matti Virtanen', 'Matti Virtanen'],
  ['prefix fi', 'Teksti: Matti Virtanen', 'Matti Virtanen'],
  ['prefix cs', 'Autor: Jan Novák', 'Jan Novák'],
  ['prefix hu', 'Szerző: Nagy Péter', 'Nagy Péter'],
  ['prefix ro', 'Autor: Ion Popescu', 'Ion Popescu'],
  ['prefix ro', 'de Ion Popescu', 'Ion Popescu'],
  ['prefix tr', 'Yazar: Ahmet Yılmaz', 'Ahmet Yılmaz'],
  ['prefix tr', 'Haber: Ahmet Yılmaz', 'Ahmet Yılmaz'],
  ['prefix id', 'Oleh Budi Santoso', 'Budi Santoso'],
  ['prefix id', 'Oleh: Budi Santoso', 'Budi Santoso'],
  ['prefix id', 'Penulis: Budi Santoso', 'Budi Santoso'],
  ['prefix id', 'Reporter: Budi Santoso', 'Budi Santoso'],
  ['prefix vi', 'Tác giả: Nguyễn Văn An', 'Nguyễn Văn An'],
  ['prefix el', 'Του Γιώργου Παπαδόπουλου', 'Γιώργου Παπαδόπουλου'],
  ['prefix el', 'Της Μαρίας Παπαδοπούλου', 'Μαρίας Παπαδοπούλου'],
  // Scripts without a Latin name.
  ['script', 'Автор: Иван Петров', 'Иван Петров'],
  ['script', 'Текст: Мария Иванова', 'Мария Иванова'],
  ['script', 'Автор Иван Петров', 'Иван Петров'],
  ['script', 'By Иван Петров', 'Иван Петров'],
  ['script', '作者：王小明', '王小明'],
  ['script', '作者: 王小明', '王小明'],
  ['script', '文／王小明', '王小明'],
  ['script', '記者 王小明', '王小明'],
  ['script', '記者王小明／台北報導', '王小明'],
  ['script', '文：山田太郎', '山田太郎'],
  ['script', '著者：山田太郎', '山田太郎'],
  ['script', '홍길동 기자', '홍길동', undefined, false],
  ['script', '글: 홍길동', '홍길동'],
  ['script', 'بقلم: محمد أحمد', 'محمد أحمد'],
  ['script', 'بقلم محمد أحمد', 'محمد أحمد'],
  ['script', 'كتب: محمد أحمد', 'محمد أحمد'],
  ['script', 'लेखक: राहुल शर्मा', 'राहुल शर्मा'],
  ['script', 'By Γιώργος Παπαδόπουλος', 'Γιώργος Παπαδόπουλος'],
  ['script', 'Συντάκτης: Γιώργος Παπαδόπουλος', 'Γιώργος Παπαδόπουλος'],
  ['script', 'מאת: דנה כהן', 'דנה כהן'],
  // Titles, honorifics and a second credit on the line.
  ['more', 'By Dr. Jane Doe', 'Dr. Jane Doe'],
  ['more', 'By Jane Doe, M.D.', 'Jane Doe'],
  ['more', 'Written by: Jane Doe', 'Jane Doe'],
  ['more', 'Posted By: Jane Doe', 'Jane Doe'],
  ['more', 'By JANE DOE | The Associated Press', 'JANE DOE'],
  ['more', 'BY JANE DOE, ASSOCIATED PRESS', 'JANE DOE'],
  ['more', 'By Jane Doe, Special to The Gazette', 'Jane Doe'],
  ['more', 'By Jane Doe • Staff Writer', 'Jane Doe'],
  ['more', 'By Jane Doe, CNN Business', 'Jane Doe'],
  ['more', 'By Jane Doe and John Roe | Reuters', 'Jane Doe, John Roe'],
  ['more', 'By Jane Doe and John Roe, CNN', 'Jane Doe, John Roe'],
  ['more', 'By Jane Doe, Bloomberg', 'Jane Doe'],
  ['more', 'By Jane Doe in Washington', 'Jane Doe'],
  ['more', 'By Jane Doe | jane@example.com', 'Jane Doe'],
  ['more', 'Story by Jane Doe; photos by John Roe', 'Jane Doe'],
  ['more', 'Story by Jane Doe, photos by John Roe', 'Jane Doe'],
  ['more', 'Von Jana Roth, Berlin', 'Jana Roth'],
  ['more', 'Por Ana Ruiz, Madrid', 'Ana Ruiz'],
  ['more', 'Por: Ana Ruiz | EFE', 'Ana Ruiz'],
  ['more', 'Par Marie Dupont, envoyée spéciale à Kiev', 'Marie Dupont'],
  ['more', 'Di Marco Rossi, inviato a Kiev', 'Marco Rossi'],
  ['more', 'Text: Jana Roth / Fotos: Max Weber', 'Jana Roth'],
  ['more', 'Texto: Ana Ruiz | Fotos: Juan Pérez', 'Ana Ruiz'],
  ['more', 'Текст: Мария Иванова, фото: Иван Петров', 'Мария Иванова'],
  ['more', 'Автор: Иван Петров, корреспондент', 'Иван Петров'],
  ['more', '作者 | 王小明', '王小明'],
  ['more', '文 | 王小明', '王小明'],
  // Desks: a credit line, no author.
  ['desk', 'By Staff', null],
  ['desk', 'By The Associated Press', null],
  ['desk', 'By Reuters', null],
  ['desk', 'Redazione', null, undefined, false],
  ['desk', 'Di Redazione', null],
  ['desk', 'Por Redacción', null],
  ['desk', 'Von Redaktion', null],
  ['desk', 'By Gazette Staff', null],
  ['desk', 'By the Editorial Board', null],
  ['desk', 'Par La Rédaction', null],
];

/** The dump's own author field, over its date field. [family, line, author] */
const fields = [
  ['plain', 'Jane Doe', 'Jane Doe'],
  ['plain', 'JANE DOE', 'JANE DOE'],
  ['plain', 'jane doe', 'jane doe'],
  ['plain', 'jdoe', 'jdoe'],
  ['plain', 'jdoe_2019', 'jdoe_2019'],
  ['plain', '@janedoe', '@janedoe'],
  ['plain', 'J. Doe', 'J. Doe'],
  ['plain', 'Jane', 'Jane'],
  ['mail', 'jane@example.com (Jane Doe)', 'Jane Doe'],
  ['mail', 'Jane Doe <jane@example.com>', 'Jane Doe'],
  ['mail', 'Jane Doe (jane@example.com)', 'Jane Doe'],
  ['mail', 'noreply@blogger.com (Jane Doe)', 'Jane Doe'],
  ['mail', 'jane@example.com', null],
  ['several', 'Jane Doe, John Roe', 'Jane Doe, John Roe'],
  ['several', 'Jane Doe and John Roe', 'Jane Doe, John Roe'],
  ['several', 'Jane Doe & John Roe', 'Jane Doe, John Roe'],
  ['several', 'By Jane Doe and John Roe', 'Jane Doe, John Roe'],
  ['several', 'Jane Doe; John Roe', 'Jane Doe, John Roe'],
  ['several', 'Jane Doe, John Roe, Ana Ruiz, Marie Dupont', 'Jane Doe, John Roe, Ana Ruiz, Marie Dupont'],
  ['decorated', 'Jane Doe / Reuters', 'Jane Doe'],
  ['decorated', 'Jane Doe | Staff Writer', 'Jane Doe'],
  ['decorated', 'Jane Doe, Staff Writer', 'Jane Doe'],
  ['decorated', 'Jane Doe (Reuters)', 'Jane Doe'],
  ['decorated', 'Jane Doe, Reuters', 'Jane Doe'],
  ['decorated', 'JANE DOE Associated Press', 'JANE DOE'],
  ['decorated', 'Jane Doe for The Gazette', 'Jane Doe'],
  ['decorated', 'Jane Doe, PhD', 'Jane Doe'],
  ['decorated', 'Jane Doe - The Gazette', 'Jane Doe'],
  ['decorated', 'Jane Doe (@janedoe)', 'Jane Doe'],
  ['placeholder', 'noreply@blogger.com (Unknown)', null],
  ['placeholder', 'Unknown', null],
  ['placeholder', 'Anonymous', null],
  ['placeholder', '[email protected]', null],
  ['agency', 'Agencia EFE', null],
  ['agency', 'EFE', null],
  ['agency', 'Europa Press', null],
  ['agency', 'ANSA', null],
  ['agency', 'dpa', null],
  ['agency', 'Reuters Staff', null],
  ['agency', 'CNN Wire', null],
  ['agency', 'AFP News', null],
  ['agency', 'Kompas.com', null],
  ['agency', 'The Associated Press', null],
  ['decorated', 'Jane Doe (Staff Writer)', 'Jane Doe'],
  ['decorated', 'Ana Ruiz / EFE', 'Ana Ruiz'],
  ['decorated', 'Dr. Jane Doe', 'Dr. Jane Doe'],
  ['decorated', 'Jane Doe | The Gazette', 'Jane Doe'],
  ['decorated', 'JANE DOE / AP', 'JANE DOE'],
  ['decorated', 'Jane Doe, Correspondent', 'Jane Doe'],
  ['plain', 'jane.doe', 'jane.doe'],
  ['several', 'Jane Doe, John Roe and Ana Ruiz', 'Jane Doe, John Roe, Ana Ruiz'],
  ['desk', 'Redazione', null],
  ['desk', 'Redaktion', null],
  ['desk', 'Redacción', null],
  ['desk', 'La Rédaction', null],
  ['desk', 'Staff', null],
  ['desk', 'Reuters', null],
  ['desk', 'AFP', null],
  ['desk', 'Associated Press', null],
  ['desk', 'admin', null],
  ['desk', 'Editorial Staff', null],
  ['desk', 'The Gazette', null],
  ['desk', 'Редакция', null],
  ['desk', '编辑部', null],
  ['particles', 'Ana de la Cruz', 'Ana de la Cruz'],
  ['particles', 'Pieter van der Merwe', 'Pieter van der Merwe'],
  ['particles', 'Khalid bin Rashid', 'Khalid bin Rashid'],
  ['particles', 'Ahmed al-Sayed', 'Ahmed al-Sayed'],
  ['particles', "Seán O'Brien", "Seán O'Brien"],
  ['particles', 'María José García-López', 'María José García-López'],
  ['particles', 'Nguyễn Văn An', 'Nguyễn Văn An'],
  ['particles', 'Ayşe Yılmaz', 'Ayşe Yılmaz'],
  ['particles', 'Martin Luther King Jr.', 'Martin Luther King Jr.'],
  ['script', 'Иван Петров', 'Иван Петров'],
  ['script', 'ИВАН ПЕТРОВ', 'ИВАН ПЕТРОВ'],
  ['script', '王小明', '王小明'],
  ['script', '山田太郎', '山田太郎'],
  ['script', '山田 太郎', '山田 太郎'],
  ['script', '홍길동', '홍길동'],
  ['script', 'محمد أحمد', 'محمد أحمد'],
  ['script', 'Γιώργος Παπαδόπουλος', 'Γιώργος Παπαδόπουλος'],
  ['script', 'דנה כהן', 'דנה כהן'],
  ['script', 'राहुल शर्मा', 'राहुल शर्मा'],
  ['prefixed', 'Texto: Ana Ruiz', 'Ana Ruiz'],
  ['prefixed', 'Por Ana Ruiz', 'Ana Ruiz'],
  ['prefixed', 'Von Jana Roth', 'Jana Roth'],
  ['prefixed', 'Par Marie Dupont', 'Marie Dupont'],
  ['prefixed', 'Door Jan de Vries', 'Jan de Vries'],
  ['prefixed', 'Av Anna Svensson', 'Anna Svensson'],
  ['prefixed', 'Автор: Иван Петров', 'Иван Петров'],
  ['prefixed', '作者：王小明', '王小明'],
  ['prefixed', '記者 王小明', '王小明'],
  ['prefixed', 'Oleh Budi Santoso', 'Budi Santoso'],
  ['prefixed', 'By Jane Doe', 'Jane Doe'],
  ['prefixed', 'Author: Jane Doe', 'Jane Doe'],
];

/** A date line: [family, line, published]. */
const dates = [
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 +0000', UTC],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 GMT', UTC],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 UT', UTC],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 -0500', '2019-01-18T09:53:00-05:00'],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 EST', '2019-01-18T09:53:00-05:00'],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 +0530', '2019-01-18T09:53:00+05:30'],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00', LOCAL],
  ['rfc822', 'Fri, 18 Jan 2019 09:53 +0100', '2019-01-18T09:53:00+01:00'],
  ['rfc822', '18 Jan 2019 09:53:00 +0000', UTC],
  ['rfc822', 'Fri, 18 January 2019 09:53:00 +0000', UTC],
  ['rfc822', 'Fri, 18 Jan 19 09:53:00 +0000', UTC],
  ['rfc822', 'Fri,18 Jan 2019 09:53:00 +0000', UTC],
  ['rfc822', 'Friday, 18-Jan-19 09:53:00 UTC', UTC],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 Z', UTC],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 +00:00', UTC],
  ['js', 'Fri Jan 18 2019 09:53:00 GMT+0000 (Coordinated Universal Time)', UTC],
  ['js', 'Fri Jan 18 2019 09:53:00 GMT+0100 (Central European Standard Time)', '2019-01-18T09:53:00+01:00'],
  ['js', 'Fri Jan 18 09:53:00 UTC 2019', UTC],
  ['js', 'Fri Jan 18 09:53:00 CET 2019', '2019-01-18T09:53:00+01:00'],
  ['js', 'Fri Jan 18 09:53:00 2019', LOCAL],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 +0000 (UTC)', UTC],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 PST', '2019-01-18T09:53:00-08:00'],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 CET', '2019-01-18T09:53:00+01:00'],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 MSK', '2019-01-18T09:53:00+03:00'],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 JST', '2019-01-18T09:53:00+09:00'],
  ['rfc822', 'Fri, 18 Jan 2019 09:53:00 AEDT', '2019-01-18T09:53:00+11:00'],
  ['iso', '2019-01-18T09:53:00Z', UTC],
  ['iso', '2019-01-18T09:53:00.000Z', UTC],
  ['iso', '2019-01-18T09:53:00+01:00', '2019-01-18T09:53:00+01:00'],
  ['iso', '2019-01-18T09:53:00+0100', '2019-01-18T09:53:00+01:00'],
  ['iso', '2019-01-18T09:53:00', LOCAL],
  ['iso', '2019-01-18T09:53:00.123456-05:00', '2019-01-18T09:53:00-05:00'],
  ['iso', '2019-01-18T09:53Z', UTC],
  ['iso', '2019-01-18T09:53', LOCAL],
  ['iso', '2019-01-18 09:53:00 -0400', '2019-01-18T09:53:00-04:00'],
  ['iso', '2019-01-18 09:53:00 +08:00', '2019-01-18T09:53:00+08:00'],
  ['iso', '2019-01-18 09:53:00 UTC', UTC],
  ['iso', '2019-01-18 09:53:00 GMT', UTC],
  ['iso', '2019-01-18 09:53:00', LOCAL],
  ['iso', '2019-01-18 09:53', LOCAL],
  ['iso', '2019-01-18', DAY],
  ['iso', '2019-01-18 09:53:00.000000', LOCAL],
  ['iso', '2019-01-18 09:53:00 +0000 UTC', UTC],
  ['iso', '2019-01-18T09:53:00+00:00', UTC],
  ['iso', '20190118T095300Z', UTC],
  ['iso', '2019-01-18T09:53:00.000+05:30', '2019-01-18T09:53:00+05:30'],
  ['iso', '2019-01-18T09:53:00.000000Z', UTC],
  ['iso', '2019-1-18', DAY],
  ['iso', '2019-01-18 9:53 AM', LOCAL],
  ['iso', '2019-01-18 09:53:00 AM', LOCAL],
  ['iso', '٢٠١٩-٠١-١٨', DAY],
  ['numeric', '18.01.2019', DAY],
  ['numeric', '18.1.2019', DAY],
  ['numeric', '18. 1. 2019', DAY],
  ['numeric', '18.01.2019, 09:53 Uhr', LOCAL],
  ['numeric', '18.01.2019 um 09:53 Uhr', LOCAL],
  ['numeric', '18.01.2019 09:53', LOCAL],
  ['numeric', '18.01.2019 - 09:53', LOCAL],
  ['numeric', '18/01/2019', DAY],
  ['numeric', '18/01/2019 - 09:53', LOCAL],
  ['numeric', '18/01/2019 09:53', LOCAL],
  ['numeric', '18/01/2019 às 09:53', LOCAL],
  ['numeric', '18/01/2019 à 09h53', LOCAL],
  ['numeric', '18-01-2019', DAY],
  ['numeric', '18-01-2019 09:53', LOCAL],
  ['numeric', '01/18/2019', DAY],
  ['numeric', '01/18/2019 09:53 AM', LOCAL],
  ['numeric', '1/18/2019 9:53:00 AM', LOCAL],
  ['numeric', '1/18/19', DAY],
  ['numeric', '18/01/19', DAY],
  ['numeric', '18.01.19', DAY],
  ['numeric', '2019/01/18', DAY],
  ['numeric', '2019/01/18 09:53', LOCAL],
  ['numeric', '2019.01.18', DAY],
  ['numeric', '2019.01.18 09:53', LOCAL],
  ['numeric', '2019. 1. 18.', DAY],
  ['numeric', '2019. 01. 18. 09:53', LOCAL],
  ['numeric', '18.01.2019 09:53:00', LOCAL],
  ['numeric', '18.01.2019 | 09:53', LOCAL],
  ['numeric', '18-01-2019 09:53:00', LOCAL],
  ['numeric', '09:53 18/01/2019', LOCAL],
  ['numeric', '09:53 - 18/01/2019', LOCAL],
  ['numeric', '2019.1.18', DAY],
  ['numeric', '18. 01. 2019', DAY],
  ['numeric', '2019.01.18.', DAY],
  ['en', 'January 18, 2019', DAY],
  ['en', 'January 18th, 2019', DAY],
  ['en', 'January 18th, 2019 at 9:53 am', LOCAL],
  ['en', 'Jan 18, 2019 9:53 AM', LOCAL],
  ['en', 'Jan 18, 2019 at 9:53 AM EST', '2019-01-18T09:53:00-05:00'],
  ['en', 'January 18, 2019 9:53 am ET', '2019-01-18T09:53:00-05:00'],
  ['en', 'January 18, 2019, 9:53 a.m.', LOCAL],
  ['en', 'January 18, 2019 9:53 a.m. ET', '2019-01-18T09:53:00-05:00'],
  ['en', 'January 18, 2019 / 9:53 AM', LOCAL],
  ['en', 'January 18, 2019 @ 9:53 am', LOCAL],
  ['en', 'January 18, 2019 - 9:53am', LOCAL],
  ['en', 'Jan 18, 2019, 09:53 IST', '2019-01-18T09:53:00+05:30'],
  ['en', 'Jan 18, 2019 | 09:53 IST', '2019-01-18T09:53:00+05:30'],
  ['en', '18 January 2019', DAY],
  ['en', '18th January 2019', DAY],
  ['en', '18th of January 2019', DAY],
  ['en', '18 Jan 2019', DAY],
  ['en', '18 Jan, 2019', DAY],
  ['en', '18 Jan 2019 09:53 GMT', UTC],
  ['en', '18 January 2019 • 9:53am', LOCAL],
  ['en', 'Friday, January 18, 2019', DAY],
  ['en', 'Friday 18 January 2019', DAY],
  ['en', 'Friday, 18 January 2019', DAY],
  ['en', 'Fri, Jan 18, 2019', DAY],
  ['en', 'Fri, 18 Jan 2019', DAY],
  ['en', 'Fri 18 Jan 2019 09.53 GMT', UTC],
  ['en', 'Friday, January 18th 2019, 9:53 am', LOCAL],
  ['en', 'Jan. 18, 2019', DAY],
  ['en', 'Jan 18 2019', DAY],
  ['en', 'JANUARY 18, 2019', DAY],
  ['en', 'JAN 18, 2019', DAY],
  ['en', '18-Jan-2019', DAY],
  ['en', '18-Jan-19', DAY],
  ['en', 'Jan-18-2019', DAY],
  ['en', '9:53 AM EST, Fri January 18, 2019', '2019-01-18T09:53:00-05:00'],
  ['en', '9:53 am, January 18, 2019', LOCAL],
  ['en', 'Sept. 18, 2019', '2019-09-18'],
  ['en', 'Jan 18th 2019', DAY],
  ['en', 'on January 18, 2019', DAY],
  ['en', 'January 18, 2019 09:53', LOCAL],
  ['en', 'January 18, 2019 at 09:53 UTC', UTC],
  ['en', 'January 18, 2019 9:53 PM PST', '2019-01-18T21:53:00-08:00'],
  ['en', '18 January, 2019', DAY],
  ['en', 'Friday, 18 January, 2019 - 09:53', LOCAL],
  ['en', '18 Jan 2019 | 09:53', LOCAL],
  ['en', 'Jan 18, 2019 09:53:00 AM', LOCAL],
  ['en', '18 January 2019 9:53am GMT', UTC],
  ['en', 'Jan 18 2019 9:53AM', LOCAL],
  ['en', 'Fri Jan 18 2019', DAY],
  ['en', 'Jan 18, 2019 09:53 PM EST', '2019-01-18T21:53:00-05:00'],
  ['labelled en', 'Published: 9:53 AM, 18 Jan 2019', LOCAL],
  ['labelled en', 'Published: January 18, 2019', DAY],
  ['labelled en', 'Published January 18, 2019', DAY],
  ['labelled en', 'Published on January 18, 2019 at 9:53 am', LOCAL],
  ['labelled en', 'Published 9:53 AM ET Jan 18, 2019', '2019-01-18T09:53:00-05:00'],
  ['labelled en', 'Posted on January 18, 2019', DAY],
  ['labelled en', 'Posted: Fri, Jan 18, 2019', DAY],
  ['labelled en', 'Posted January 18, 2019 at 9:53 am', LOCAL],
  ['labelled en', 'Date: January 18, 2019', DAY],
  ['labelled en', 'Dated: 18/01/2019', DAY],
  ['labelled en', 'Updated: January 18, 2019', DAY],
  ['labelled en', 'Updated 9:53 AM ET, Fri January 18, 2019', '2019-01-18T09:53:00-05:00'],
  ['labelled en', 'Last updated: January 18, 2019', DAY],
  ['labelled en', 'Originally published January 18, 2019', DAY],
  ['labelled en', 'First published on Fri 18 Jan 2019 09.53 GMT', UTC],
  ['labelled en', 'Published: 18 Jan 2019, 09:53', LOCAL],
  ['labelled en', 'Publication date: 2019-01-18', DAY],
  ['labelled en', 'Released: January 18, 2019', DAY],
  ['labelled en', 'Created: 2019-01-18 09:53', LOCAL],
  ['labelled en', 'Published at 09:53 on 18 January 2019', LOCAL],
  ['labelled en', 'Published: 18 January 2019 09:53 GMT', UTC],
  ['labelled en', 'Posted at 9:53 AM on January 18, 2019', LOCAL],
  ['de', '18. Januar 2019', DAY],
  ['de', '18. Januar 2019, 09:53 Uhr', LOCAL],
  ['de', '18. Januar 2019 um 09:53 Uhr', LOCAL],
  ['de', 'Freitag, 18. Januar 2019', DAY],
  ['de', 'Fr., 18.01.2019', DAY],
  ['de', 'Fr, 18.01.2019 09:53', LOCAL],
  ['de', '18. Jänner 2019', DAY],
  ['de', '18. Jan. 2019', DAY],
  ['de', 'Veröffentlicht am 18.01.2019', DAY],
  ['de', 'Veröffentlicht am 18.01.2019 um 09:53 Uhr', LOCAL],
  ['de', 'Stand: 18.01.2019 09:53 Uhr', LOCAL],
  ['de', 'Erstellt: 18.01.2019', DAY],
  ['de', 'Datum: 18.01.2019', DAY],
  ['de', 'Veröffentlicht: 18.01.2019, 09:53 Uhr', LOCAL],
  ['de', 'Zuletzt aktualisiert: 18.01.2019', DAY],
  ['fr', '18 janvier 2019', DAY],
  ['fr', '18 janvier 2019 à 09h53', LOCAL],
  ['fr', '18 janvier 2019 à 9 h 53', LOCAL],
  ['fr', 'vendredi 18 janvier 2019', DAY],
  ['fr', 'Vendredi 18 janvier 2019 à 09:53', LOCAL],
  ['fr', 'Publié le 18 janvier 2019 à 09h53', LOCAL],
  ['fr', 'Publié le 18/01/2019 à 09:53', LOCAL],
  ['fr', 'le 18/01/2019 à 09:53', LOCAL],
  ['fr', '18 janv. 2019', DAY],
  ['fr', '18 janv. 2019 à 09:53', LOCAL],
  ['fr', 'Mis à jour le 18 janvier 2019', DAY],
  ['fr', 'Publié le vendredi 18 janvier 2019', DAY],
  ['fr', 'Mis en ligne le 18 janvier 2019', DAY],
  ['fr', 'Paru le 18 janvier 2019', DAY],
  ['fr', 'Vendredi, 18 Janvier 2019 09:53', LOCAL],
  ['es', '18 de enero de 2019', DAY],
  ['es', '18 de enero de 2019, 09:53', LOCAL],
  ['es', '18 de enero de 2019 a las 09:53', LOCAL],
  ['es', '18 de enero del 2019', DAY],
  ['es', 'viernes, 18 de enero de 2019', DAY],
  ['es', 'Viernes 18 de enero de 2019', DAY],
  ['es', '18 ene. 2019', DAY],
  ['es', '18 ene 2019 - 09:53', LOCAL],
  ['es', 'Publicado el 18 de enero de 2019', DAY],
  ['es', 'Publicado: 18/01/2019 09:53', LOCAL],
  ['es', 'Actualizado el 18/01/19 a las 09:53h', LOCAL],
  ['es', 'Enero 18, 2019', DAY],
  ['es', '18 de enero, 2019', DAY],
  ['es', '18/ene/2019', DAY],
  ['es', 'Actualizado 18/01/2019 09:53', LOCAL],
  ['es', 'Publicado 18/01/2019 - 09:53', LOCAL],
  ['pt', '18 de janeiro de 2019', DAY],
  ['pt', 'sexta-feira, 18 de janeiro de 2019', DAY],
  ['pt', '18/01/2019 às 09h53', LOCAL],
  ['pt', '18 jan 2019', DAY],
  ['pt', 'Publicado em 18/01/2019 - 09h53', LOCAL],
  ['pt', '18 de janeiro de 2019, às 09:53', LOCAL],
  ['pt', 'Postado em 18 de janeiro de 2019', DAY],
  ['pt', 'Sexta, 18 Janeiro 2019', DAY],
  ['pt', 'Atualizado em 18/01/2019 09h53', LOCAL],
  ['it', '18 gennaio 2019', DAY],
  ['it', 'venerdì 18 gennaio 2019', DAY],
  ['it', '18 gennaio 2019 ore 09:53', LOCAL],
  ['it', '18 gennaio 2019 - 09:53', LOCAL],
  ['it', 'Pubblicato il 18 gennaio 2019', DAY],
  ['it', '18 gen 2019', DAY],
  ['it', 'Pubblicato il: 18/01/2019', DAY],
  ['it', 'Data: 18/01/2019', DAY],
  ['it', 'Pubblicato: 18/01/2019', DAY],
  ['nl', '18 januari 2019', DAY],
  ['nl', 'vrijdag 18 januari 2019', DAY],
  ['nl', '18 jan. 2019 om 09:53', LOCAL],
  ['nl', 'Gepubliceerd op 18 januari 2019', DAY],
  ['nl', '18-01-2019 om 09:53', LOCAL],
  ['nl', 'vr 18 jan 2019', DAY],
  ['nl', 'Geplaatst op 18 januari 2019', DAY],
  ['ru', '18 января 2019', DAY],
  ['ru', '18 января 2019 г., 09:53', LOCAL],
  ['ru', '18 января 2019 года', DAY],
  ['ru', '18 января 2019 г.', DAY],
  ['ru', '18.01.2019 в 09:53', LOCAL],
  ['ru', '18 января 2019, 09:53', LOCAL],
  ['ru', 'Опубликовано: 18 января 2019', DAY],
  ['ru', '18 янв 2019', DAY],
  ['ru', '09:53, 18 января 2019', LOCAL],
  ['ru', 'пятница, 18 января 2019', DAY],
  ['ru', '18.01.2019 09:53 МСК', '2019-01-18T09:53:00+03:00'],
  ['ru', '18 янв. 2019 г., 09:53', LOCAL],
  ['ru', 'Опубликовано 18.01.2019 в 09:53', LOCAL],
  ['uk', '18 січня 2019', DAY],
  ['uk', '18 січня 2019 р.', DAY],
  ['uk', '18 січня 2019, 09:53', LOCAL],
  ['pl', '18 stycznia 2019', DAY],
  ['pl', '18 stycznia 2019 r.', DAY],
  ['pl', '18.01.2019, 09:53', LOCAL],
  ['pl', 'piątek, 18 stycznia 2019', DAY],
  ['pl', 'Opublikowano: 18 stycznia 2019', DAY],
  ['pl', '18 stycznia 2019, 09:53', LOCAL],
  ['pl', 'pt., 18.01.2019', DAY],
  ['pl', 'Dodano: 18.01.2019', DAY],
  ['cs', '18. ledna 2019', DAY],
  ['cs', '18. ledna 2019 9:53', LOCAL],
  ['sk', '18. januára 2019', DAY],
  ['sl', '18. januar 2019', DAY],
  ['hr', '18. siječnja 2019.', DAY],
  ['sr', '18. januar 2019.', DAY],
  ['sr', '18. јануар 2019.', DAY],
  ['bg', '18 януари 2019', DAY],
  ['bg', '18 януари 2019 г.', DAY],
  ['sv', '18 januari 2019', DAY],
  ['sv', 'fredag 18 januari 2019', DAY],
  ['sv', 'den 18 januari 2019 kl. 09:53', LOCAL],
  ['sv', '18 jan 2019 kl 09.53', LOCAL],
  ['sv', 'Publicerad 18 januari 2019', DAY],
  ['da', '18. januar 2019', DAY],
  ['da', 'fredag den 18. januar 2019', DAY],
  ['da', '18. januar 2019 kl. 09:53', LOCAL],
  ['no', '18. januar 2019 kl. 09.53', LOCAL],
  ['no', 'Publisert 18.01.2019 09:53', LOCAL],
  ['fi', '18. tammikuuta 2019', DAY],
  ['fi', '18.1.2019 klo 9.53', LOCAL],
  ['fi', 'pe 18.1.2019 klo 9.53', LOCAL],
  ['et', '18. jaanuar 2019', DAY],
  ['lt', '2019 m. sausio 18 d.', DAY],
  ['lv', '2019. gada 18. janvāris', DAY],
  ['tr', '18 Ocak 2019', DAY],
  ['tr', '18 Ocak 2019 Cuma', DAY],
  ['tr', '18.01.2019 09:53', LOCAL],
  ['tr', 'Cuma, 18 Ocak 2019 09:53', LOCAL],
  ['tr', '18 Ocak 2019, 09:53', LOCAL],
  ['tr', '18 Oca 2019', DAY],
  ['tr', '18 Oca 2019 09:53', LOCAL],
  ['tr', 'Yayınlanma: 18.01.2019 09:53', LOCAL],
  ['ro', '18 ianuarie 2019', DAY],
  ['ro', 'vineri, 18 ianuarie 2019', DAY],
  ['hu', '2019. január 18.', DAY],
  ['hu', '2019. január 18. 09:53', LOCAL],
  ['hu', '2019. jan. 18.', DAY],
  ['el', '18 Ιανουαρίου 2019', DAY],
  ['el', 'Παρασκευή, 18 Ιανουαρίου 2019', DAY],
  ['id', '18 Januari 2019', DAY],
  ['id', 'Jumat, 18 Januari 2019 09:53 WIB', '2019-01-18T09:53:00+07:00'],
  ['id', '18/01/2019, 09:53 WIB', '2019-01-18T09:53:00+07:00'],
  ['id', 'Jumat, 18 Jan 2019 09:53', LOCAL],
  ['id', "Jum'at, 18 Januari 2019", DAY],
  ['id', '18 Jan 2019, 09:53 WIB', '2019-01-18T09:53:00+07:00'],
  ['id', 'Diterbitkan: 18 Jan 2019', DAY],
  ['ms', '18 Januari 2019', DAY],
  ['ms', 'Jumaat, 18 Januari 2019', DAY],
  ['vi', 'Thứ Sáu, 18/01/2019 09:53', LOCAL],
  ['vi', '18/01/2019 09:53 GMT+7', '2019-01-18T09:53:00+07:00'],
  ['vi', 'Thứ sáu, 18/1/2019, 09:53 (GMT+7)', '2019-01-18T09:53:00+07:00'],
  ['vi', 'ngày 18 tháng 1 năm 2019', DAY],
  ['tl', 'Enero 18, 2019', DAY],
  ['zh', '2019年1月18日', DAY],
  ['zh', '2019年1月18日 09:53', LOCAL],
  ['zh', '2019年01月18日 09:53', LOCAL],
  ['zh', '2019年01月18日09:53', LOCAL],
  ['zh', '发布时间：2019-01-18 09:53', LOCAL],
  ['zh', '2019-01-18 09:53 来源：新华网', LOCAL],
  ['zh', '2019年1月18日 星期五', DAY],
  ['zh', '2019-01-18 09:53:00 星期五', LOCAL],
  ['ja', '2019年1月18日 9時53分', LOCAL],
  ['ja', '2019年1月18日（金）', DAY],
  ['ja', '2019年1月18日(金) 09:53', LOCAL],
  ['ja', '2019/01/18 09:53', LOCAL],
  ['ja', '2019.01.18', DAY],
  ['ja', '公開日：2019年1月18日', DAY],
  ['ja', '2019年1月18日 午前9時53分', LOCAL],
  ['ja', '2019年1月18日（金）9時53分', LOCAL],
  ['ja', '投稿日：2019/01/18', DAY],
  ['zh', '发表于 2019-01-18', DAY],
  ['ko', '2019년 1월 18일', DAY],
  ['ko', '2019.01.18 09:53', LOCAL],
  ['ko', '입력 2019.01.18 09:53', LOCAL],
  ['ko', '입력 : 2019-01-18 09:53:00', LOCAL],
  ['ko', '2019년 1월 18일 (금) 09:53', LOCAL],
  ['ko', '2019-01-18 오전 9:53', LOCAL],
  ['ko', '등록 2019.01.18 09:53', LOCAL],
  ['ko', '승인 2019.01.18 09:53', LOCAL],
  ['ar', '18 يناير 2019', DAY],
  ['ar', '١٨ يناير ٢٠١٩', DAY],
  ['ar', 'الجمعة 18 يناير 2019', DAY],
  ['ar', '18 كانون الثاني 2019', DAY],
  ['ar', 'الجمعة، 18 يناير 2019 09:53 ص', LOCAL],
  ['ar', 'تاريخ النشر: 18/01/2019', DAY],
  ['ar', '١٨/٠١/٢٠١٩', DAY],
  ['ar', 'نشر في 18 يناير 2019', DAY],
  ['fa', '۱۸ ژانویه ۲۰۱۹', DAY],
  ['fa', '۲۰۱۹/۰۱/۱۸', DAY],
  ['he', '18 בינואר 2019', DAY],
  ['hi', '18 जनवरी 2019', DAY],
  ['hi', '18 जनवरी 2019, 09:53 AM IST', '2019-01-18T09:53:00+05:30'],
  ['hi', '१८ जनवरी २०१९', DAY],
  ['th', '18 มกราคม 2019', DAY],
  ['bn', '১৮ জানুয়ারি ২০১৯', DAY],
];

/**
 * A byline and a date together under the title: [family, lines (one paragraph each, "\n" inside
 * for one paragraph of two lines), author, published].
 */
const rows = [
  ['pipe', 'By Jane Doe | January 18, 2019', 'Jane Doe', DAY],
  ['pipe', 'Jane Doe | January 18, 2019', 'Jane Doe', DAY],
  ['pipe', 'January 18, 2019 | Jane Doe', 'Jane Doe', DAY],
  ['pipe', 'Jane Doe | January 18, 2019 | News', 'Jane Doe', DAY],
  ['pipe', 'By Jane Doe | Updated January 18, 2019', 'Jane Doe', DAY],
  ['pipe', 'By Jane Doe | Published January 18, 2019 9:53 a.m. ET', 'Jane Doe', '2019-01-18T09:53:00-05:00'],
  ['pipe', 'Published January 18, 2019 | By Jane Doe', 'Jane Doe', DAY],
  ['dot', 'Jane Doe · 5 min read', 'Jane Doe', undefined],
  ['dot', 'Jane Doe · 5 min read · Jan 18, 2019', 'Jane Doe', DAY],
  ['dot', 'Jane Doe · Follow · 5 min read · Jan 18, 2019', 'Jane Doe', DAY],
  ['dot', 'Jane Doe • January 18, 2019 • 3 Comments', 'Jane Doe', DAY],
  ['dot', 'By Jane Doe • January 18, 2019', 'Jane Doe', DAY],
  ['dot', 'January 18, 2019 · Jane Doe', 'Jane Doe', DAY],
  ['dot', 'Jane Doe • Jan 18, 2019 • 5 min read', 'Jane Doe', DAY],
  ['dash', 'Jan 18, 2019 — Jane Doe', 'Jane Doe', DAY],
  ['dash', 'Jane Doe - January 18, 2019', 'Jane Doe', DAY],
  ['dash', 'Jane Doe – 18 January 2019', 'Jane Doe', DAY],
  ['words', 'Posted on January 18, 2019 by Jane Doe', 'Jane Doe', DAY],
  ['words', 'Posted on January 18, 2019 by Jane Doe in News', 'Jane Doe', DAY],
  ['words', 'Posted on January 18, 2019 by Jane Doe — Leave a comment', 'Jane Doe', DAY],
  ['words', 'Posted by Jane Doe on January 18, 2019', 'Jane Doe', DAY],
  ['words', 'Posted by Jane Doe on January 18, 2019 in News', 'Jane Doe', DAY],
  ['words', 'Posted by Jane Doe at 9:53 AM', 'Jane Doe', undefined],
  ['words', 'Written by Jane Doe on January 18, 2019', 'Jane Doe', DAY],
  ['words', 'By Jane Doe on January 18, 2019', 'Jane Doe', DAY],
  ['words', 'By Jane Doe on January 18, 2019 at 9:53 am', 'Jane Doe', LOCAL],
  ['words', 'By Jane Doe, January 18, 2019', 'Jane Doe', DAY],
  ['words', 'By Jane Doe, Jan. 18, 2019', 'Jane Doe', DAY],
  ['words', 'By Jane Doe Jan 18, 2019', 'Jane Doe', DAY],
  ['words', 'January 18, 2019 by Jane Doe', 'Jane Doe', DAY],
  ['words', 'January 18, 2019 by Jane Doe · 3 comments', 'Jane Doe', DAY],
  ['words', 'By Jane Doe\nJanuary 18, 2019', 'Jane Doe', DAY],
  ['words', 'By Jane Doe, Staff Writer | January 18, 2019', 'Jane Doe', DAY],
  ['words', 'Published by Jane Doe on 18 January 2019', 'Jane Doe', DAY],
  ['words', 'Last updated on January 18, 2019 by Jane Doe', 'Jane Doe', DAY],
  ['words', 'By Jane Doe Published January 18, 2019', 'Jane Doe', DAY],
  ['words', 'By Jane Doe, Updated Jan 18, 2019 09:53 AM EST', 'Jane Doe', '2019-01-18T09:53:00-05:00'],
  ['two lines', 'Jane Doe\nJan 18, 2019', 'Jane Doe', DAY],
  ['two lines', 'JANE DOE\nJAN 18, 2019', 'JANE DOE', DAY],
  ['two lines', 'Jane Doe\nFri, 18 Jan 2019 09:53:00 +0000', 'Jane Doe', UTC],
  ['two paragraphs', ['Jane Doe', 'January 18, 2019'], 'Jane Doe', DAY],
  ['two paragraphs', ['By Jane Doe', 'January 18, 2019'], 'Jane Doe', DAY],
  ['two paragraphs', ['By Jane Doe', 'Published: January 18, 2019', 'Updated: January 20, 2019'], 'Jane Doe', DAY],
  ['two paragraphs', ['Author: Jane Doe', 'Date: 18/01/2019'], 'Jane Doe', DAY],
  ['meta row', 'By Jane Doe | January 18, 2019 | 3 Comments', 'Jane Doe', DAY],
  ['meta row', 'Posted on January 18, 2019 | By Jane Doe | Category: News | 3 comments', 'Jane Doe', DAY],
  ['meta row', 'January 18, 2019 / Jane Doe / News / 3 Comments', 'Jane Doe', DAY],
  ['meta row', 'Jane Doe | January 18, 2019 | Category: News | Tags: budget, harbour', 'Jane Doe', DAY],
  ['meta row', 'Written by Jane Doe · Posted in News · January 18, 2019', 'Jane Doe', DAY],
  ['meta row', 'Jane Doe\nJanuary 18, 2019\n5 min read', 'Jane Doe', DAY],
  ['meta row', 'By Jane Doe\nPublished 9:53 AM ET Jan 18, 2019\nUpdated 10:30 AM ET Jan 18, 2019', 'Jane Doe', '2019-01-18T09:53:00-05:00'],
  ['de', 'Von Jana Roth, 18.01.2019', 'Jana Roth', DAY],
  ['de', 'Von Jana Roth | 18.01.2019, 09:53 Uhr', 'Jana Roth', LOCAL],
  ['de', 'Veröffentlicht am 18.01.2019 von Jana Roth', 'Jana Roth', DAY],
  ['de', 'Jana Roth, 18. Januar 2019', 'Jana Roth', DAY],
  ['de', '18.01.2019 - 09:53 Uhr | Von Jana Roth', 'Jana Roth', LOCAL],
  ['fr', 'Par Marie Dupont, le 18 janvier 2019 à 09h53', 'Marie Dupont', LOCAL],
  ['fr', 'Par Marie Dupont le 18/01/2019', 'Marie Dupont', DAY],
  ['fr', 'Publié le 18 janvier 2019 par Marie Dupont', 'Marie Dupont', DAY],
  ['fr', 'Marie Dupont | Publié le 18 janvier 2019', 'Marie Dupont', DAY],
  ['es', 'Por Ana Ruiz, 18 de enero de 2019', 'Ana Ruiz', DAY],
  ['es', 'Publicado el 18 de enero de 2019 por Ana Ruiz', 'Ana Ruiz', DAY],
  ['es', 'Por Ana Ruiz | 18/01/2019 - 09:53', 'Ana Ruiz', LOCAL],
  ['es', 'Ana Ruiz | Madrid | 18 ene 2019 - 09:53', 'Ana Ruiz', LOCAL],
  ['pt', 'Por Ana Souza, 18/01/2019 às 09h53', 'Ana Souza', LOCAL],
  ['pt', 'Publicado em 18/01/2019 por Ana Souza', 'Ana Souza', DAY],
  ['it', 'Di Marco Rossi, 18 gennaio 2019', 'Marco Rossi', DAY],
  ['it', 'Pubblicato il 18 gennaio 2019 da Marco Rossi', 'Marco Rossi', DAY],
  ['nl', 'Door Jan de Vries op 18 januari 2019', 'Jan de Vries', DAY],
  ['sv', 'Av Anna Svensson, 18 januari 2019', 'Anna Svensson', DAY],
  ['sv', 'Publicerad 18 januari 2019 av Anna Svensson', 'Anna Svensson', DAY],
  ['ru', 'Иван Петров, 18 января 2019', 'Иван Петров', DAY],
  ['ru', 'Автор: Иван Петров | 18 января 2019', 'Иван Петров', DAY],
  ['ru', 'Автор: Иван Петров, 18.01.2019 09:53', 'Иван Петров', LOCAL],
  ['pl', 'Autor: Jan Kowalski, 18 stycznia 2019', 'Jan Kowalski', DAY],
  ['tr', 'Ahmet Yılmaz | 18 Ocak 2019', 'Ahmet Yılmaz', DAY],
  ['id', 'Oleh Budi Santoso, Jumat, 18 Januari 2019 09:53 WIB', 'Budi Santoso', '2019-01-18T09:53:00+07:00'],
  ['id', 'Budi Santoso - detikNews\nJumat, 18 Jan 2019 09:53 WIB', 'Budi Santoso', '2019-01-18T09:53:00+07:00'],
  ['zh', '作者：王小明 2019-01-18 09:53', '王小明', LOCAL],
  ['zh', '2019-01-18 09:53 作者：王小明', '王小明', LOCAL],
  ['zh', '2019年1月18日 作者：王小明', '王小明', DAY],
  ['zh', '发布时间：2019-01-18 09:53 来源：新华网 作者：王小明', '王小明', LOCAL],
  ['ja', '2019年1月18日 文：山田太郎', '山田太郎', DAY],
  ['ko', '홍길동 기자 | 입력 2019.01.18 09:53', '홍길동', LOCAL],
  ['ar', 'بقلم: محمد أحمد | 18 يناير 2019', 'محمد أحمد', DAY],
];

/** Scenes: [family, head lines, tail lines, author, published] around the paragraphs. */
const decoys = [
  ['update', ['Published: January 18, 2019', 'Updated: January 20, 2019'], [], undefined, DAY],
  ['update', ['Updated: January 20, 2019', 'Published: January 18, 2019'], [], undefined, DAY],
  ['update', ['Published January 18, 2019 | Updated January 20, 2019'], [], undefined, DAY],
  ['update', ['Updated January 20, 2019 / Published January 18, 2019'], [], undefined, DAY],
  ['update', ['Last updated: January 20, 2019'], [FIELD_DATE], undefined, UTC],
  ['update', ['Updated: 20/01/2019 09:53'], ['Jane Doe\n' + FIELD_DATE], 'Jane Doe', UTC],
  ['update', ['Publié le 18 janvier 2019', 'Mis à jour le 20 janvier 2019'], [], undefined, DAY],
  ['update', ['Veröffentlicht am 18.01.2019', 'Aktualisiert am 20.01.2019'], [], undefined, DAY],
  ['update', ['Publicado el 18/01/2019', 'Actualizado el 20/01/2019'], [], undefined, DAY],
  ['update', [], ['Updated: January 20, 2019', FIELD_DATE], undefined, UTC],
  ['update', [], ['Jane Doe\n' + FIELD_DATE, 'Updated: January 20, 2019'], 'Jane Doe', UTC],
  ['dateline', ['WASHINGTON, Jan. 20, 2019 — The council voted to close the harbour road on Sunday.'], [FIELD_DATE], undefined, UTC],
  ['dateline', ['Update 2019-01-20: the road has reopened.'], ['Jane Doe\n' + FIELD_DATE], 'Jane Doe', UTC],
  ['dateline', ['January 20, 2019'], ['Jane Doe\n' + FIELD_DATE], 'Jane Doe', UTC],
  ['dateline', ['By Jane Doe', 'January 20, 2019'], [FIELD_DATE], 'Jane Doe', UTC],
  ['dateline', ['PARIS (Reuters) - The council voted to close the harbour road on Sunday.'], ['Jane Doe\n' + FIELD_DATE], 'Jane Doe', UTC],
  ['credit', ['By John Roe'], ['Jane Doe\n' + FIELD_DATE], undefined, UTC],
  ['credit', ['Photo: Jane Doe'], [FIELD_DATE], null, UTC],
  ['credit', ['Photo by John Roe/Getty Images'], ['Jane Doe\n' + FIELD_DATE], 'Jane Doe', UTC],
  ['credit', ['Edited by John Roe'], ['Jane Doe\n' + FIELD_DATE], 'Jane Doe', UTC],
];

/** Prose that opens like a credit or names a date: [family, line, places]. It stays, nothing is read from it. */
const prose = [
  ['by', 'By 2030, the city plans to double the length of its bike lanes, officials said on Tuesday.'],
  ['by', 'By the end of January 18, 2019, the votes had been counted and the road was closed.'],
  ['by', 'By car, the trip to the coast takes about an hour, and the train is barely faster.'],
  ['by', 'By Jane Doe’s own account, the meeting went badly, and nobody wanted to say so.'],
  ['by', 'By then, Jane Doe had already left the building.'],
  ['by', 'By law, every council must publish its accounts by January 18, 2019.'],
  ['date', 'On January 18, 2019, the council voted to close the harbour road for the winter.'],
  ['date', 'January 18, 2019 was the coldest day of the year, and the harbour froze over.'],
  ['date', 'The report, published on January 18, 2019, found that the road was unsafe.'],
  ['date', 'The meeting is on Friday, January 18, 2019, at the town hall.'],
  ['date', 'In 2019, the council closed the harbour road for the winter.'],
  ['by', 'Jane Doe said on January 18, 2019 that the road would close for the winter.'],
  ['by', 'Posted by the council on its website, the notice was brief and gave no reason.'],
  ['by', 'Updated figures were released on January 18, 2019, and they were worse.'],
  ['by', 'Written by hand, the letter was short and to the point.'],
  ['by', 'The story was written by Jane Doe in 2019 and won a prize.'],
  ['other', 'Von Anfang an war klar, dass die Straße im Winter geschlossen werden muss.'],
  ['other', 'Par ailleurs, le maire a annoncé la fermeture de la route du port.'],
  ['other', 'Por otro lado, el alcalde anunció el cierre de la carretera del puerto.'],
  ['other', 'Door de regen was de weg naar de haven wekenlang gesloten.'],
  ['other', 'Oleh karena itu, jalan menuju pelabuhan ditutup selama musim dingin.'],
  ['other', 'Di sisi lain, wali kota mengumumkan penutupan jalan pelabuhan.'],
  ['other', 'Автор статьи считает, что дорогу к порту нужно закрыть на зиму.'],
  ['other', 'Av alla vägar i staden var hamnvägen den farligaste i vintras.'],
  ['other', 'Di fronte al porto, la strada è rimasta chiusa per tutto l’inverno.'],
  ['thanks', 'Thanks to Jane Doe and John Roe for their help with this story.'],
  ['thanks', 'Written with help from Jane Doe.'],
];

/**
 * Lines under the title that name no writer: [family, line, keep, published]. keep true: the line
 * must stay (a heading, a sentence); undefined: it may go (a dateline, a section label). No author
 * is read; published null: no date either (a month, a day without its year).
 */
const heads = [
  ['place', 'San Francisco, January 18, 2019', undefined],
  ['place', 'SAN FRANCISCO, Jan. 18, 2019', undefined],
  ['place', 'New York | January 18, 2019', undefined],
  ['place', 'Buenos Aires, 18 de enero de 2019', undefined],
  ['place', 'Washington, D.C., January 18, 2019', undefined],
  ['place', 'BERLIN (dpa)', undefined],
  ['event', 'Public Hearing on January 18, 2019', undefined],
  ['event', 'Town Hall Meeting, January 18, 2019', undefined],
  ['event', 'Annual Report 2019', true],
  ['no date', 'January 2019', undefined, null],
  ['no date', '18 January', undefined, null],
  ['no date', 'Friday', undefined, null],
  ['no date', 'Q1 2019', true, null],
  ['no date', '9:53 AM', undefined, null],
  ['no date', '2019', undefined, null],
  ['no date', 'Fri, 18 Jan', undefined, null],
  ['section', 'Sports | January 18, 2019', undefined],
  ['section', 'Updated: January 18, 2019 | News', undefined],
  ['section', 'Photo: Getty Images | January 18, 2019', undefined],
  ['section', 'Breaking News', undefined],
  ['opening', 'By now', true],
  ['opening', 'By Train, Bus and Ferry', true],
  ['opening', 'By the Numbers', true],
  ['opening', 'By Design: How the Harbour Road Was Built', true],
  ['opening', 'Par ailleurs', true],
  ['opening', 'Di notte', true],
  ['opening', 'Por qué importa', true],
  ['opening', 'Von Anfang an', true],
  ['opening', 'Oleh karena itu', true],
  ['opening', 'Door de regen', true],
  ['opening', 'Av och till', true],
  ['opening', 'Text und Bild', true],
  ['heading', 'Key Findings', true],
  ['heading', 'Mary Poppins Returns', true],
  ['heading', 'Harbour Road Closed Until Spring', true],
  ['heading', 'The Plan', true],
];

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------


const norm = (s) => s.replace(/\s+/g, ' ').trim();
/** Whether the line is still in the text: a line of it as a line of its own, or the lines joined into one. */
function left(article, line) {
  const lines = new Set(article.text.split('\n').map(norm));
  const parts = line.split('\n').map(norm).filter(Boolean);
  return parts.some((l) => lines.has(l)) || (parts.length > 1 && lines.has(parts.join(' ')));
}

const results = [];

/**
 * One shape on every body. `place` builds the paragraphs around the body's; `lines` are the shape's
 * own lines, which must leave (or stay, for prose).
 */
function probe(section, place, family, shape, lines, build, want) {
  let right = 0;
  let gone = 0;
  let whole = 0;
  let fails = [];
  for (const e of bodies) {
    const paragraphs = paragraphsOf(e);
    const article = run(build(e.title, paragraphs.map(h), h));
    const okAuthor = want.author === undefined || norm(article.author ?? '') === norm(want.author ?? '');
    const okDate = want.published === undefined || (article.published ?? null) === want.published;
    if (okAuthor && okDate) right += 1;
    else if (fails.length < 2) fails.push(`${e.language}: author ${JSON.stringify(article.author)}, published ${JSON.stringify(article.published)}`);
    const stays = lines.every((l) => left(article, l));
    const leaves = lines.every((l) => !left(article, l));
    if (want.keep ? stays : leaves) gone += 1;
    if (paragraphs.every((p) => article.text.includes(p.slice(0, 30).trim()))) whole += 1;
  }
  const n = bodies.length;
  results.push({ section, place, family, shape, right, gone, whole, n, fails, pass: right === n && gone === n && whole === n });
}

const sections = {
  bylines() {
    for (const [family, line, author, published, tail] of bylines) {
      const want = { author, published };
      probe('bylines', 'head', family, line, [line], (t, ps, h) => [t, h(line), ...ps], want);
      if (tail !== false) probe('bylines', 'tail', family, line, [line], (t, ps) => [t, ...ps, line], want);
    }
  },
  fields() {
    for (const [family, line, author] of fields) {
      const field = `${line}\n${FIELD_DATE}`;
      probe('fields', 'tail', family, line, [line, FIELD_DATE], (t, ps) => [t, ...ps, field], { author, published: UTC });
    }
  },
  dates() {
    for (const [family, line, published] of dates) {
      const want = { published };
      probe('dates', 'head', family, line, [line], (t, ps, h) => [t, h(line), ...ps], want);
      probe('dates', 'tail', family, line, [line], (t, ps) => [t, ...ps, line], want);
      probe('dates', 'field', family, line, [line], (t, ps) => [t, ...ps, `Jane Doe\n${line}`], { published, author: 'Jane Doe' });
    }
  },
  rows() {
    for (const [family, shape, author, published] of rows) {
      const lines = Array.isArray(shape) ? shape : [shape];
      probe('rows', 'head', family, lines.join(' ¶ '), lines, (t, ps, h) => [t, ...lines.map(h), ...ps], { author, published });
    }
  },
  decoys() {
    for (const [family, head, tail, author, published] of decoys) {
      const shape = [...head, '…', ...tail].join(' ¶ ').replace(/\n/g, ' / ');
      // The decoy lines are judged by the fields only: a dateline or an update line may stay.
      probe('decoys', 'both', family, shape, [], (t, ps, h) => [t, ...head.map(h), ...ps, ...tail], { author, published });
    }
  },
  heads() {
    for (const [family, line, keep, published] of heads) {
      probe('heads', 'head', family, line, keep ? [line] : [], (t, ps, h) => [t, h(line), ...ps], { author: null, published, keep: true });
    }
  },
  prose() {
    for (const [family, line] of prose) {
      const want = { author: null, published: null, keep: true };
      probe('prose', 'head', family, line, [line], (t, ps, h) => [t, ps[0] ?? '', h(line), ...ps.slice(1)], want);
      probe('prose', 'tail', family, line, [line], (t, ps, h) => [t, ...ps, h(line)], want);
    }
  },
};

for (const [name, fn] of Object.entries(sections)) if (!opt.only || name.includes(opt.only)) fn();

console.log(`bodies: ${english.length} English, ${others.map((e) => e.language).join(' ')}`);
for (const e of untitled) console.log(`left out (its title alone is not read as one, or its cut ends on no sentence): ${e.title}`);
let total = 0;
let passed = 0;
for (const section of Object.keys(sections)) {
  const places = [...new Set(results.filter((r) => r.section === section).map((r) => r.place))];
  for (const place of places) {
    const rows = results.filter((r) => r.section === section && r.place === place);
    const misses = rows.filter((r) => !r.pass);
    total += rows.length;
    passed += rows.length - misses.length;
    console.log(`${section} at ${place}: ${rows.length - misses.length}/${rows.length} right on every body`);
    for (const m of misses) {
      console.log(`  [${m.family}] ${m.shape.replace(/\n/g, ' / ')}: read ${m.right}/${m.n}, line ${m.section === 'prose' ? 'kept' : 'gone'} ${m.gone}/${m.n}, body whole ${m.whole}/${m.n}${m.fails.length ? `  (${m.fails.join('; ')})` : ''}`);
    }
  }
}
console.log(`all: ${passed}/${total}`);
if (opt.json) writeFileSync(opt.json, `${JSON.stringify(results.map(({ fails, ...r }) => r), null, 1)}\n`);
