import type { PhraseSet } from './match.js';

/**
 * The feed footer of Yoast SEO ("The post %%POSTLINK%% appeared first on %%BLOGLINK%%.") in the
 * languages Yoast ships, and All in One SEO's "first appeared on". `{post}` is the post's title,
 * `{site}` the blog's name. Other footers of the same kind ("This text first appeared on …") say
 * the same with no title.
 */
export const firstAppeared: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['The post {post} appeared first on {site}', 'The post {post} first appeared on {site}', 'The article {post} appeared first on {site}', 'This post first appeared on {site}', 'This article first appeared on {site}', 'This article originally appeared on {site}', 'Originally published at {site}', 'Originally published on {site}'] },
  { lang: 'de', phrases: ['Der Beitrag {post} erschien zuerst auf {site}', 'Der Artikel {post} erschien zuerst auf {site}', 'Der Beitrag {post} erschien zuerst bei {site}', 'Dieser Text erschien zuerst auf {site}', 'Dieser Beitrag erschien zuerst auf {site}', 'Dieser Artikel erschien zuerst auf {site}', 'Ursprünglich veröffentlicht auf {site}'] },
  { lang: 'fr', phrases: ["L'article {post} est apparu en premier sur {site}", "Le post {post} est apparu en premier sur {site}", "L'article {post} a été publié en premier sur {site}", 'Cet article est apparu en premier sur {site}', 'Publié initialement sur {site}', 'Initialement publié sur {site}'] },
  { lang: 'es', phrases: ['La entrada {post} se publicó primero en {site}', 'La entrada {post} aparece primero en {site}', 'El post {post} apareció primero en {site}', 'La publicación {post} apareció primero en {site}', 'El artículo {post} se publicó primero en {site}', 'Publicado originalmente en {site}'] },
  { lang: 'pt', phrases: ['O post {post} apareceu primeiro em {site}', 'A postagem {post} apareceu primeiro em {site}', 'O artigo {post} foi publicado primeiro em {site}', 'O post {post} foi publicado primeiro em {site}', 'O artigo {post} aparece primeiro em {site}', 'Publicado originalmente em {site}', 'Originalmente publicado em {site}'] },
  { lang: 'it', phrases: ["L'articolo {post} sembra essere il primo su {site}", 'Il post {post} è apparso per la prima volta su {site}', "L'articolo {post} è apparso per la prima volta su {site}", "L'articolo {post} proviene da {site}"] },
  { lang: 'nl', phrases: ['Het bericht {post} verscheen eerst op {site}', 'Het artikel {post} verscheen eerst op {site}', 'Het bericht {post} verscheen het eerst op {site}'] },
  { lang: 'pl', phrases: ['Artykuł {post} pochodzi z serwisu {site}', 'Wpis {post} pojawił się poraz pierwszy w {site}', 'Wpis {post} pojawił się po raz pierwszy w {site}', 'Post {post} pojawił się poraz pierwszy w {site}', 'Post {post} pojawił się po raz pierwszy w {site}'] },
  { lang: 'sv', phrases: ['Inlägget {post} dök först upp på {site}', 'Inlägget {post} publicerades först på {site}'] },
  { lang: 'da', phrases: ['Indlægget {post} blev vist først på {site}', 'Indlægget {post} dukkede først op på {site}'] },
  { lang: 'no', phrases: ['Innlegget {post} dukket først opp på {site}'] },
  { lang: 'fi', phrases: ['Artikkeli {post} julkaistiin ensin sivustolla {site}'] },
  { lang: 'cs', phrases: ['Příspěvek {post} se nejdříve objevil na {site}', 'Článek {post} se nejdříve objevil na {site}'] },
  { lang: 'ro', phrases: ['Articolul {post} apare prima dată în {site}', 'Articolul {post} a apărut mai întâi pe {site}'] },
  { lang: 'hu', phrases: ['A {post} bejegyzés először a(z) {site} jelent meg', 'A(z) {post} bejegyzés először a(z) {site} oldalon jelent meg'] },
  { lang: 'ru', phrases: ['Сообщение {post} появились сначала на {site}', 'Запись {post} впервые появилась {site}', 'Пост {post} впервые появился на {site}', 'Статья {post} впервые появилась на {site}'] },
  { lang: 'uk', phrases: ["Запис {post} спочатку з'явився на {site}", "Публікація {post} вперше з'явилася на {site}"] },
  { lang: 'id', phrases: ['Pos {post} muncul pertama kali di {site}', 'Artikel {post} pertama kali tampil di {site}'] },
  { lang: 'ja', phrases: ['投稿 {post} は {site} に最初に表示されました'] },
  { lang: 'zh', phrases: ['文章{post}最先出现在{site}'] },
];
