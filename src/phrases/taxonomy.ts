import type { PhraseSet } from './match.js';

/**
 * The labels a theme writes under a post for its taxonomy ("Tags: Football, Cup", "Onderwerpen:
 * KNVB Beker"): each opens a line of terms, never a sentence. `headings` are the one-word section
 * titles some aggregators put over that meta block ("Gegevens", "Details").
 */
export const taxonomyLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Tags:', 'Tagged:', 'Tagged with:', 'Topics:', 'Categories:', 'Category:', 'Keywords:', 'Subjects:'] },
  { lang: 'de', phrases: ['Themen:', 'Thema:', 'Schlagwörter:', 'Schlagworte:', 'Stichwörter:', 'Kategorie:', 'Kategorien:'] },
  { lang: 'fr', phrases: ['Sujets:', 'Sujets :', 'Mots-clés:', 'Mots-clés :', 'Étiquettes:', 'Étiquettes :', 'Catégories:', 'Catégories :', 'Thèmes:', 'Thèmes :'] },
  { lang: 'es', phrases: ['Temas:', 'Etiquetas:', 'Categorías:', 'Palabras clave:'] },
  { lang: 'pt', phrases: ['Tópicos:', 'Temas:', 'Marcadores:', 'Etiquetas:', 'Categorias:'] },
  { lang: 'it', phrases: ['Argomenti:', 'Tag:', 'Categorie:', 'Parole chiave:'] },
  { lang: 'nl', phrases: ['Onderwerpen:', 'Trefwoorden:', 'Categorieën:', "Thema's:"] },
  { lang: 'pl', phrases: ['Tematy:', 'Tagi:', 'Kategorie:', 'Słowa kluczowe:'] },
  { lang: 'sv', phrases: ['Ämnen:', 'Taggar:', 'Kategorier:'] },
  { lang: 'da', phrases: ['Emner:', 'Kategorier:'] },
  { lang: 'ru', phrases: ['Темы:', 'Теги:', 'Метки:', 'Рубрики:', 'Ключевые слова:'] },
  { lang: 'tr', phrases: ['Etiketler:', 'Konular:'] },
  { lang: 'zh', phrases: ['标签：', '标签:', '標籤：', '关键词：'] },
  { lang: 'ja', phrases: ['タグ：', 'タグ:'] },
];

export const taxonomyHeadings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Details', 'Article details', 'Post details'] },
  { lang: 'de', phrases: ['Details', 'Artikeldetails'] },
  { lang: 'fr', phrases: ['Détails', "Détails de l'article"] },
  { lang: 'es', phrases: ['Detalles'] },
  { lang: 'pt', phrases: ['Detalhes'] },
  { lang: 'it', phrases: ['Dettagli'] },
  { lang: 'nl', phrases: ['Gegevens', 'Details'] },
  { lang: 'pl', phrases: ['Szczegóły'] },
  { lang: 'sv', phrases: ['Detaljer'] },
];
