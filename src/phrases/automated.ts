import type { PhraseSet } from './match.js';

/**
 * An auto-blog's own word that a machine put the post together ("The report was collected
 * automatically and prepared for publication…", "This post was automatically imported from…",
 * "Dieser Artikel wurde automatisch erstellt"). Each phrase opens the sentence; `{x}` is the rest.
 */
export const automationNotices: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['The report was collected automatically and prepared for publication {x}', 'This report was collected automatically and prepared for publication {x}', 'This article was collected automatically from {x}', 'This post was collected automatically from {x}', 'This article was generated automatically {x}', 'This article was automatically generated {x}', 'This post was automatically generated {x}', 'This post was automatically imported {x}', 'This article was automatically imported {x}', 'This content was automatically generated {x}', 'This story was automatically generated {x}', 'This article was generated automatically', 'This post was automatically generated', 'This content was generated automatically {x}', 'This article was auto-generated {x}', 'This post was auto-generated {x}'] },
  { lang: 'de', phrases: ['Dieser Artikel wurde automatisch erstellt {x}', 'Dieser Artikel wurde automatisch erstellt', 'Dieser Beitrag wurde automatisch erstellt {x}', 'Dieser Beitrag wurde automatisch erstellt', 'Dieser Text wurde automatisch erstellt {x}', 'Dieser Artikel wurde automatisch generiert {x}', 'Dieser Beitrag wurde automatisch importiert {x}'] },
  { lang: 'fr', phrases: ['Cet article a été généré automatiquement {x}', 'Cet article a été généré automatiquement', 'Cet article a été rédigé automatiquement {x}', 'Ce contenu a été généré automatiquement {x}', 'Cet article a été importé automatiquement {x}'] },
  { lang: 'es', phrases: ['Este artículo fue generado automáticamente {x}', 'Este artículo fue generado automáticamente', 'Este artículo ha sido generado automáticamente {x}', 'Esta noticia fue generada automáticamente {x}', 'Este contenido fue generado automáticamente {x}', 'Este artículo fue importado automáticamente {x}'] },
  { lang: 'pt', phrases: ['Este artigo foi gerado automaticamente {x}', 'Este artigo foi gerado automaticamente', 'Esta notícia foi gerada automaticamente {x}', 'Este conteúdo foi gerado automaticamente {x}', 'Este post foi importado automaticamente {x}'] },
  { lang: 'it', phrases: ['Questo articolo è stato generato automaticamente {x}', 'Questo articolo è stato generato automaticamente', 'Questo contenuto è stato generato automaticamente {x}', 'Questo articolo è stato importato automaticamente {x}'] },
  { lang: 'nl', phrases: ['Dit artikel is automatisch gegenereerd {x}', 'Dit artikel is automatisch gegenereerd', 'Dit bericht is automatisch gegenereerd {x}', 'Dit bericht is automatisch geïmporteerd {x}'] },
  { lang: 'pl', phrases: ['Ten artykuł został wygenerowany automatycznie {x}', 'Ten artykuł został wygenerowany automatycznie', 'Ten wpis został zaimportowany automatycznie {x}'] },
  { lang: 'ru', phrases: ['Эта статья была сгенерирована автоматически {x}', 'Эта статья сгенерирована автоматически', 'Материал подготовлен автоматически {x}', 'Эта новость сгенерирована автоматически {x}'] },
  { lang: 'tr', phrases: ['Bu haber otomatik olarak oluşturulmuştur {x}', 'Bu haber otomatik olarak oluşturulmuştur', 'Bu içerik otomatik olarak oluşturulmuştur {x}'] },
  { lang: 'id', phrases: ['Artikel ini dibuat secara otomatis {x}', 'Artikel ini dibuat secara otomatis', 'Berita ini dibuat secara otomatis {x}'] },
];
