import type { PhraseSet } from './match.js';

/**
 * The word a page prints over an ad slot, alone in its element ("Advertisement", "- Anzeige -",
 * "Publicidade"). Only the whole text of an element: the word in a sentence is prose.
 */
export const adLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Advertisement', 'Advertisements', 'Advert', 'Adverts', 'Ad', 'Ads', 'Sponsored', 'Sponsored content', 'Paid content', 'Story continues below advertisement', 'Article continues below advertisement', 'Continue reading below', 'Advertisement - scroll to continue', 'Scroll to continue with content'] },
  { lang: 'de', phrases: ['Anzeige', 'Werbung', 'Gesponsert', 'Artikel wird unter der Anzeige fortgesetzt', 'Weiterlesen nach der Anzeige'] },
  { lang: 'fr', phrases: ['Publicité', 'Sponsorisé', "L'article continue après la publicité", 'Suite après la publicité'] },
  { lang: 'es', phrases: ['Publicidad', 'Anuncio', 'Patrocinado', 'Contenido patrocinado'] },
  { lang: 'pt', phrases: ['Publicidade', 'Anúncio', 'Patrocinado', 'Conteúdo patrocinado', 'Continua após a publicidade', 'Continua depois da publicidade'] },
  { lang: 'it', phrases: ['Pubblicità', 'Sponsorizzato', "L'articolo continua dopo la pubblicità", 'Continua dopo la pubblicità'] },
  { lang: 'nl', phrases: ['Advertentie', 'Gesponsord'] },
  { lang: 'pl', phrases: ['Reklama', 'Artykuł sponsorowany', 'Dalsza część artykułu pod reklamą'] },
  { lang: 'sv', phrases: ['Annons'] },
  { lang: 'ru', phrases: ['Реклама', 'Продолжение после рекламы'] },
  { lang: 'uk', phrases: ['Реклама'] },
  { lang: 'tr', phrases: ['Reklam'] },
  { lang: 'id', phrases: ['Iklan', 'Advertisement', 'Konten berbayar'] },
  { lang: 'ja', phrases: ['広告', 'スポンサーリンク', 'PR'] },
  { lang: 'ko', phrases: ['광고'] },
  { lang: 'zh', phrases: ['广告', '廣告'] },
];
