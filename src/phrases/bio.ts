import type { PhraseSet } from './match.js';

/**
 * How a theme's author box speaks of its author, in the third person, right after the name:
 * "{name} is a Senior Researcher at …". `{name}` is the author's name or first name.
 */
export const bioOpenings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['{name} is a ', '{name} is an ', '{name} is the ', '{name} is currently ', '{name} has been ', '{name} works as ', '{name} leads '] },
  { lang: 'de', phrases: ['{name} ist ', '{name} arbeitet als ', '{name} leitet '] },
  { lang: 'fr', phrases: ['{name} est ', '{name} travaille comme ', '{name} dirige '] },
  { lang: 'es', phrases: ['{name} es ', '{name} trabaja como ', '{name} dirige '] },
  { lang: 'pt', phrases: ['{name} é ', '{name} trabalha como '] },
  { lang: 'it', phrases: ['{name} è ', '{name} lavora come '] },
  { lang: 'nl', phrases: ['{name} is ', '{name} werkt als '] },
  { lang: 'sv', phrases: ['{name} är ', '{name} arbetar som '] },
  { lang: 'pl', phrases: ['{name} jest ', '{name} pracuje jako '] },
];

/**
 * The newsroom roles a one-line bio under a story gives its writer ("Jane Doe is a reporter at the
 * Gazette.", "Jana Roth ist Redakteurin bei …"), after the verb of bioOpenings. Lower case.
 */
export const newsroomRoles: readonly string[] = [
  'reporter', 'writer', 'journalist', 'correspondent', 'editor', 'columnist', 'contributor', 'author', 'freelancer', 'producer', 'blogger',
  'redakteur', 'redakteurin', 'journalistin', 'reporterin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'volontär', 'volontärin',
  'journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'chroniqueur', 'chroniqueuse',
  'periodista', 'redactor', 'redactora', 'corresponsal', 'reportero', 'reportera', 'columnista',
  'jornalista', 'repórter', 'redator', 'redatora', 'correspondente', 'colunista',
  'giornalista', 'redattore', 'redattrice', 'corrispondente', 'inviato', 'inviata',
];
