import type { PhraseSet } from './match.js';

/**
 * Labels that archivers, importers and knowledge-base ingesters write above the article they
 * wrap ("Imported to repo: 2026-03-27"): each opens a line of metadata about the copy, never about
 * the story. Labels alone on their line (`alone`) are section headings of such wrappers, or a
 * reading-time label whose value stands on the next line.
 */
export const archiveLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Original publication:', 'Original link:', 'Original URL:', 'Original path:', 'Original filename:', 'Imported to repo:', 'Imported:', 'Imported at:', 'Imported on:', 'Imported from:', 'Ingested at:', 'Ingested on:', 'Source type:', 'Redactions applied:', 'Raw SHA256:', 'Text SHA256:', 'Content SHA256:', 'Detected topics:', 'Archived at:', 'Archived on:', 'Archive URL:', 'Clipped at:', 'Clipped on:', 'Saved at:', 'Saved on:', 'Read time:', 'Reading time:'] },
  { lang: 'de', phrases: ['Originalquelle:', 'Original-Link:', 'Importiert am:', 'Archiviert am:', 'Lesezeit:', 'Lesedauer:'] },
  { lang: 'fr', phrases: ['Publication originale:', 'Lien original:', 'Importé le:', 'Archivé le:', 'Temps de lecture:', 'Durée de lecture:'] },
  { lang: 'es', phrases: ['Publicación original:', 'Enlace original:', 'Importado el:', 'Archivado el:', 'Tiempo de lectura:'] },
  { lang: 'pt', phrases: ['Publicação original:', 'Link original:', 'Importado em:', 'Arquivado em:', 'Tempo de leitura:'] },
  { lang: 'it', phrases: ['Pubblicazione originale:', 'Link originale:', 'Importato il:', 'Archiviato il:', 'Tempo di lettura:'] },
  { lang: 'nl', phrases: ['Oorspronkelijke publicatie:', 'Originele link:', 'Geïmporteerd op:', 'Gearchiveerd op:', 'Leestijd:'] },
  { lang: 'pl', phrases: ['Oryginalna publikacja:', 'Czas czytania:', 'Czas lektury:'] },
  { lang: 'sv', phrases: ['Ursprunglig publicering:', 'Lästid:'] },
  { lang: 'ru', phrases: ['Оригинальная публикация:', 'Время чтения:', 'Время прочтения:'] },
  { lang: 'zh', phrases: ['原文链接：', '原文链接:', '阅读时间：', '阅读时长：'] },
];

export const archiveHeadings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Source Metadata', 'Import Metadata', 'Archive Metadata', 'Ingest Metadata', 'Read Time', 'Reading Time'] },
  { lang: 'de', phrases: ['Quell-Metadaten', 'Lesezeit', 'Lesedauer'] },
  { lang: 'fr', phrases: ['Métadonnées de la source', 'Temps de lecture'] },
  { lang: 'es', phrases: ['Metadatos de la fuente', 'Tiempo de lectura'] },
  { lang: 'pt', phrases: ['Metadados da fonte', 'Tempo de leitura'] },
  { lang: 'it', phrases: ['Metadati della fonte', 'Tempo di lettura'] },
  { lang: 'nl', phrases: ['Leestijd'] },
  { lang: 'pl', phrases: ['Czas czytania'] },
  { lang: 'ru', phrases: ['Время чтения'] },
];

/**
 * Labels in such a list whose value is the publication the article ran in ("- **Original
 * publication:** Towards Data Science"): the site, as the wrapper records it. Not "Publisher:",
 * which a book review's list of facts gives for the book.
 */
export const publicationLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Original publication: {site}', 'Publication: {site}', 'Published in: {site}', 'Source publication: {site}', 'Site: {site}', 'Site name: {site}', 'Blog: {site}', 'Newspaper: {site}', 'Outlet: {site}'] },
  { lang: 'de', phrases: ['Publikation: {site}', 'Erschienen in: {site}', 'Zeitung: {site}'] },
  { lang: 'fr', phrases: ['Publication originale: {site}', 'Publication : {site}', 'Publication: {site}', 'Publié dans : {site}', 'Publié dans: {site}', 'Journal : {site}', 'Média : {site}'] },
  { lang: 'es', phrases: ['Publicación original: {site}', 'Publicación: {site}', 'Publicado en: {site}', 'Medio: {site}', 'Periódico: {site}'] },
  { lang: 'pt', phrases: ['Publicação original: {site}', 'Publicação: {site}', 'Publicado em: {site}', 'Veículo: {site}', 'Jornal: {site}'] },
  { lang: 'it', phrases: ['Pubblicazione originale: {site}', 'Pubblicazione: {site}', 'Pubblicato su: {site}', 'Testata: {site}'] },
  { lang: 'nl', phrases: ['Oorspronkelijke publicatie: {site}', 'Publicatie: {site}', 'Verschenen in: {site}', 'Krant: {site}'] },
  { lang: 'pl', phrases: ['Oryginalna publikacja: {site}', 'Publikacja: {site}', 'Opublikowano w: {site}', 'Gazeta: {site}'] },
  { lang: 'sv', phrases: ['Ursprunglig publicering: {site}', 'Publicerad i: {site}', 'Tidning: {site}'] },
  { lang: 'ru', phrases: ['Оригинальная публикация: {site}', 'Издание: {site}', 'Опубликовано в: {site}'] },
];
