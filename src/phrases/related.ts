import type { PhraseSet } from './match.js';

/**
 * Labels of the links news sites put between paragraphs or under the article: "Related: <headline>",
 * "Lesen Sie auch: <headline>", "Baca juga: <headline>". The label and its colon open the line.
 */
export const relatedLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Related:', 'Read also:', 'Also read:', 'Read more:', 'See also:', 'Related story:', 'Related article:', 'Related coverage:', 'More:', 'Recommended:'] },
  { lang: 'de', phrases: ['Lesen Sie auch:', 'Lies auch:', 'Auch interessant:', 'Mehr zum Thema:', 'Das könnte Sie auch interessieren:', 'Siehe auch:'] },
  { lang: 'fr', phrases: ['Lire aussi :', 'Lire aussi:', 'À lire aussi :', 'A lire aussi :', 'Voir aussi :', 'Sur le même sujet :'] },
  { lang: 'es', phrases: ['Lee también:', 'Lea también:', 'Leer también:', 'Te puede interesar:', 'Relacionado:', 'Noticia relacionada:', 'Ver también:'] },
  { lang: 'pt', phrases: ['Leia também:', 'Leia mais:', 'Veja também:', 'Saiba mais:', 'Relacionado:'] },
  { lang: 'it', phrases: ['Leggi anche:', 'Potrebbe interessarti:', 'Vedi anche:', 'Correlato:'] },
  { lang: 'nl', phrases: ['Lees ook:', 'Gerelateerd:', 'Zie ook:'] },
  { lang: 'pl', phrases: ['Czytaj także:', 'Czytaj też:', 'Zobacz także:', 'Zobacz też:', 'Przeczytaj także:'] },
  { lang: 'sv', phrases: ['Läs också:', 'Läs även:'] },
  { lang: 'ru', phrases: ['Читайте также:', 'Смотрите также:', 'По теме:'] },
  { lang: 'uk', phrases: ['Читайте також:', 'Дивіться також:'] },
  { lang: 'tr', phrases: ['İlgili Haber:', 'İlgili haber:', 'İLGİLİ HABER:', 'Ayrıca okuyun:', 'Bunlar da ilginizi çekebilir:'] },
  { lang: 'id', phrases: ['Baca juga:', 'Baca Juga:', 'Simak juga:', 'Lihat juga:'] },
  { lang: 'ms', phrases: ['Baca juga:', 'Artikel berkaitan:'] },
  { lang: 'zh', phrases: ['相关阅读：', '相关文章：', '延伸阅读：', '推荐阅读：'] },
  { lang: 'ja', phrases: ['関連記事：', '関連記事:', 'あわせて読みたい：'] },
];
