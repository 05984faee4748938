import type { PhraseSet } from './match.js';

/**
 * The word a page prints over an ad slot, alone in its element ("Advertisement", "- Anzeige -",
 * "Publicidade"). Only the whole text of an element: the word in a sentence is prose.
 */
export const adLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Advertisement', 'Advertisements', 'Advert', 'Adverts', 'Ad', 'Ads', 'Sponsored', 'Sponsored content', 'Paid content', 'Story continues below advertisement', 'Article continues below advertisement', 'Continue reading below', 'Article continues below', 'Story continues below', 'Advertisement - scroll to continue', 'Scroll to continue with content'] },
  { lang: 'de', phrases: ['Anzeige', 'Werbung', 'Gesponsert', 'Artikel wird unter der Anzeige fortgesetzt', 'Weiterlesen nach der Anzeige', 'Weiter nach der Anzeige', 'Lesen Sie nach der Anzeige weiter', 'Artikel geht nach der Anzeige weiter', 'Werbeanzeige'] },
  { lang: 'fr', phrases: ['Publicité', 'Sponsorisé', "L'article continue après la publicité", 'Suite après la publicité', 'La suite après cette publicité', 'La suite après la publicité', 'Contenu sponsorisé', 'Publi-rédactionnel'] },
  { lang: 'es', phrases: ['Publicidad', 'Anuncio', 'Patrocinado', 'Contenido patrocinado', 'Continúa después de la publicidad', 'Sigue leyendo después del anuncio', 'La noticia continúa tras la publicidad'] },
  { lang: 'pt', phrases: ['Publicidade', 'Anúncio', 'Patrocinado', 'Conteúdo patrocinado', 'Continua após a publicidade', 'Continua depois da publicidade', 'Continua após publicidade', 'Conteúdo publicitário', 'Publieditorial'] },
  { lang: 'it', phrases: ['Pubblicità', 'Sponsorizzato', "L'articolo continua dopo la pubblicità", 'Continua dopo la pubblicità', 'Contenuto sponsorizzato', 'Annuncio pubblicitario'] },
  { lang: 'nl', phrases: ['Advertentie', 'Gesponsord', 'Het artikel gaat verder onder de advertentie', 'Lees verder onder de advertentie', 'Gesponsorde inhoud'] },
  { lang: 'pl', phrases: ['Reklama', 'Artykuł sponsorowany', 'Dalsza część artykułu pod reklamą', 'Dalszy ciąg materiału pod reklamą', 'Materiał sponsorowany', 'Treść sponsorowana'] },
  { lang: 'sv', phrases: ['Annons', 'Annonstext', 'Artikeln fortsätter efter annonsen'] },
  { lang: 'da', phrases: ['Annonce', 'Reklame', 'Artiklen fortsætter efter annoncen', 'Sponsoreret'] },
  { lang: 'no', phrases: ['Annonse', 'Reklame', 'Saken fortsetter under annonsen', 'Sponset'] },
  { lang: 'fi', phrases: ['Mainos', 'Mainos päättyy', 'Kaupallinen yhteistyö', 'Artikkeli jatkuu mainoksen jälkeen'] },
  { lang: 'cs', phrases: ['Reklama', 'Pokračování článku pod reklamou', 'Komerční sdělení'] },
  { lang: 'hu', phrases: ['Hirdetés', 'Reklám', 'Szponzorált tartalom', 'A cikk a hirdetés után folytatódik'] },
  { lang: 'ro', phrases: ['Publicitate', 'Reclamă', 'Articolul continuă după reclamă', 'Conținut sponsorizat'] },
  { lang: 'ru', phrases: ['Реклама', 'Продолжение после рекламы', 'Продолжение ниже', 'Партнерский материал', 'Спонсорский материал'] },
  { lang: 'uk', phrases: ['Реклама', 'Продовження після реклами', 'Партнерський матеріал'] },
  { lang: 'tr', phrases: ['Reklam', 'Sponsorlu', 'Sponsorlu içerik', 'Haberin devamı reklamdan sonra'] },
  { lang: 'id', phrases: ['Iklan', 'Advertisement', 'Konten berbayar', 'Scroll untuk melanjutkan', 'Gulir untuk melanjutkan', 'Scroll to continue with content', 'Konten bersponsor'] },
  { lang: 'vi', phrases: ['Quảng cáo', 'Nội dung tài trợ'] },
  { lang: 'hi', phrases: ['विज्ञापन', 'प्रायोजित', 'विज्ञापन के बाद पढ़ें'] },
  { lang: 'ar', phrases: ['إعلان', 'اعلان', 'محتوى مدفوع', 'محتوى برعاية'] },
  { lang: 'el', phrases: ['Διαφήμιση'] },
  { lang: 'he', phrases: ['פרסומת', 'תוכן ממומן'] },
  { lang: 'ja', phrases: ['広告', 'スポンサーリンク', 'スポンサードリンク', 'スポンサード リンク', '関連広告', 'PR', '記事の続きは広告の後で', '広告の後にも続きます'] },
  { lang: 'ko', phrases: ['광고', '기사 계속', '협찬'] },
  { lang: 'zh', phrases: ['广告', '廣告', '赞助内容', '贊助內容'] },
];
