import type { PhraseSet } from './match.js';

/**
 * Labels that news templates and editors put over a run of promoted headlines inside or under an
 * article ("DON'T MISS", "SEE MORE: <headline>", "Also on <site>", "Leia também:"). Only as an
 * element's whole text over links, or opening a line that is then a link; in a sentence they are
 * prose. `{any}` ends a label that names a site or section ("More from The Gazette").
 */
export const promoLabels: readonly PhraseSet[] = [
  {
    lang: 'en',
    phrases: [
      'See more', 'Read more', 'Read more about {any}', "Don't miss", 'Do not miss', 'More', 'Also read', 'Read also', 'Also see',
      'See also', 'Related', 'Related article', 'Related articles', 'Related story', 'Related stories', 'Related coverage',
      'Related link', 'Related links', 'Read next', 'Must read', 'Must see', 'Watch', 'Watch now', 'Watch more', 'Listen',
      'Trending', 'Top stories', 'Latest', 'Recommended', 'In case you missed it', 'ICYMI', 'Also on {any}',
      'More from {any}', 'More on {any}', 'More in {any}', 'Read the latest', 'Further reading', 'Also in the news',
      'Featured', 'Editor\'s pick', 'Editors\' picks', 'Read', 'Related news', 'Related content', 'Related reading', 'Recommended reading', 'More coverage', 'Read this next', 'Keep reading', 'Top story'
    ],
  },
  { lang: 'de', phrases: ['Lesen Sie auch', 'Lies auch', 'Auch interessant', 'Mehr zum Thema', 'Siehe auch', 'Das könnte Sie auch interessieren', 'Weiterlesen', 'Mehr dazu', 'Ebenfalls interessant', 'Lesen', 'Mehr lesen', 'Zum Thema', 'Lesetipp', 'Passend dazu', 'Auch lesenswert', 'Lesen Sie mehr'] },
  { lang: 'fr', phrases: ['Lire aussi', 'À lire aussi', 'A lire aussi', 'Lire également', 'À lire également', 'Voir aussi', 'À voir aussi', 'Sur le même sujet', 'À lire', 'Lire', 'Lire la suite', 'En lien', 'Lire plus', 'Notre dossier', 'À voir'] },
  { lang: 'es', phrases: ['Lee también', 'Lea también', 'Leer también', 'Te puede interesar', 'Ver también', 'Relacionado', 'Relacionada', 'Noticia relacionada', 'Más información', 'Lee más', 'No te pierdas', 'Leer', 'Leer más', 'Lea más', 'Relacionadas', 'Noticias relacionadas', 'Te recomendamos', 'Recomendado', 'También te puede interesar'] },
  { lang: 'pt', phrases: ['Leia também', 'Leia mais', 'Veja também', 'Veja mais', 'Saiba mais', 'Relacionado', 'Relacionada', 'Relacionadas', 'Confira também', 'Leia ainda', 'Não perca', 'Leia', 'Ler', 'Ler mais', 'Ler também', 'Confira', 'Recomendado', 'Notícias relacionadas', 'Continue lendo'] },
  { lang: 'it', phrases: ['Leggi anche', 'Vedi anche', 'Potrebbe interessarti', 'Leggi pure', 'Guarda anche', 'Da non perdere', 'Leggi', 'Approfondisci', 'Correlato', 'Articolo correlato', 'Articoli correlati', 'Potrebbe interessarti anche'] },
  { lang: 'nl', phrases: ['Lees ook', 'Zie ook', 'Lees meer', 'Bekijk ook', 'Ook interessant', 'Lees', 'Lees verder', 'Gerelateerd', 'Meer over', 'Ook lezen', 'Lees hier ook'] },
  { lang: 'pl', phrases: ['Czytaj także', 'Czytaj też', 'Zobacz także', 'Zobacz też', 'Przeczytaj też', 'Przeczytaj także'] },
  { lang: 'ru', phrases: ['Читайте также', 'Смотрите также', 'Читайте еще', 'Читайте ещё', 'По теме', 'Также читайте', 'Еще по теме', 'Ещё по теме'] },
  { lang: 'uk', phrases: ['Читайте також', 'Дивіться також', 'Також читайте', 'По темі'] },
  { lang: 'tr', phrases: ['Ayrıca okuyun', 'İlgili haber', 'Bunu da okuyun', 'Bunlar da ilginizi çekebilir'] },
  { lang: 'id', phrases: ['Baca juga', 'Simak juga', 'Lihat juga', 'Berita terkait', 'Baca selengkapnya'] },
  { lang: 'ja', phrases: ['関連記事', 'あわせて読みたい', 'こちらもおすすめ', '合わせて読みたい', 'こちらの記事もどうぞ'] },
  { lang: 'ko', phrases: ['관련기사', '관련 기사', '함께 보면 좋은 기사', '추천 기사'] },
  { lang: 'zh', phrases: ['相关阅读', '延伸阅读', '推荐阅读', '相关新闻', '相關閱讀', '延伸閱讀'] },
];
