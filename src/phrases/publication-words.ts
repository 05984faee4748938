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

/**
 * Word endings that make one glued token a publication or a software house rather than a login:
 * "dpreview", "Framasoft", "Technews", "Tagespresse", "Autonoticias". A one-word credit ending in
 * one of them (after two letters or more) names the site. Endings a first name or a surname
 * ends with ("-man", "-net": Bennet, "-son") are left out. Languages side by side; lower case.
 */
const endings: Record<string, readonly string[]> = {
  en: ['review', 'news', 'blog', 'press', 'times', 'daily', 'weekly', 'magazine', 'mag', 'media', 'tech', 'labs', 'soft', 'software', 'radio', 'tv', 'fm', 'zine', 'journal', 'gazette', 'tribune', 'post', 'online', 'games', 'gaming', 'digest', 'insider', 'report', 'studios', 'podcast'],
  de: ['zeitung', 'presse', 'nachrichten', 'magazin', 'blatt', 'funk', 'kurier'],
  fr: ['actu', 'actus', 'infos', 'hebdo', 'presse', 'magazine'],
  es: ['noticias', 'diario', 'prensa', 'revista'],
  pt: ['noticias', 'jornal', 'revista', 'folha'],
  it: ['notizie', 'giornale', 'rivista'],
  nl: ['nieuws', 'krant', 'blad'],
  sv: ['nyheter', 'bloggen', 'tidningen'],
  da: ['nyheder', 'avisen'],
  pl: ['wiadomosci', 'gazeta', 'portal'],
  ru: ['новости', 'ньюс', 'медиа', 'газета', 'инфо'],
};

export const publicationEndings: readonly string[] = [...new Set(Object.values(endings).flat())].sort((a, b) => b.length - a.length);
