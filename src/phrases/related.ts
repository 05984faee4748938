import type { PhraseSet } from './match.js';

/**
 * Labels of the links news sites put between paragraphs or under the article: "Related: <headline>",
 * "Lesen Sie auch: <headline>", "Baca juga: <headline>". The label and its colon open the line.
 */
export const relatedLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Related:', 'Read also:', 'Also read:', 'Read more:', 'See also:', 'Related story:', 'Related article:', 'Related coverage:', 'More:', 'Recommended:', 'Related Stories:', 'Related stories:', 'Related posts:', 'Related reading:', 'Further reading:', 'You may also like:', 'You might also like:', 'Read next:', 'Also on {x}:', 'Don\'t miss:'] },
  { lang: 'de', phrases: ['Lesen Sie auch:', 'Lies auch:', 'Auch interessant:', 'Mehr zum Thema:', 'Das könnte Sie auch interessieren:', 'Siehe auch:', 'Lesen Sie dazu:', 'Lesen Sie dazu auch:', 'Mehr dazu:', 'Lesetipp:', 'Passend dazu:', 'Ebenfalls interessant:', 'Auch lesenswert:', 'Weiterlesen:'] },
  { lang: 'fr', phrases: ['Lire aussi :', 'Lire aussi:', 'À lire aussi :', 'A lire aussi :', 'Voir aussi :', 'Sur le même sujet :', 'À lire aussi:', 'A lire aussi:', 'Voir aussi:', 'Sur le même sujet:', 'À lire également :', 'À lire également:', 'Lire également :', 'Lire également:', 'À voir aussi :', 'À voir aussi:', 'Voir également :', 'Voir également:', 'À découvrir aussi :', 'Lire la suite :'] },
  { lang: 'es', phrases: ['Lee también:', 'Lea también:', 'Leer también:', 'Te puede interesar:', 'Relacionado:', 'Noticia relacionada:', 'Ver también:', 'Noticias relacionadas:', 'Te podría interesar:', 'Lee además:', 'Lea además:', 'Puede interesarte:', 'También puedes leer:', 'Artículo relacionado:'] },
  { lang: 'pt', phrases: ['Leia também:', 'Leia mais:', 'Veja também:', 'Saiba mais:', 'Relacionado:', 'Veja mais:', 'Confira também:', 'Leia ainda:', 'Notícia relacionada:', 'Artigo relacionado:', 'Ler também:', 'Ler mais:', 'Veja ainda:'] },
  { lang: 'it', phrases: ['Leggi anche:', 'Potrebbe interessarti:', 'Vedi anche:', 'Correlato:', 'Potrebbe interessarti anche:', 'Articoli correlati:', 'Articolo correlato:', 'Leggi pure:', 'Ti potrebbe interessare:'] },
  { lang: 'nl', phrases: ['Lees ook:', 'Gerelateerd:', 'Zie ook:', 'Ook interessant:', 'Lees hier ook:', 'Meer over dit onderwerp:', 'Lees meer:', 'Lees ook'] },
  { lang: 'pl', phrases: ['Czytaj także:', 'Czytaj też:', 'Przeczytaj również:', 'Zobacz także:', 'Zobacz też:', 'Przeczytaj także:', 'Zobacz również:', 'Czytaj również:', 'Przeczytaj też:', 'Polecamy:', 'Powiązane:'] },
  { lang: 'sv', phrases: ['Läs också:', 'Läs även:', 'Relaterat:', 'Läs mer:', 'Läs också'] },
  { lang: 'da', phrases: ['Læs også:', 'Læs også', 'Relateret:', 'Læs mere:'] },
  { lang: 'no', phrases: ['Les også:', 'Les også', 'Relatert:', 'Les mer:'] },
  { lang: 'fi', phrases: ['Lue myös:', 'Lue myös', 'Katso myös:', 'Aiheesta lisää:'] },
  { lang: 'cs', phrases: ['Čtěte také:', 'Čtěte také', 'Přečtěte si také:', 'Související:', 'Mohlo by vás zajímat:', 'Čtěte též:'] },
  { lang: 'sk', phrases: ['Čítajte aj:', 'Prečítajte si aj:', 'Súvisiace:'] },
  { lang: 'hu', phrases: ['Ezt is olvasd:', 'Olvassa el ezt is:', 'Ez is érdekelheti:', 'Kapcsolódó:', 'Kapcsolódó cikk:', 'Ajánljuk:'] },
  { lang: 'ro', phrases: ['Citește și:', 'Citeste si:', 'Citește și', 'Vezi și:', 'Vezi si:', 'Articol similar:', 'Recomandări:'] },
  { lang: 'ru', phrases: ['Читайте также:', 'Смотрите также:', 'По теме:', 'Читайте также', 'Читайте еще:', 'Читайте ещё:', 'Еще по теме:', 'Ещё по теме:', 'Материалы по теме:'] },
  { lang: 'uk', phrases: ['Читайте також:', 'Дивіться також:', 'Читайте також', 'Також читайте:', 'По темі:', 'Читайте більше:'] },
  { lang: 'tr', phrases: ['İlgili Haber:', 'İlgili haber:', 'İLGİLİ HABER:', 'Ayrıca okuyun:', 'Bunlar da ilginizi çekebilir:', 'Ayrıca bakınız:', 'İlgili Haberler:', 'İlginizi çekebilir:', 'Bunu da okuyun:', 'Bu haberi de okuyun:'] },
  { lang: 'id', phrases: ['Baca juga:', 'Baca Juga:', 'Simak juga:', 'Lihat juga:', 'Baca juga', 'Baca Juga', 'Berita terkait:', 'Artikel terkait:', 'Baca Artikel Lainnya:'] },
  { lang: 'ms', phrases: ['Baca juga:', 'Artikel berkaitan:'] },
  { lang: 'zh', phrases: ['相关阅读：', '相关文章：', '延伸阅读：', '推荐阅读：', '相关新闻：', '相關新聞：', '延伸閱讀：', '相關文章：', '推薦閱讀：', '相关阅读:', '相关文章:', '延伸阅读:', '延伸閱讀:', '推荐阅读:', '相关报道：', '相關報導：', '往期回顾：'] },
  { lang: 'ja', phrases: ['関連記事：', '関連記事:', 'あわせて読みたい：', 'あわせて読みたい:', '関連：', '関連:', 'こちらもおすすめ：', 'おすすめ記事：', '合わせて読みたい：'] },
  { lang: 'ko', phrases: ['관련 기사:', '관련기사:', '함께 보면 좋은 기사:', '같이 보면 좋은 기사:', '추천 기사:'] },
  { lang: 'vi', phrases: ['Xem thêm:', 'Đọc thêm:', 'Tin liên quan:', 'Bài liên quan:', 'Có thể bạn quan tâm:', 'Xem thêm'] },
  { lang: 'hi', phrases: ['यह भी पढ़ें:', 'ये भी पढ़ें:', 'इसे भी पढ़ें:', 'यह भी पढ़ें -', 'ये भी पढ़ें -', 'संबंधित खबरें:'] },
  { lang: 'ar', phrases: ['اقرأ أيضا:', 'اقرأ أيضاً:', 'إقرأ أيضا:', 'إقرأ أيضاً:', 'اقرأ أيضًا:', 'مواضيع ذات صلة:', 'أخبار ذات صلة:', 'اقرأ ايضا:'] },
  { lang: 'el', phrases: ['Διαβάστε επίσης:', 'Δείτε επίσης:', 'Σχετικά:'] },
];

/**
 * The headline Jetpack's Related Posts module prints over its list ("Related"), YARPP's over its
 * plain list of titles ("Related posts:"), and the other related, popular and "more from" lists'
 * ("Recommended for you", "Lesen Sie auch"), as their translations write them; the list's context
 * lines ('In "News"', "Dans « Actualités »") are told by their shape.
 */
export const relatedHeadlines: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Related', 'Related posts', 'Related Posts', 'You may also like', 'You might also like', 'Related Articles', 'Related articles', 'Related Stories', 'Related stories', 'Related content', 'Related reading', 'Recommended for you', 'Recommended', 'Recommended reading', 'Recommended stories', 'Read next', 'Up next', 'More from {x}', 'More stories', 'More articles', 'More news', 'Trending', 'Trending now', 'Most popular', 'Most read', 'Popular posts', 'Recent posts', "Editor's picks"] },
  { lang: 'de', phrases: ['Ähnliche Beiträge', 'Ähnlich', 'Verwandte Beiträge', 'Das könnte dich auch interessieren', 'Mehr zum Thema', 'Weitere Artikel', 'Das könnte Sie auch interessieren', 'Meistgelesen', 'Empfohlen', 'Lesen Sie auch', 'Weitere Beiträge', 'Verwandte Artikel', 'Ähnliche Artikel', 'Das könnte dir auch gefallen', 'Das könnte Ihnen auch gefallen', 'Auch interessant', 'Weitere Artikel zum Thema'] },
  { lang: 'fr', phrases: ['Articles similaires', 'Similaire', 'Articles liés', 'En lien', 'À lire aussi', 'Sur le même sujet', 'Lire aussi', 'Les plus lus', 'Recommandé pour vous', 'À lire également', 'Vous aimerez aussi', 'Vous aimerez peut-être aussi', 'Vous pourriez aussi aimer', 'Articles connexes', 'Ces articles pourraient vous intéresser', 'Articles recommandés', 'À découvrir aussi'] },
  { lang: 'es', phrases: ['Relacionado', 'Relacionados', 'Entradas relacionadas', 'Te puede interesar', 'También te puede interesar', 'Lo más leído', 'Más noticias', 'Noticias relacionadas', 'Artículos relacionados', 'Publicaciones relacionadas', 'Quizás te interese', 'Te podría interesar', 'También podría interesarte', 'Posts relacionados', 'Entradas similares'] },
  { lang: 'pt', phrases: ['Relacionado', 'Relacionados', 'Posts relacionados', 'Artigos relacionados', 'Leia também', 'Mais lidas', 'Veja também', 'Notícias relacionadas', 'Você também pode gostar', 'Você pode gostar também', 'Também pode gostar', 'Posts Relacionados', 'Publicações relacionadas', 'Você também pode se interessar', 'Artigos Relacionados', 'Você pode gostar'] },
  { lang: 'it', phrases: ['Correlati', 'Articoli correlati', 'Leggi anche', 'I più letti', 'Potrebbe interessarti', 'Articoli consigliati', 'Ti potrebbe interessare anche', 'Potrebbe interessarti anche', 'Ti potrebbe interessare', 'Post correlati', 'Articoli simili', 'Potrebbero interessarti'] },
  { lang: 'nl', phrases: ['Gerelateerd', 'Gerelateerde berichten', 'Lees ook', 'Meest gelezen', 'Aanbevolen', 'Misschien ook interessant', 'Dit vind je misschien ook leuk', 'Gerelateerde artikelen', 'Ook interessant', 'Meer over dit onderwerp'] },
  { lang: 'pl', phrases: ['Podobne', 'Powiązane', 'Podobne wpisy', 'Czytaj także', 'Najczęściej czytane', 'Polecane', 'Może cię zainteresować', 'Może Cię również zainteresować', 'Podobne artykuły', 'Powiązane artykuły', 'Powiązane wpisy', 'Zobacz też'] },
  { lang: 'sv', phrases: ['Läs också', 'Läs även', 'Relaterade', 'Relaterat', 'Relaterade inlägg', 'Du kanske också gillar', 'Du kanske även gillar', 'Relaterade artiklar', 'Liknande inlägg'] },
  { lang: 'da', phrases: ['Relateret', 'Relaterede indlæg', 'Du vil måske også kunne lide', 'Relaterede artikler', 'Læs også'] },
  { lang: 'no', phrases: ['Relatert', 'Relaterte innlegg', 'Du vil kanskje også like', 'Relaterte artikler', 'Les også'] },
  { lang: 'fi', phrases: ['Aiheeseen liittyvää', 'Aiheeseen liittyvät', 'Saatat pitää myös', 'Lue myös', 'Aiheeseen liittyvät artikkelit'] },
  { lang: 'cs', phrases: ['Související', 'Související příspěvky', 'Související články', 'Mohlo by vás zajímat', 'Podobné články', 'Čtěte také'] },
  { lang: 'hu', phrases: ['Kapcsolódó', 'Kapcsolódó bejegyzések'] },
  { lang: 'ro', phrases: ['Similare', 'Articole similare'] },
  { lang: 'ru', phrases: ['Похожее', 'Похожие записи', 'Читайте также', 'Популярное', 'Рекомендуем', 'Вам также может понравиться', 'Вам может понравиться', 'Похожие статьи', 'Похожие новости', 'Другие статьи'] },
  { lang: 'uk', phrases: ["Пов'язане", 'Схожі записи', 'Вам також може сподобатися', 'Схожі статті', 'Читайте також', 'Схоже'] },
  { lang: 'tr', phrases: ['İlgili', 'İlgili yazılar', 'Bunlar da ilginizi çekebilir', 'İlginizi çekebilir', 'Benzer yazılar', 'İlgili haberler'] },
  { lang: 'id', phrases: ['Terkait', 'Artikel terkait', 'Baca juga', 'Anda mungkin juga suka', 'Berita terkait', 'Artikel Terkait'] },
  { lang: 'ms', phrases: ['Artikel berkaitan', 'Anda mungkin juga suka'] },
  { lang: 'vi', phrases: ['Có liên quan', 'Bài viết liên quan', 'Có thể bạn quan tâm', 'Tin liên quan', 'Bài liên quan', 'Bạn có thể thích'] },
  { lang: 'ja', phrases: ['関連', '関連記事', 'あわせて読みたい', '合わせて読みたい', 'こちらもおすすめ', 'おすすめ記事', '関連投稿'] },
  { lang: 'zh', phrases: ['相关阅读', '延伸阅读', '推荐阅读', '相關閱讀', '延伸閱讀', '相关', '相關', '相关文章', '相關文章', '猜你喜欢', '你可能也喜欢', '相关推荐'] },
  { lang: 'ko', phrases: ['관련', '관련 글', '관련 기사', '관련기사', '함께 보면 좋은 글', '함께 읽으면 좋은 글', '추천 글', '같이 보면 좋은 글'] },
  { lang: 'ar', phrases: ['ذات صلة', 'مقالات ذات صلة', 'قد يعجبك أيضاً', 'قد يعجبك أيضا', 'اقرأ أيضاً', 'مواضيع ذات صلة', 'أخبار ذات صلة'] },
];
