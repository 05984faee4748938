import type { PhraseSet } from './match.js';

/**
 * Notices of a republished copy, in the languages other than English (whose forms the rule's own
 * patterns read): The Conversation's Creative Commons notice as its editions print
 * it, and "reprinted with permission" credits. Whole lines: `{origin}` is where the text first ran,
 * `{more}` the rest of the notice ("… Read the original article."). A sentence of the article
 * ("The plan was reprinted with the mayor's permission in the bulletin") is not one of these.
 */
export const republishedNotices: readonly PhraseSet[] = [
  { lang: 'de', phrases: ['Dieser Artikel wurde von {origin} unter einer Creative-Commons-Lizenz {more}', 'Mit freundlicher Genehmigung von {origin}', 'Mit freundlicher Genehmigung des {origin}', 'Mit freundlicher Genehmigung der {origin}', 'Nachdruck mit freundlicher Genehmigung {more}', 'Übernahme mit freundlicher Genehmigung {more}', 'Dieser Artikel wurde mit Genehmigung von {origin} übernommen', 'Dieser Beitrag wurde mit Genehmigung von {origin} übernommen', 'Dieser Text wurde mit freundlicher Genehmigung von {origin} übernommen'] },
  { lang: 'fr', phrases: ['Cet article est republié à partir de {origin} sous licence Creative Commons{more}', 'Cet article est republié à partir du site {origin}', 'Reproduit avec l\'autorisation de {origin}', 'Reproduit avec l\'autorisation du {origin}', 'Reproduit avec l\'aimable autorisation de {origin}', 'Reproduit avec l\'aimable autorisation du {origin}', 'Publié avec l\'autorisation de {origin}', 'Republié avec l\'autorisation de {origin}'] },
  { lang: 'es', phrases: ['Este artículo fue publicado originalmente en {origin}. Lea el original', 'Este artículo fue publicado originalmente en {origin}. Lee el original', 'Este artículo se publicó originalmente en {origin}. Lea el original', 'Reproducido con autorización de {origin}', 'Reproducido con permiso de {origin}', 'Publicado con autorización de {origin}', 'Republicado con autorización de {origin}'] },
  { lang: 'pt', phrases: ['Este artigo foi republicado do {origin} sob uma licença Creative Commons{more}', 'Este artigo foi republicado de {origin} sob uma licença Creative Commons{more}', 'Este artigo foi republicado do {origin} sob a licença Creative Commons{more}', 'Reproduzido com autorização de {origin}', 'Reproduzido com autorização do {origin}', 'Republicado com autorização de {origin}', 'Publicado com autorização de {origin}'] },
  { lang: 'it', phrases: ['Questo articolo è ripubblicato da {origin} sotto licenza Creative Commons{more}', 'Per gentile concessione di {origin}', 'Pubblicato per gentile concessione di {origin}', 'Riprodotto con il permesso di {origin}', 'Ripubblicato con il permesso di {origin}'] },
  { lang: 'nl', phrases: ['Dit artikel is overgenomen van {origin}', 'Overgenomen met toestemming van {origin}', 'Met toestemming overgenomen van {origin}', 'Dit artikel is met toestemming overgenomen van {origin}'] },
  { lang: 'id', phrases: ['Artikel ini diterbitkan ulang dari {origin} di bawah lisensi Creative Commons{more}'] },
];
