import type { PhraseSet } from './match.js';

/**
 * Headings over the lists of other posts a page puts around or under an article ("More on this
 * story", "Most read", "Leia também", "関連記事"). The whole heading, any case, a colon or arrow
 * aside; `{any}` ends a heading that names a site or section ("More from The Gazette").
 */
export const listHeadings: readonly PhraseSet[] = [
  {
    lang: 'en',
    phrases: [
      'Related', 'Related articles', 'Related posts', 'Related stories', 'Related news', 'Related content', 'Related coverage',
      'Related reading', 'Related links', 'Related videos', 'More on this story', 'More stories', 'More news', 'More articles',
      'More videos', 'More great {any}', 'More from {any}', 'More in {any}', 'More on {any}', 'Elsewhere on {any}', 'Top stories', 'Top news',
      'Most popular', 'Most popular today', 'Most popular {any}', 'Most read {any}', 'Most read', 'Most viewed', 'Most shared', 'Popular', 'Popular posts',
      'Popular stories', 'Popular now', 'Trending', 'Trending now', 'Trending stories', 'Latest', 'Latest news',
      'Latest stories', 'Latest posts', 'Latest articles', 'Our latest stories', 'Recent posts', 'Recent articles',
      'Recent stories', 'You may also like', 'You might also like', 'You may like', 'You might like',
      'You may be interested in', 'Recommended', 'Recommended for you', 'Recommended stories', 'Read next', 'Up next',
      'Read more', 'Read these next', "Don't miss", 'Must read', 'Must watch', 'Editor\'s picks', "Editors' picks",
      'Further reading', 'See also', 'Also read', 'Also on {any}', 'Around the web', 'From the web', 'Sponsored stories',
      'Promoted stories', 'In case you missed it', 'What to read next', 'Previous post', 'Next post',
      'Top posts', 'Top posts & pages', 'Top posts and pages', 'Related reads', 'Keep reading', 'Read this next',
    ],
  },
  {
    lang: 'de',
    phrases: [
      'Mehr zum Thema', 'Das könnte Sie auch interessieren', 'Das könnte dich auch interessieren', 'Auch interessant',
      'Lesen Sie auch', 'Weitere Artikel', 'Ähnliche Artikel', 'Verwandte Artikel', 'Meistgelesen', 'Meistgelesene Artikel',
      'Am meisten gelesen', 'Neueste Artikel', 'Aktuelle Nachrichten', 'Mehr aus {any}', 'Empfohlen', 'Top-Themen',
    ],
  },
  {
    lang: 'fr',
    phrases: [
      'À lire aussi', 'A lire aussi', 'Lire aussi', 'Sur le même sujet', 'Articles similaires', 'Articles liés',
      'Les plus lus', 'Les plus populaires', 'Derniers articles', 'Dernières actualités', 'Vous aimerez aussi',
      'Vous aimerez peut-être aussi', 'Plus de {any}', 'À voir aussi', 'Voir aussi',
    ],
  },
  {
    lang: 'es',
    phrases: [
      'Te puede interesar', 'Te puede gustar', 'Noticias relacionadas', 'Artículos relacionados', 'Relacionado',
      'Relacionados', 'Lo más leído', 'Lo más visto', 'Más leídas', 'Más noticias', 'Últimas noticias', 'Lee también',
      'Más de {any}', 'Quizás te interese', 'Recomendados',
    ],
  },
  {
    lang: 'pt',
    phrases: [
      'Leia também', 'Leia mais', 'Veja também', 'Saiba mais', 'Notícias relacionadas', 'Posts relacionados',
      'Artigos relacionados', 'Matérias relacionadas', 'Relacionados', 'Mais lidas', 'Mais lidos', 'Mais vistos',
      'Últimas notícias', 'Últimas', 'Você pode gostar', 'Você também pode gostar', 'Recomendados', 'Mais de {any}',
    ],
  },
  {
    lang: 'it',
    phrases: [
      'Leggi anche', 'Articoli correlati', 'Potrebbe interessarti', 'Ti potrebbe interessare', 'I più letti',
      'Più letti', 'Ultime notizie', 'Altri articoli', 'Notizie correlate', 'Altro da {any}',
    ],
  },
  { lang: 'nl', phrases: ['Lees ook', 'Gerelateerde artikelen', 'Meest gelezen', 'Laatste nieuws', 'Meer nieuws', 'Ook interessant'] },
  { lang: 'pl', phrases: ['Czytaj także', 'Czytaj też', 'Zobacz także', 'Zobacz też', 'Najczęściej czytane', 'Najnowsze', 'Polecane', 'Podobne artykuły', 'Podobne wpisy', 'Podobne posty', 'Powiązane artykuły', 'Powiązane wpisy', 'Przeczytaj także', 'Przeczytaj też', 'Najpopularniejsze'] },
  {
    lang: 'ru',
    phrases: [
      'Читайте также', 'Смотрите также', 'Похожие статьи', 'Похожие записи', 'Похожие новости', 'По теме',
      'Самые популярные', 'Самые популярные {any}', 'Популярные {any}', 'Похожие {any}', 'Популярное', 'Популярные статьи', 'Последние новости', 'Другие новости', 'Рекомендуем',
      'Самое читаемое', 'Новости партнеров',
    ],
  },
  { lang: 'uk', phrases: ['Читайте також', 'Дивіться також', 'Схожі статті', 'Популярне', 'Останні новини'] },
  { lang: 'tr', phrases: ['İlgili haberler', 'İlgili haber', 'İlgili yazılar', 'Benzer yazılar', 'Benzer haberler', 'En çok okunanlar', 'Son dakika', 'Bunlar da ilginizi çekebilir'] },
  { lang: 'id', phrases: ['Baca juga', 'Berita terkait', 'Artikel terkait', 'Terpopuler', 'Berita lainnya', 'Berita terbaru', 'Artikel lainnya', 'Pilihan redaksi'] },
  { lang: 'ja', phrases: ['関連記事', '関連ニュース', '人気記事', 'おすすめ記事', '最新記事', 'あわせて読みたい', 'こちらもおすすめ', '人気の記事'] },
  { lang: 'ko', phrases: ['관련기사', '관련 기사', '많이 본 뉴스', '많이 본 기사', '인기기사', '최신기사', '추천기사'] },
  { lang: 'ar', phrases: ['مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'اقرأ أيضا', 'اقرأ أيضاً', 'الأكثر قراءة', 'الأكثر مشاهدة', 'آخر الأخبار', 'قد يعجبك أيضا', 'قد يهمك أيضا'] },
  { lang: 'zh', phrases: ['相关文章', '相关阅读', '相关新闻', '热门文章', '推荐阅读', '延伸阅读', '最新文章'] },
];
