import type { PhraseSet } from './match.js';

/**
 * A newsroom's section names, as the kicker printed over a headline ("Politics", "OPINION",
 * "Wirtschaft", "Faits divers"): a saved page or a scraped item keeps it on a line of its own above
 * the title. Only the whole line, any case; the text reader then takes the headline under it for
 * the title (readers/title-line.ts). Names that are also common one-word titles ("Interview",
 * "Review") are left out: a title alone over a deck would be taken for a kicker.
 */
export const sectionNames: readonly PhraseSet[] = [
  {
    lang: 'en',
    phrases: [
      'News', 'Latest news', 'World', 'World news', 'US', 'U.S.', 'US news', 'U.S. news', 'UK', 'UK news', 'Local', 'Local news', 'National',
      'National news', 'Nation', 'International', 'Politics', 'Business', 'Economy', 'Markets', 'Finance', 'Money', 'Tech', 'Technology',
      'Science', 'Health', 'Sport', 'Sports', 'Culture', 'Arts', 'Arts & culture', 'Entertainment', 'Lifestyle', 'Travel', 'Food', 'Opinion',
      'Opinions', 'Editorial', 'Commentary', 'Analysis', 'Features', 'Exclusive', 'Investigation', 'Explainer', 'Obituaries', 'Weather',
      'Crime', 'Education', 'Environment', 'Climate', 'Property', 'Real estate', 'Motoring', 'Sponsored', 'Sponsored content',
      'Partner content', 'Advertorial', 'Press release', 'Breaking', 'Top stories',
    ],
  },
  {
    lang: 'de',
    phrases: [
      'Nachrichten', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Wissen', 'Wissenschaft', 'Gesundheit', 'Panorama', 'Meinung', 'Kommentar',
      'Reise', 'Digital', 'Lokales', 'Regionales', 'Inland', 'Ausland', 'Finanzen', 'Gesellschaft', 'Feuilleton', 'Karriere', 'Analyse',
      'Anzeige', 'Eilmeldung',
    ],
  },
  {
    lang: 'fr',
    phrases: [
      'Actualités', 'Actu', 'Politique', 'Économie', 'Economie', 'International', 'Monde', 'Société', 'Culture', 'Sport', 'Sports', 'Sciences',
      'Santé', 'Opinion', 'Opinions', 'Éditorial', 'Débats', 'Idées', 'Tribune', 'Analyse', 'Faits divers', 'Environnement', 'Planète',
      'Médias', 'Décryptage', 'Publi-reportage', 'Contenu sponsorisé',
    ],
  },
  {
    lang: 'es',
    phrases: [
      'Noticias', 'Actualidad', 'Política', 'Economía', 'Internacional', 'Mundo', 'Nacional', 'Sociedad', 'Cultura', 'Deportes', 'Ciencia',
      'Salud', 'Tecnología', 'Opinión', 'Editorial', 'Análisis', 'Sucesos', 'Espectáculos', 'Última hora', 'Contenido patrocinado',
    ],
  },
  {
    lang: 'pt',
    phrases: [
      'Notícias', 'Política', 'Economia', 'Internacional', 'Mundo', 'Sociedade', 'Cultura', 'Desporto', 'Esportes', 'Esporte', 'Ciência',
      'Saúde', 'Tecnologia', 'Opinião', 'Editorial', 'Análise', 'Cotidiano', 'Última hora', 'Conteúdo patrocinado',
    ],
  },
  {
    lang: 'it',
    phrases: [
      'Notizie', 'Cronaca', 'Politica', 'Economia', 'Esteri', 'Mondo', 'Cultura', 'Sport', 'Scienza', 'Salute', 'Tecnologia', 'Opinioni',
      'Editoriale', 'Commento', 'Analisi', 'Spettacoli', 'Attualità', 'Ultima ora',
    ],
  },
  { lang: 'nl', phrases: ['Nieuws', 'Binnenland', 'Buitenland', 'Politiek', 'Economie', 'Sport', 'Cultuur', 'Wetenschap', 'Gezondheid', 'Opinie', 'Achtergrond', 'Regio'] },
  { lang: 'sv', phrases: ['Nyheter', 'Inrikes', 'Utrikes', 'Politik', 'Ekonomi', 'Sport', 'Kultur', 'Vetenskap', 'Hälsa', 'Teknik', 'Debatt', 'Ledare', 'Krönika', 'Analys', 'Nöje'] },
  { lang: 'da', phrases: ['Nyheder', 'Indland', 'Udland', 'Politik', 'Økonomi', 'Sport', 'Kultur', 'Debat', 'Leder'] },
  { lang: 'no', phrases: ['Nyheter', 'Innenriks', 'Utenriks', 'Politikk', 'Økonomi', 'Sport', 'Kultur', 'Debatt', 'Leder'] },
  { lang: 'fi', phrases: ['Uutiset', 'Kotimaa', 'Ulkomaat', 'Politiikka', 'Talous', 'Urheilu', 'Kulttuuri', 'Tiede', 'Terveys', 'Mielipide', 'Pääkirjoitus'] },
  { lang: 'pl', phrases: ['Wiadomości', 'Kraj', 'Świat', 'Polityka', 'Gospodarka', 'Biznes', 'Sport', 'Kultura', 'Nauka', 'Zdrowie', 'Opinie', 'Publicystyka', 'Komentarz'] },
  { lang: 'cs', phrases: ['Zprávy', 'Domácí', 'Zahraniční', 'Politika', 'Ekonomika', 'Sport', 'Kultura', 'Věda', 'Zdraví', 'Názory', 'Komentář'] },
  { lang: 'ru', phrases: ['Новости', 'Политика', 'Экономика', 'В мире', 'Общество', 'Культура', 'Спорт', 'Наука', 'Здоровье', 'Технологии', 'Мнения', 'Мнение', 'Происшествия'] },
  { lang: 'uk', phrases: ['Новини', 'Політика', 'Економіка', 'Світ', 'Суспільство', 'Культура', 'Спорт', 'Наука', "Здоров'я", 'Думки'] },
  { lang: 'tr', phrases: ['Haberler', 'Gündem', 'Siyaset', 'Ekonomi', 'Dünya', 'Spor', 'Kültür', 'Sağlık', 'Teknoloji', 'Yazarlar', 'Son dakika'] },
  { lang: 'zh', phrases: ['新闻', '要闻', '国际', '国内', '财经', '科技', '体育', '娱乐', '评论', '观点', '社会', '健康', '文化'] },
  { lang: 'ja', phrases: ['ニュース', '国際', '政治', '経済', '社会', 'スポーツ', '科学', '文化', '特集', '社説', 'コラム'] },
  { lang: 'ko', phrases: ['뉴스', '정치', '경제', '사회', '국제', '스포츠', '문화', '오피니언', '사설'] },
  { lang: 'ar', phrases: ['أخبار', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'رأي', 'دولي'] },
];
