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

/**
 * The counters of a writer's profile box and of a post's reaction bar on blogging platforms
 * (Medium's "1.2K Followers" and "Responses (4)", Substack's subscriber count, a clap tally): each
 * is a line of its own, the number as `{n}`, which must be a count ("1.2K", "3,400").
 */
export const profileCounts: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['{n} Followers', '{n} Follower', '{n} Following', '{n} Subscribers', '{n} Responses', '{n} Response', 'Responses ({n})', 'Response ({n})', '{n} Claps', '{n} Clap', '{n} Likes', '{n} Like', '{n} Restacks', '{n} Restack', '{n} Shares', '{n} Reposts', '{n} Comments', 'Comments ({n})'] },
  { lang: 'de', phrases: ['{n} Follower', '{n} Abonnenten', '{n} Abonnent', 'Antworten ({n})', '{n} Antworten', 'Kommentare ({n})'] },
  { lang: 'fr', phrases: ['{n} abonnés', '{n} abonné', '{n} abonnements', 'Réponses ({n})', '{n} réponses', 'Commentaires ({n})'] },
  { lang: 'es', phrases: ['{n} seguidores', '{n} seguidor', '{n} suscriptores', 'Respuestas ({n})', '{n} respuestas', 'Comentarios ({n})'] },
  { lang: 'pt', phrases: ['{n} seguidores', '{n} seguidor', '{n} assinantes', 'Respostas ({n})', '{n} respostas', 'Comentários ({n})'] },
  { lang: 'it', phrases: ['{n} follower', '{n} iscritti', 'Risposte ({n})', '{n} risposte', 'Commenti ({n})'] },
  { lang: 'nl', phrases: ['{n} volgers', '{n} volger', '{n} abonnees', 'Reacties ({n})', '{n} reacties'] },
  { lang: 'pl', phrases: ['{n} obserwujących', '{n} obserwujacych', '{n} subskrybentów', 'Odpowiedzi ({n})', 'Komentarze ({n})'] },
  { lang: 'sv', phrases: ['{n} följare', '{n} prenumeranter', 'Svar ({n})', 'Kommentarer ({n})'] },
  { lang: 'ru', phrases: ['{n} подписчиков', '{n} подписчика', '{n} подписчик', 'Ответы ({n})', 'Комментарии ({n})'] },
  { lang: 'tr', phrases: ['{n} takipçi', '{n} abone', 'Yanıtlar ({n})', 'Yorumlar ({n})'] },
  { lang: 'id', phrases: ['{n} pengikut', '{n} pelanggan', 'Tanggapan ({n})', 'Komentar ({n})'] },
  { lang: 'ja', phrases: ['フォロワー{n}人', '{n} フォロワー', '{n}フォロワー'] },
  { lang: 'zh', phrases: ['{n} 位关注者', '{n} 关注者', '{n}位粉丝', '{n} 粉丝'] },
  { lang: 'ko', phrases: ['팔로워 {n}명', '{n} 팔로워'] },
];

/** The line that opens a blogging platform's writer box under the post ("Written by <name>"). */
export const writtenBy: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Written by {name}', 'Published by {name}', 'Posted by {name}'] },
  { lang: 'de', phrases: ['Geschrieben von {name}', 'Verfasst von {name}', 'Veröffentlicht von {name}'] },
  { lang: 'fr', phrases: ['Écrit par {name}', 'Rédigé par {name}', 'Publié par {name}'] },
  { lang: 'es', phrases: ['Escrito por {name}', 'Publicado por {name}'] },
  { lang: 'pt', phrases: ['Escrito por {name}', 'Publicado por {name}'] },
  { lang: 'it', phrases: ['Scritto da {name}', 'Pubblicato da {name}'] },
  { lang: 'nl', phrases: ['Geschreven door {name}', 'Gepubliceerd door {name}'] },
  { lang: 'pl', phrases: ['Napisane przez {name}', 'Autor: {name}'] },
  { lang: 'sv', phrases: ['Skriven av {name}', 'Skrivet av {name}'] },
  { lang: 'ru', phrases: ['Автор: {name}', 'Написано {name}'] },
  { lang: 'tr', phrases: ['Yazan: {name}', 'Yazar: {name}'] },
  { lang: 'id', phrases: ['Ditulis oleh {name}'] },
  { lang: 'ja', phrases: ['執筆者: {name}', '著者: {name}'] },
];

/**
 * The link at the foot of a theme's author box to the writer's archive ("View all posts by <name>
 * →"), as the default themes' translations write it; `{name}` is the writer's display name.
 */
export const authorPostsLinks: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['View all posts by {name}'] },
  { lang: 'de', phrases: ['Alle Beiträge von {name} anzeigen'] },
  { lang: 'fr', phrases: ['Afficher tous les articles par {name}'] },
  { lang: 'es', phrases: ['Ver todas las entradas de {name}'] },
  { lang: 'pt', phrases: ['Ver todos os posts de {name}'] },
  { lang: 'ru', phrases: ['Посмотреть все записи автора {name}'] },
  { lang: 'uk', phrases: ['Подивитися всі записи автора {name}', 'Переглянути всі публікації від {name}'] },
  { lang: 'tr', phrases: ['{name} tarafından yazılan yazılar', '{name} tarafından yazılmış tüm yazılara göz at'] },
  { lang: 'fi', phrases: ['Näytä kaikki käyttäjän {name} artikkelit', 'Katso kaikki artikkelit kirjoittajalta {name}', 'Näytä kaikki artikkelit kirjoittajalta {name}'] },
  { lang: 'cs', phrases: ['Zobrazit všechny příspěvky, jejichž autorem je {name}'] },
  { lang: 'sk', phrases: ['Zobraziť všetky články od: {name}'] },
  { lang: 'hu', phrases: ['{name} összes bejegyzése'] },
  { lang: 'ro', phrases: ['Toate articolele lui {name}'] },
  { lang: 'bg', phrases: ['Всички публикации от {name}'] },
  { lang: 'el', phrases: ['Δείτε όλα τα άρθρα από {name}', 'Δείτε όλα τα άρθρα του/της {name}'] },
  { lang: 'ca', phrases: ['Mostra totes les entrades de {name}'] },
  { lang: 'vi', phrases: ['Xem tất cả các bài viết bởi {name}', 'Xem tất cả các bài viết của {name}', 'Xem tất cả bài viết bằng {name}'] },
  { lang: 'ar', phrases: ['عرض كل المقالات بواسطة {name}'] },
  { lang: 'he', phrases: ['הצג פוסטים מאת {name}'] },
  { lang: 'fa', phrases: ['نمایش همه‌ی نوشته‌های {name}', 'نمایش همهی نوشتههای {name}'] },
  { lang: 'hi', phrases: ['{name} के सभी पोस्ट देखें'] },
  { lang: 'th', phrases: ['ดูเรื่องทั้งหมดโดย {name}'] },
  { lang: 'ko', phrases: ['{name} 의 모든 글 보기'] },
  { lang: 'ja', phrases: ['{name} の投稿をすべて表示'] },
];
