/**
 * Words around a person's name in page bylines and author metadata, one family per table, the
 * languages side by side. Lower case; matched as whole words (or, for CJK, as written).
 */

/** Labels that stand before the name: "By Jane Doe", "Texto: João Silva", "Текст: Анна Петрова". */
export const AUTHOR_LABELS: Record<string, readonly string[]> = {
  en: ['by', 'written by', 'words by', 'posted by', 'published by', 'story by', 'reporting by', 'text by', 'author', 'authors', 'text', 'words'],
  de: ['von', 'text', 'autor', 'autorin', 'geschrieben von', 'veröffentlicht von'],
  fr: ['par', 'texte', 'auteur', 'autrice', 'rédigé par', 'écrit par', 'publié par'],
  es: ['por', 'texto', 'autor', 'autora', 'escrito por', 'redactado por', 'publicado por'],
  pt: ['por', 'texto', 'autor', 'autora', 'escrito por', 'publicado por', 'postado por'],
  it: ['di', 'testo', 'autore', 'autrice', 'scritto da', 'a cura di', 'pubblicato da'],
  nl: ['door', 'tekst', 'auteur', 'geplaatst door'],
  id: ['oleh', 'penulis', 'ditulis oleh'],
  ru: ['текст', 'автор', 'авторы'],
  pl: ['autor', 'autorka', 'tekst'],
  tr: ['yazar', 'yazan'],
  ja: ['文', '著者', '執筆', '筆者'],
  ko: ['글', '기자', '작성자'],
  zh: ['作者', '文', '记者', '記者'],
};

/**
 * Words that make a comma- or pipe-separated part of a credit a role or an employer, not a
 * person: "TOM DOE, AP Auto Writer", "Jane Doe, Daily Courier Staff", "Ana Lima, repórter".
 */
export const ROLE_WORDS: Record<string, readonly string[]> = {
  en: [
    'writer', 'reporter', 'correspondent', 'editor', 'contributor', 'columnist', 'staff', 'producer', 'journalist',
    'analyst', 'intern', 'fellow', 'critic', 'chief', 'senior', 'associate', 'contributing', 'special', 'bureau',
    'desk', 'business', 'news', 'media', 'international', 'press', 'agency', 'network', 'magazine', 'online',
    'daily', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'wire', 'group', 'inc', 'ltd', 'llc',
  ],
  de: ['redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'redaktion', 'autor', 'autorin', 'zeitung'],
  fr: ['journaliste', 'correspondant', 'correspondante', 'rédacteur', 'rédactrice', 'rédaction', 'envoyé', 'envoyée'],
  es: ['redactor', 'redactora', 'corresponsal', 'periodista', 'redacción', 'enviado', 'enviada'],
  pt: ['repórter', 'jornalista', 'redação', 'colunista', 'correspondente', 'editor', 'editora'],
  it: ['giornalista', 'corrispondente', 'redazione', 'inviato', 'inviata'],
  ru: ['корреспондент', 'редактор', 'обозреватель', 'журналист', 'редакция'],
  id: ['wartawan', 'redaksi', 'kontributor', 'penulis'],
};

/** Every label, longest first, so that "written by" is tried before "by". */
export const ALL_LABELS: readonly string[] = [...new Set(Object.values(AUTHOR_LABELS).flat())].sort((a, b) => b.length - a.length);

export const ALL_ROLE_WORDS: ReadonlySet<string> = new Set(Object.values(ROLE_WORDS).flat());
