import type { PhraseSet } from './match.js';

/**
 * Lines that send the reader to where the text came from: source labels ("Fonte: G1", "Bron:
 * www.example.nl"), the autoblog's "Source link", "Read the full article at <site>" and its
 * translations, and feed-service credits. `{site}` is the outlet: a name, a domain or a URL.
 */
export const sourceLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Source: {site}', 'Source link', 'Original source: {site}', 'Story source: {site}', 'Original article by {site}', 'Original post by {site}', 'Original article: {site}', 'Original post: {site}', 'Sources: {site}', 'Via: {site}'] },
  { lang: 'de', phrases: ['Quelle: {site}', 'Quelle {site}', 'Originalquelle: {site}', 'Originalartikel von {site}', 'Originalbeitrag von {site}', 'Originalartikel: {site}', 'Quellen: {site}', 'Via: {site}'] },
  { lang: 'fr', phrases: ['Source : {site}', 'Source: {site}', 'Lien source', 'Article original de {site}', 'Article original : {site}', "Billet original de {site}", "Voir l'article original", 'Sources : {site}', 'Sources: {site}', 'Via : {site}', 'Via: {site}'] },
  { lang: 'es', phrases: ['Fuente: {site}', 'Enlace fuente', 'Artículo original de {site}', 'Artículo original: {site}', 'Fuentes: {site}', 'Vía: {site}', 'Via: {site}', 'Con información de {site}'] },
  { lang: 'pt', phrases: ['Fonte: {site}', 'Link da fonte', 'Artigo original de {site}', 'Artigo original: {site}', 'Fontes: {site}', 'Via: {site}', 'Com informações da {site}', 'Com informações do {site}', 'Com informações de {site}'] },
  { lang: 'it', phrases: ['Fonte: {site}', 'Link alla fonte', 'Articolo originale di {site}', 'Articolo originale: {site}', 'Fonti: {site}', 'Via: {site}'] },
  { lang: 'nl', phrases: ['Bron: {site}', 'Origineel artikel van {site}', 'Oorspronkelijk artikel: {site}', 'Bronnen: {site}', 'Via: {site}'] },
  { lang: 'pl', phrases: ['Źródło: {site}', 'Przeczytaj cały artykuł na {site}', 'Przeczytaj cały artykuł w {site}', 'Cały artykuł na {site}'] },
  { lang: 'sv', phrases: ['Källa: {site}'] },
  { lang: 'da', phrases: ['Kilde: {site}'] },
  { lang: 'no', phrases: ['Kilde: {site}'] },
  { lang: 'fi', phrases: ['Lähde: {site}'] },
  { lang: 'hu', phrases: ['Forrás: {site}'] },
  { lang: 'el', phrases: ['Πηγή: {site}'] },
  { lang: 'cs', phrases: ['Zdroj: {site}'] },
  { lang: 'ro', phrases: ['Sursa: {site}', 'Sursă: {site}'] },
  { lang: 'tr', phrases: ['Kaynak: {site}'] },
  { lang: 'id', phrases: ['Sumber: {site}'] },
  { lang: 'ru', phrases: ['Источник: {site}'] },
  { lang: 'uk', phrases: ['Джерело: {site}'] },
  { lang: 'vi', phrases: ['Nguồn: {site}', 'Nguồn tin: {site}'] },
  { lang: 'hi', phrases: ['स्रोत: {site}', 'सोर्स: {site}'] },
  { lang: 'ar', phrases: ['المصدر: {site}', 'المصدر : {site}', 'مصدر: {site}'] },
  { lang: 'he', phrases: ['מקור: {site}'] },
  { lang: 'ko', phrases: ['출처: {site}', '출처 : {site}', '출처={site}', '출처 = {site}'] },
  { lang: 'zh', phrases: ['来源：{site}', '來源：{site}', '来源: {site}', '文章来源：{site}', '文章來源：{site}', '新闻来源：{site}', '出处：{site}', '來源: {site}'] },
  { lang: 'ja', phrases: ['出典：{site}', 'ソース：{site}', '出典: {site}', 'ソース: {site}', '引用元：{site}', '引用元: {site}', '参照：{site}'] },
];

/**
 * Pointers to the whole text elsewhere: an aggregator's "Read the full article at <site>", and a
 * shortened cross-post's closing teaser ("Full article with all the code examples: <link>"), where
 * `{detail}` says what the full version adds and `{site}` must then be a link.
 */
export const fullArticle: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Full article: {site}', 'Full article at {site}', 'Full article on {site}', 'Full article {detail}: {site}', 'Full post: {site}', 'Full post at {site}', 'Full post {detail}: {site}', 'Read the full article at {site}', 'Read the full article on {site}', 'Read the full story at {site}', 'Read the full story on {site}', 'Read more at {site}', 'Continue reading at {site}', 'Continue reading on {site}', 'Continue reading on {site}', 'To read this article in full, please click here', 'Click here to read the full article', 'Click here to read more', 'from {site} https://ift.tt/{id}', 'from {site} http://ift.tt/{id}', 'RSS Feed: {site}', 'Read the full post on {site}', 'Read the full post at {site}', 'Read it on {site}', 'Read it at {site}', 'Read on {site}'] },
  { lang: 'de', phrases: ['Vollständiger Artikel: {site}', 'Vollständiger Artikel {detail}: {site}', 'Ganzer Artikel: {site}', 'Den vollständigen Artikel lesen Sie auf {site}', 'Lesen Sie den ganzen Artikel auf {site}', 'Weiterlesen auf {site}', 'Zum vollständigen Artikel auf {site}', 'Lies es auf {site}', 'Hier weiterlesen auf {site}'] },
  { lang: 'fr', phrases: ['Article complet: {site}', 'Article complet : {site}', 'Article complet {detail}: {site}', 'Article complet {detail} : {site}', "Lire l'article complet sur {site}", 'Lire la suite sur {site}', "Lire l'article sur {site}", 'À lire sur {site}', 'Lisez-le sur {site}'] },
  { lang: 'es', phrases: ['Artículo completo: {site}', 'Artículo completo en {site}', 'Artículo completo {detail}: {site}', 'Leer noticia completa en {site}', 'Lee la noticia completa en {site}', 'Leer artículo completo en {site}', 'Seguir leyendo en {site}', 'Léelo en {site}', 'Léelo completo en {site}', 'Lee más en {site}', 'Sigue leyendo en {site}', 'Leer más en {site}'] },
  { lang: 'pt', phrases: ['Artigo completo: {site}', 'Artigo completo em {site}', 'Artigo completo {detail}: {site}', 'Leia a matéria completa em {site}', 'Leia a notícia completa em {site}', 'Leia mais em {site}', 'Continue lendo em {site}', 'Leia em {site}', 'Leia no {site}', 'Leia na íntegra em {site}', 'Leia mais no {site}', 'Leia mais na {site}', 'Leia a matéria completa no {site}', 'Leia a matéria completa na {site}', 'Continue lendo no {site}', 'Continue lendo na {site}'] },
  { lang: 'it', phrases: ['Articolo completo: {site}', 'Articolo completo su {site}', 'Articolo completo {detail}: {site}', "Leggi l'articolo completo su {site}", 'Continua a leggere su {site}', 'Leggi tutto su {site}', 'Leggilo su {site}', 'Leggi la notizia su {site}', 'Leggi di più su {site}', 'Leggi anche su {site}'] },
  { lang: 'nl', phrases: ['Volledig artikel: {site}', 'Volledig artikel op {site}', 'Volledig artikel {detail}: {site}', 'Lees het volledige artikel op {site}', 'Lees het hele artikel op {site}', 'Lees verder op {site}', 'Lees meer op {site}'] },
  { lang: 'pl', phrases: ['Pełny artykuł: {site}', 'Pełny artykuł na {site}', 'Czytaj więcej na {site}', 'Cały artykuł przeczytasz na {site}', 'Czytaj dalej na {site}'] },
  { lang: 'sv', phrases: ['Hela artikeln: {site}', 'Hela artikeln {detail}: {site}', 'Läs hela artikeln på {site}', 'Läs mer på {site}'] },
  { lang: 'da', phrases: ['Hele artiklen: {site}', 'Læs hele artiklen på {site}', 'Læs mere på {site}'] },
  { lang: 'no', phrases: ['Hele artikkelen: {site}', 'Les hele artikkelen på {site}', 'Les mer på {site}'] },
  { lang: 'ru', phrases: ['Полная статья: {site}', 'Полная версия статьи: {site}', 'Читать полностью на {site}', 'Подробнее на {site}'] },
  { lang: 'uk', phrases: ['Повна стаття: {site}', 'Читати повністю на {site}', 'Детальніше на {site}'] },
  { lang: 'cs', phrases: ['Celý článek: {site}', 'Celý článek čtěte na {site}', 'Celý článek najdete na {site}', 'Více na {site}'] },
  { lang: 'hu', phrases: ['A teljes cikk: {site}', 'Teljes cikk: {site}', 'A teljes cikk itt olvasható: {site}'] },
  // Romanian sites often drop the diacritics ("Citeste"): both spellings are the label.
  { lang: 'ro', phrases: ['Citește articolul complet pe {site}', 'Citeste articolul complet pe {site}', 'Citește continuarea pe {site}', 'Citeste continuarea pe {site}', 'Citește mai mult pe {site}', 'Citeste mai mult pe {site}', 'Articolul complet: {site}'] },
  { lang: 'id', phrases: ['Baca selengkapnya di {site}', 'Baca artikel selengkapnya di {site}', 'Baca berita selengkapnya di {site}', 'Selengkapnya di {site}'] },
  { lang: 'ms', phrases: ['Baca artikel penuh di {site}', 'Baca selanjutnya di {site}', 'Baca lagi di {site}'] },
  { lang: 'vi', phrases: ['Xem chi tiết tại {site}', 'Xem thêm tại {site}', 'Đọc thêm tại {site}', 'Đọc bài viết đầy đủ tại {site}', 'Xem toàn bộ bài viết tại {site}'] },
];

/**
 * A planet's or an aggregator's link home, printed under the credit to the original post ("Article
 * original de X" / "Aller sur Planète jQuery"): taken only right under a source line, since "Go to
 * Settings" alone may be a step of the post.
 */
export const goToSite: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Go to {site}', 'Back to {site}', 'Visit {site}'] },
  { lang: 'de', phrases: ['Zu {site}', 'Zurück zu {site}', 'Weiter zu {site}'] },
  { lang: 'fr', phrases: ['Aller sur {site}', 'Aller à {site}', 'Retour à {site}', 'Retour sur {site}', 'Visiter {site}'] },
  { lang: 'es', phrases: ['Ir a {site}', 'Volver a {site}', 'Visitar {site}'] },
  { lang: 'pt', phrases: ['Ir para {site}', 'Voltar para {site}', 'Visitar {site}'] },
  { lang: 'it', phrases: ['Vai a {site}', 'Torna a {site}', 'Visita {site}'] },
  { lang: 'nl', phrases: ['Ga naar {site}', 'Terug naar {site}'] },
];

/**
 * A site's own calls to read more of it, by its name: a puzzle teaser that keeps the answer there
 * ("Check Braingle.com for the answer"), a promo for its other stories ("Baca lagi artikel menarik
 * lain hanya di SAYS Seismik", "Retrouvez plus d'articles sur …"). Unlike an aggregator's "Read the
 * full article at <site>", which names where a copy came from, these name the site the reader is on.
 */
export const ownSiteCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Check {site} for the answer', 'Check {site} for the answers', 'Check {site} for the solution', 'Visit {site} for the answer', 'Visit {site} for the solution', 'See {site} for the answer', 'See the solution at {site}', 'Find the answer at {site}', 'Find the answer on {site}', 'Get the answer at {site}', 'The answer is on {site}', 'Read more great stories on {site}', 'Read more great articles on {site}', 'Read more stories like this on {site}', 'Find more stories like this on {site}', 'Discover more stories on {site}', 'Read more articles only on {site}', 'Read more stories only on {site}', 'More great stories only on {site}', 'For more stories like this, visit {site}', 'For more great stories, visit {site}'] },
  { lang: 'de', phrases: ['Die Lösung gibt es auf {site}', 'Die Auflösung gibt es auf {site}', 'Die Antwort gibt es auf {site}', 'Die Lösung finden Sie auf {site}', 'Die Lösung findest du auf {site}', 'Die Auflösung finden Sie auf {site}', 'Mehr spannende Artikel gibt es auf {site}', 'Weitere spannende Artikel finden Sie auf {site}', 'Mehr spannende Geschichten auf {site}', 'Weitere Artikel gibt es nur auf {site}'] },
  { lang: 'fr', phrases: ['Retrouvez la réponse sur {site}', 'Découvrez la réponse sur {site}', 'La réponse sur {site}', 'La solution sur {site}', 'Retrouvez la solution sur {site}', "Retrouvez plus d'articles sur {site}", "Découvrez d'autres articles sur {site}", "Lisez d'autres articles sur {site}", "Retrouvez d'autres histoires sur {site}"] },
  { lang: 'es', phrases: ['Consulta la respuesta en {site}', 'Descubre la respuesta en {site}', 'La respuesta en {site}', 'La solución en {site}', 'Consulta la solución en {site}', 'Descubre la solución en {site}', 'Lee más artículos en {site}', 'Descubre más artículos en {site}', 'Lee más historias como esta en {site}', 'Más historias solo en {site}'] },
  { lang: 'pt', phrases: ['Veja a resposta em {site}', 'Veja a resposta no {site}', 'Confira a resposta em {site}', 'Confira a resposta no {site}', 'Descubra a resposta no {site}', 'Confira a solução no {site}', 'Leia mais artigos no {site}', 'Leia mais artigos em {site}', 'Leia outras matérias no {site}', 'Confira outras matérias no {site}'] },
  { lang: 'it', phrases: ['La soluzione su {site}', 'Scopri la soluzione su {site}', 'Scopri la risposta su {site}', 'Trovi la risposta su {site}', 'Leggi altri articoli su {site}', 'Scopri altri articoli su {site}', 'Altre storie solo su {site}'] },
  { lang: 'nl', phrases: ['Het antwoord vind je op {site}', 'De oplossing vind je op {site}', 'Bekijk het antwoord op {site}', 'Lees meer artikelen op {site}', 'Meer verhalen lees je op {site}'] },
  { lang: 'sv', phrases: ['Svaret hittar du på {site}', 'Lösningen hittar du på {site}', 'Läs fler artiklar på {site}'] },
  { lang: 'pl', phrases: ['Odpowiedź znajdziesz na {site}', 'Rozwiązanie znajdziesz na {site}', 'Więcej artykułów przeczytasz na {site}'] },
  { lang: 'ru', phrases: ['Ответ смотрите на {site}', 'Ответ ищите на {site}', 'Читайте другие статьи на {site}', 'Больше интересных статей на {site}'] },
  { lang: 'id', phrases: ['Baca artikel menarik lainnya di {site}', 'Baca berita menarik lainnya di {site}', 'Baca artikel lainnya hanya di {site}', 'Temukan jawabannya di {site}'] },
  { lang: 'ms', phrases: ['Baca lagi artikel menarik lain hanya di {site}', 'Baca artikel menarik lain hanya di {site}', 'Baca lagi artikel menarik lain di {site}', 'Baca lebih banyak artikel menarik di {site}', 'Baca artikel menarik lain di {site}'] },
  { lang: 'tr', phrases: ['Cevabı {site} sitesinde', 'Daha fazla ilginç haber {site} sitesinde'] },
];

/**
 * The link back to the original an aggregator or a feed plugin prints under a copied item ("Go to
 * Source", "Read the original article", "Zum Originalartikel", "查看原文"), as a whole line of its
 * own. `{site}` is the outlet, when the link names it.
 */
export const originalLinks: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Go to Source', 'Go to source', 'Go to the source', 'Go to Full Article', 'Go to full article', 'Go to the original article', 'Original Article', 'Original article', 'Original Post', 'Original post', 'Read the original article', 'Read the original', 'Read original article', 'Read original post', 'Read the original post', 'Read the original post at {site}', 'Read the original post on {site}', 'Read the original article at {site}', 'Read the original article on {site}', 'View original post', 'View original article', 'View the original article', 'View Original Source', 'View original source', 'View source', 'View the source', 'Visit the original post', 'Visit the original article', 'Visit source', 'Link to original post', 'Link to original article', 'Link to the original article', 'Link to source', 'Original source', 'Read at source', 'Read on {site}', 'Read it on {site}', 'Read the rest at {site}', 'Read the rest on {site}', 'Source article', 'Permalink to original'] },
  { lang: 'de', phrases: ['Zur Quelle', 'Zur Originalquelle', 'Zum Originalartikel', 'Zum Originalbeitrag', 'Zum Original', 'Originalartikel lesen', 'Originalbeitrag lesen', 'Originalartikel', 'Originalbeitrag', 'Quelle anzeigen', 'Zum Artikel auf {site}', 'Zum Beitrag auf {site}', 'Weiterlesen bei {site}'] },
  { lang: 'fr', phrases: ['Aller à la source', 'Voir la source', "Lire l'article original", "Lire l'article d'origine", "Voir l'article d'origine", 'Article original', 'Source originale', "Lien vers l'article original", "Lien vers l'article", 'Lire sur {site}', "Lire l'article sur {site}"] },
  { lang: 'es', phrases: ['Ir a la fuente', 'Ver la fuente', 'Ver fuente', 'Ver la fuente original', 'Fuente original', 'Ver artículo original', 'Ver el artículo original', 'Leer el artículo original', 'Leer artículo original', 'Artículo original', 'Ver noticia original', 'Noticia original', 'Enlace al artículo original', 'Leer en {site}'] },
  { lang: 'pt', phrases: ['Ir para a fonte', 'Ver fonte', 'Ver a fonte', 'Fonte original', 'Ver matéria original', 'Ver artigo original', 'Leia o artigo original', 'Leia a matéria original', 'Ler artigo original', 'Artigo original', 'Matéria original', 'Notícia original', 'Link para o artigo original', 'Leia no {site}', 'Leia em {site}'] },
  { lang: 'it', phrases: ['Vai alla fonte', 'Vedi la fonte', 'Fonte originale', "Leggi l'articolo originale", "Vai all'articolo originale", 'Articolo originale', "Link all'articolo originale", 'Leggi su {site}'] },
  { lang: 'nl', phrases: ['Ga naar de bron', 'Naar de bron', 'Bekijk de bron', 'Lees het originele artikel', 'Lees het oorspronkelijke artikel', 'Origineel artikel', 'Oorspronkelijk artikel', 'Lees verder op {site}'] },
  { lang: 'sv', phrases: ['Gå till källan', 'Läs originalartikeln', 'Originalartikel', 'Läs originalet'] },
  { lang: 'da', phrases: ['Gå til kilden', 'Læs den originale artikel', 'Originalartikel', 'Original artikel'] },
  { lang: 'no', phrases: ['Gå til kilden', 'Les originalartikkelen', 'Originalartikkel'] },
  { lang: 'fi', phrases: ['Siirry lähteeseen', 'Lue alkuperäinen artikkeli', 'Alkuperäinen artikkeli'] },
  { lang: 'pl', phrases: ['Przejdź do źródła', 'Oryginalny artykuł', 'Czytaj oryginał', 'Zobacz oryginał', 'Link do oryginału', 'Artykuł źródłowy'] },
  { lang: 'cs', phrases: ['Přejít na zdroj', 'Původní článek', 'Zobrazit originál', 'Zdrojový článek'] },
  { lang: 'ru', phrases: ['Перейти к источнику', 'Оригинал статьи', 'Читать оригинал', 'Перейти к оригиналу', 'Читать в источнике', 'Оригинал новости', 'Ссылка на оригинал', 'Ссылка на источник'] },
  { lang: 'uk', phrases: ['Перейти до джерела', 'Оригінал статті', 'Читати оригінал', 'Посилання на джерело', 'Посилання на оригінал'] },
  { lang: 'tr', phrases: ['Kaynağa git', 'Orijinal makale', 'Orijinal haber', 'Orijinal haberi oku', 'Haberin kaynağı', 'Kaynak haber'] },
  { lang: 'id', phrases: ['Kunjungi sumber', 'Baca artikel asli', 'Artikel asli', 'Sumber asli', 'Lihat sumber'] },
  { lang: 'ms', phrases: ['Baca artikel asal', 'Artikel asal', 'Sumber asal'] },
  { lang: 'vi', phrases: ['Xem bài gốc', 'Đọc bài gốc', 'Bài gốc', 'Xem nguồn', 'Link bài gốc'] },
  { lang: 'zh', phrases: ['查看原文', '原文链接', '原文鏈接', '原文地址', '查看原文链接', '原文連結', '查看原文連結'] },
  { lang: 'ja', phrases: ['元記事を読む', '元記事はこちら', '元記事', '元の記事を読む', '引用元', '元記事を見る'] },
  { lang: 'ko', phrases: ['원문 보기', '원문보기', '기사 원문', '원문 링크', '원문 기사 보기'] },
  { lang: 'ar', phrases: ['اقرأ المقال الأصلي', 'المقال الأصلي', 'المصدر الأصلي', 'رابط المصدر', 'الذهاب إلى المصدر'] },
  { lang: 'ro', phrases: ['Vezi articolul original', 'Citește articolul original', 'Citeste articolul original', 'Articolul original', 'Sursa originală'] },
  { lang: 'hu', phrases: ['Eredeti cikk', 'Az eredeti cikk', 'Eredeti cikk megtekintése', 'Tovább az eredeti cikkhez'] },
  { lang: 'hi', phrases: ['मूल लेख पढ़ें', 'मूल लेख', 'मूल खबर पढ़ें'] },
];

/**
 * What an automation service or a feed-to-post plugin writes under what it posted ("Posted via
 * IFTTT", "from Blogger via IFTTT", "This post was imported from X by WPeMatico"). `{x}` is a
 * service or a feed; the rule wants a service there after "via" and "with" (automationServices),
 * a name elsewhere.
 */
export const automationCredits: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Posted via {x}', 'Sent via {x}', 'Shared via {x}', 'Published via {x}', 'Posted with {x}', 'Posted by IFTTT', 'from {x} via IFTTT', 'via IFTTT', 'via Zapier', 'Syndicated from {x}', 'Auto-posted from {x}', 'Autoposted from {x}', 'This post was imported from {x} by WPeMatico', 'This post was imported by WPeMatico', 'This post was automatically imported from {x}', 'This post was automatically generated from {x}', 'This article was automatically imported from {x}', 'This article was automatically generated from {x}', 'Automatically posted from {x}', 'This item was syndicated from {x}'] },
  { lang: 'de', phrases: ['Automatisch importiert von {x}', 'Dieser Beitrag wurde automatisch von {x} importiert', 'Gepostet via {x}'] },
  { lang: 'fr', phrases: ['Publié via {x}', 'Cet article a été importé automatiquement depuis {x}'] },
  { lang: 'es', phrases: ['Publicado vía {x}', 'Publicado a través de {x}', 'Este artículo fue importado automáticamente de {x}'] },
  { lang: 'pt', phrases: ['Publicado via {x}', 'Este post foi importado automaticamente de {x}'] },
  { lang: 'it', phrases: ['Pubblicato tramite {x}'] },
];

/** Services that post for a blog, named after "Posted via" / "Publié via": a name alone may be a place ("Posted via Rome"). */
export const automationServices: readonly string[] = [
  'ifttt', 'zapier', 'buffer', 'hootsuite', 'dlvr.it', 'make', 'integromat', 'n8n', 'socialbee', 'publer', 'jetpack', 'wpematico',
  'feedzy', 'wp rss aggregator', 'feedwordpress', 'wordpress', 'wordpress.com', 'blogger', 'tumblr', 'medium', 'substack', 'ghost',
  'micro.blog', 'mastodon', 'twitter', 'facebook', 'instagram', 'rss', 'feedly', 'inoreader', 'pocket', 'flipboard', 'telegram',
  'linkedin', 'threads', 'bluesky', 'google', 'google blogger', 'hubspot', 'mailchimp', 'later', 'sprout social', 'ifttt.com',
];
