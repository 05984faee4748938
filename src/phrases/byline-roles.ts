import type { PhraseSet } from './match.js';

/**
 * The newsroom title a head byline prints after the writer's name: "Jane Doe, Staff Writer",
 * "Juan Pérez, corresponsal", "Jana Roth, Redakteurin". Only as the whole part after the name's
 * comma. `{x}` is a beat or a place ("Business Reporter", "Europe Correspondent"); the rule keeps
 * it to a word or two.
 */
export const bylineRoles: readonly PhraseSet[] = [
  {
    lang: 'en',
    phrases: [
      'Staff Writer', 'Staff Reporter', 'Staff Correspondent', 'Reporter', 'Writer', 'Correspondent', 'Journalist', 'Columnist', 'Editor',
      'Contributor', 'Contributing Writer', 'Contributing Editor', 'Contributing Reporter', 'Freelance Writer', 'Freelance Journalist',
      'Guest Writer', 'Guest Columnist', 'Guest Contributor', 'Senior Writer', 'Senior Reporter', 'Senior Correspondent', 'Senior Editor',
      'Chief Correspondent', 'Special Correspondent', 'Foreign Correspondent', 'Special to {x}', '{x} Reporter', '{x} Correspondent',
      '{x} Editor', '{x} Writer', '{x} Columnist',
    ],
  },
  { lang: 'de', phrases: ['Redakteur', 'Redakteurin', 'Reporter', 'Reporterin', 'Korrespondent', 'Korrespondentin', 'Journalist', 'Journalistin', 'Autor', 'Autorin', 'Kolumnist', 'Kolumnistin', 'Volontär', 'Volontärin', 'freier Autor', 'freie Autorin', 'freier Journalist', 'freie Journalistin', '{x}korrespondent', '{x}korrespondentin', '{x}redakteur', '{x}redakteurin'] },
  { lang: 'fr', phrases: ['journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'envoyé spécial', 'envoyée spéciale', 'chroniqueur', 'chroniqueuse', 'reporter', 'pigiste', 'correspondant à {x}', 'correspondante à {x}', 'rédacteur en chef', 'rédactrice en chef'] },
  { lang: 'es', phrases: ['periodista', 'redactor', 'redactora', 'corresponsal', 'reportero', 'reportera', 'columnista', 'enviado especial', 'enviada especial', 'colaborador', 'colaboradora', 'corresponsal en {x}', 'redactor jefe', 'redactora jefa'] },
  { lang: 'pt', phrases: ['jornalista', 'repórter', 'redator', 'redatora', 'correspondente', 'colunista', 'enviado especial', 'enviada especial', 'colaborador', 'colaboradora', 'correspondente em {x}'] },
  { lang: 'it', phrases: ['giornalista', 'redattore', 'redattrice', 'corrispondente', 'inviato', 'inviata', 'editorialista', 'collaboratore', 'collaboratrice', 'inviato speciale', 'inviata speciale', 'corrispondente da {x}'] },
  { lang: 'nl', phrases: ['verslaggever', 'verslaggeefster', 'redacteur', 'redactrice', 'correspondent', 'journalist', 'columnist', 'correspondent in {x}'] },
  { lang: 'sv', phrases: ['reporter', 'journalist', 'korrespondent', 'redaktör', 'krönikör', 'skribent', 'medarbetare'] },
  { lang: 'da', phrases: ['journalist', 'reporter', 'korrespondent', 'redaktør', 'klummeskribent', 'skribent'] },
  { lang: 'no', phrases: ['journalist', 'reporter', 'korrespondent', 'redaktør', 'kommentator', 'skribent'] },
  { lang: 'fi', phrases: ['toimittaja', 'kirjeenvaihtaja', 'kolumnisti', 'päätoimittaja'] },
  { lang: 'pl', phrases: ['dziennikarz', 'dziennikarka', 'reporter', 'reporterka', 'korespondent', 'korespondentka', 'redaktor', 'redaktorka', 'felietonista', 'felietonistka'] },
  { lang: 'cs', phrases: ['redaktor', 'redaktorka', 'reportér', 'reportérka', 'zpravodaj', 'zpravodajka', 'novinář', 'novinářka', 'komentátor', 'komentátorka'] },
  { lang: 'ru', phrases: ['корреспондент', 'журналист', 'журналистка', 'обозреватель', 'редактор', 'спецкор', 'собкор', 'колумнист'] },
  { lang: 'uk', phrases: ['кореспондент', 'кореспондентка', 'журналіст', 'журналістка', 'оглядач', 'оглядачка', 'редактор', 'редакторка'] },
  { lang: 'tr', phrases: ['muhabir', 'muhabiri', 'gazeteci', 'editör', 'köşe yazarı', '{x} muhabiri'] },
];
