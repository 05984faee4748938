import type { PhraseSet } from './match.js';

/**
 * The label of a table of contents a page prints over the story ("Table of contents",
 * "Inhaltsverzeichnis", "Sommaire"): its links are gone from a copied text, the label stays
 * alone. Whole line only. Languages side by side.
 */
export const tocLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Table of contents', 'Table of Contents', 'In this article', 'Jump to'] },
  { lang: 'de', phrases: ['Inhaltsverzeichnis', 'In diesem Artikel'] },
  { lang: 'fr', phrases: ['Table des matières', 'Sommaire', 'Dans cet article'] },
  { lang: 'es', phrases: ['Tabla de contenidos', 'Índice de contenidos', 'Índice', 'En este artículo'] },
  { lang: 'pt', phrases: ['Índice', 'Sumário', 'Neste artigo', 'Conteúdo do artigo'] },
  { lang: 'it', phrases: ['Indice dei contenuti', 'Indice', 'Sommario', 'In questo articolo'] },
  { lang: 'nl', phrases: ['Inhoudsopgave', 'In dit artikel'] },
  { lang: 'pl', phrases: ['Spis treści', 'W tym artykule'] },
  { lang: 'tr', phrases: ['İçindekiler', 'Bu yazıda'] },
  { lang: 'ru', phrases: ['Содержание', 'Оглавление'] },
  { lang: 'sv', phrases: ['Innehållsförteckning'] },
  { lang: 'id', phrases: ['Daftar isi', 'Daftar Isi'] },
  { lang: 'ms', phrases: ['Isi kandungan', 'Kandungan'] },
  { lang: 'ja', phrases: ['目次'] },
  { lang: 'zh', phrases: ['目录', '目錄', '文章目录'] },
];
