/**
 * Nouns that name a newspaper or a news site ("Island Gazette", "Berliner Zeitung", "Diario de
 * Sevilla", "Островной вестник"). A credit part holding one is the publication, not a person:
 * "Jane Doe, Island Gazette" credits Jane Doe. Words that are also surnames or first names ("Post",
 * "Avis", "Haber") are left out. Languages side by side; lower case.
 */
const words: Record<string, readonly string[]> = {
  en: ['gazette', 'tribune', 'chronicle', 'newspaper', 'journal', 'dispatch', 'courier'],
  de: ['zeitung', 'tagblatt', 'tageblatt', 'anzeiger', 'nachrichten', 'rundschau', 'kurier', 'allgemeine'],
  fr: ['courrier', 'quotidien', 'dépêche', 'gazette'],
  es: ['diario', 'periódico', 'noticias', 'gaceta'],
  pt: ['jornal', 'gazeta', 'notícias', 'folha'],
  it: ['gazzetta', 'corriere', 'giornale', 'notizie', 'quotidiano'],
  nl: ['krant', 'dagblad', 'courant', 'nieuwsblad'],
  sv: ['tidning', 'tidningen', 'nyheter', 'dagblad'],
  pl: ['gazeta', 'dziennik', 'kurier', 'tygodnik'],
  tr: ['gazete', 'gazetesi'],
  ru: ['газета', 'вестник', 'новости', 'известия'],
};

export const publicationWords: readonly string[] = [...new Set(Object.values(words).flat())];
