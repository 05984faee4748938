import type { PhraseSet } from './match.js';

/**
 * A newsroom's call for tips and corrections closing a story ("Have a news tip? Email us at …",
 * "Spotted an error? Let us know"), read as a short call at the end by follow-call. A bare "Have a
 * tip?" is left out: a police appeal in a crime story opens that way and is the story's.
 */
export const tipCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Have a news tip?', 'Got a news tip?', 'Have a story idea?', 'Got a story idea?', 'Have a story tip?', 'Send us your news tips', 'Send us a news tip', 'Spotted an error?', 'Found an error?', 'Spotted a typo?', 'Found a typo?', 'See a mistake?', 'See an error?', 'Notice an error?'] },
  { lang: 'de', phrases: ['Haben Sie einen Themenhinweis?', 'Hast du einen Themenhinweis?', 'Haben Sie einen Fehler entdeckt?', 'Fehler gefunden?', 'Fehler entdeckt?'] },
  { lang: 'fr', phrases: ["Vous avez une info ?", "Vous avez une idée de sujet ?", 'Vous avez repéré une erreur ?', 'Une erreur dans cet article ?', 'Vous avez remarqué une erreur ?'] },
  { lang: 'es', phrases: ['¿Tienes una noticia?', '¿Tienes una idea para una historia?', '¿Has visto un error?', '¿Encontraste un error?', '¿Detectaste un error?'] },
  { lang: 'pt', phrases: ['Tem uma sugestão de pauta?', 'Encontrou um erro?', 'Viu um erro?'] },
  { lang: 'it', phrases: ['Hai una segnalazione?', 'Hai trovato un errore?', 'Hai notato un errore?'] },
  { lang: 'nl', phrases: ['Heb je een nieuwstip?', 'Heeft u een nieuwstip?', 'Fout gezien?', 'Een fout gezien?'] },
  { lang: 'pl', phrases: ['Masz temat?', 'Zauważyłeś błąd?', 'Znalazłeś błąd?'] },
  { lang: 'sv', phrases: ['Har du ett nyhetstips?', 'Hittat ett fel?'] },
  { lang: 'ru', phrases: ['Нашли ошибку?', 'Есть новость?'] },
];
