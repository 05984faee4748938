import type { PhraseSet } from './match.js';

/** Headings of the author box a theme prints under the post: the bio paragraph follows. */
export const authorBoxHeadings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['About the Author', 'About the Authors', 'About the author', 'About the authors', 'About The Author', 'About the writer', 'Author bio', 'Meet the author', 'About this author', 'About the contributor'] },
  { lang: 'de', phrases: ['Über den Autor', 'Über die Autorin', 'Über die Autoren', 'Zum Autor', 'Zur Autorin'] },
  { lang: 'fr', phrases: ["À propos de l'auteur", "A propos de l'auteur", "À propos de l'autrice", "L'auteur", "À propos de l'auteure", "A propos de l'auteure", "A propos de l'autrice", 'À propos des auteurs', "L'autrice", "L'auteure"] },
  { lang: 'es', phrases: ['Sobre el autor', 'Sobre la autora', 'Acerca del autor', 'Acerca de la autora', 'Sobre los autores', 'Acerca de los autores'] },
  { lang: 'pt', phrases: ['Sobre o autor', 'Sobre a autora', 'Sobre os autores', 'Acerca do autor'] },
  { lang: 'it', phrases: ["Sull'autore", "Informazioni sull'autore", "L'autore", "Sull'autrice", "Informazioni sull'autrice", "L'autrice", "Chi è l'autore"] },
  { lang: 'nl', phrases: ['Over de auteur', 'Over de schrijver', 'Over de auteurs', 'Over de schrijfster'] },
  { lang: 'pl', phrases: ['O autorze', 'O autorce'] },
  { lang: 'sv', phrases: ['Om författaren', 'Om skribenten'] },
  { lang: 'da', phrases: ['Om forfatteren', 'Om skribenten'] },
  { lang: 'no', phrases: ['Om forfatteren', 'Om skribenten'] },
  { lang: 'fi', phrases: ['Kirjoittajasta', 'Tietoa kirjoittajasta'] },
  { lang: 'cs', phrases: ['O autorovi', 'O autorce'] },
  { lang: 'hu', phrases: ['A szerzőről'] },
  { lang: 'ro', phrases: ['Despre autor', 'Despre autoare'] },
  { lang: 'ru', phrases: ['Об авторе', 'Об авторах'] },
  { lang: 'uk', phrases: ['Про автора'] },
  { lang: 'tr', phrases: ['Yazar hakkında', 'Yazar Hakkında'] },
  { lang: 'id', phrases: ['Tentang Penulis'] },
  { lang: 'vi', phrases: ['Về tác giả', 'Giới thiệu tác giả'] },
  { lang: 'hi', phrases: ['लेखक के बारे में', 'लेखक परिचय'] },
  { lang: 'ar', phrases: ['عن الكاتب', 'نبذة عن الكاتب', 'عن المؤلف'] },
  { lang: 'ko', phrases: ['작성자 소개', '필자 소개', '글쓴이 소개'] },
  { lang: 'zh', phrases: ['关于作者', '作者简介', '關於作者'] },
  { lang: 'ja', phrases: ['著者について', '筆者について', '著者紹介'] },
];

/** "Author: <name> is a …": a label and a one-sentence bio, the name as `{name}`. */
export const authorBioLines: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Author: {name} is a', 'Author: {name} is an', 'Author: {name} is the', 'Written by {name}, who is a', 'About the author: {name} is'] },
  { lang: 'de', phrases: ['Autor: {name} ist', 'Autorin: {name} ist', 'Über den Autor: {name} ist'] },
  { lang: 'fr', phrases: ['Auteur : {name} est', 'Autrice : {name} est'] },
  { lang: 'es', phrases: ['Autor: {name} es', 'Autora: {name} es'] },
  { lang: 'pt', phrases: ['Autor: {name} é', 'Autora: {name} é'] },
  { lang: 'it', phrases: ['Autore: {name} è', 'Autrice: {name} è'] },
  { lang: 'nl', phrases: ['Auteur: {name} is'] },
];
