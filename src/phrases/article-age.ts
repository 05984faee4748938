import type { PhraseSet } from './match.js';

/**
 * The notice a news page prints over an old story: "This article is more than 2 years old". It is
 * the page's, not the story's: only the whole line. `{n}` is the age, a number or a word ("a").
 */
export const articleAge: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['This article is more than {n} years old', 'This article is more than {n} year old', 'This article is over {n} years old', 'This article is over {n} year old', 'This article is more than {n} months old', 'This story is more than {n} years old', 'This story is over {n} years old', 'This article was published more than {n} years ago', 'This article was published over {n} years ago', 'This content is more than {n} years old', 'This article is older than {n} years', 'This article is from the archive', 'This article is from our archive'] },
  { lang: 'de', phrases: ['Dieser Artikel ist älter als {n} Jahre', 'Dieser Artikel ist älter als {n} Jahr', 'Dieser Artikel ist mehr als {n} Jahre alt', 'Dieser Beitrag ist älter als {n} Jahre', 'Dieser Artikel wurde vor mehr als {n} Jahren veröffentlicht', 'Dieser Artikel ist aus dem Archiv'] },
  { lang: 'fr', phrases: ['Cet article a plus de {n} ans', 'Cet article a plus de {n} an', 'Cet article date de plus de {n} ans', 'Cet article a été publié il y a plus de {n} ans', "Cet article est issu de nos archives"] },
  { lang: 'es', phrases: ['Este artículo tiene más de {n} años', 'Este artículo tiene más de {n} año', 'Este artículo fue publicado hace más de {n} años', 'Esta noticia tiene más de {n} años', 'Este artículo es de nuestro archivo'] },
  { lang: 'pt', phrases: ['Este artigo tem mais de {n} anos', 'Este artigo tem mais de {n} ano', 'Esta matéria tem mais de {n} anos', 'Esta notícia tem mais de {n} anos', 'Este artigo foi publicado há mais de {n} anos'] },
  { lang: 'it', phrases: ['Questo articolo ha più di {n} anni', 'Questo articolo ha più di {n} anno', 'Questo articolo è stato pubblicato più di {n} anni fa', "Questo articolo è stato pubblicato oltre {n} anni fa"] },
  { lang: 'nl', phrases: ['Dit artikel is meer dan {n} jaar oud', 'Dit artikel is ouder dan {n} jaar', 'Dit artikel is meer dan {n} jaar geleden gepubliceerd'] },
  { lang: 'sv', phrases: ['Artikeln är mer än {n} år gammal', 'Den här artikeln är mer än {n} år gammal', 'Artikeln är över {n} år gammal', 'Artikeln publicerades för mer än {n} år sedan'] },
  { lang: 'da', phrases: ['Denne artikel er mere end {n} år gammel', 'Artiklen er mere end {n} år gammel', 'Artiklen er over {n} år gammel'] },
  { lang: 'no', phrases: ['Denne artikkelen er mer enn {n} år gammel', 'Artikkelen er mer enn {n} år gammel', 'Artikkelen er over {n} år gammel', 'Denne saken er mer enn {n} år gammel'] },
  { lang: 'fi', phrases: ['Artikkeli on yli {n} vuotta vanha', 'Artikkeli on yli {n} vuoden vanha', 'Tämä artikkeli on yli {n} vuotta vanha'] },
  { lang: 'pl', phrases: ['Ten artykuł ma ponad {n} lata', 'Ten artykuł ma ponad {n} lat', 'Artykuł ma ponad {n} lata', 'Artykuł ma ponad {n} lat', 'Ten artykuł ma więcej niż {n} lata'] },
  { lang: 'cs', phrases: ['Tento článek je starší než {n} roky', 'Tento článek je starší než {n} let', 'Článek je starší než {n} roky'] },
  { lang: 'ru', phrases: ['Этой статье более {n} лет', 'Этой статье больше {n} лет', 'Этой статье более {n} года', 'Этой статье больше {n} года', 'Статья опубликована более {n} лет назад'] },
  { lang: 'uk', phrases: ['Цій статті понад {n} роки', 'Цій статті понад {n} років', 'Цій статті більше {n} років'] },
  { lang: 'tr', phrases: ['Bu haber {n} yıldan eski', 'Bu makale {n} yıldan daha eski'] },
];
