import type { PhraseSet } from './match.js';

/**
 * How a theme's author box speaks of its author, in the third person, right after the name:
 * "{name} is a Senior Researcher at …", and the plug for the author's own book that closes a post
 * the same way ("{name}'s book about …, is out now"). `{name}` is the author's name or first name.
 */
export const bioOpenings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['{name} is a ', '{name} is an ', '{name} is the ', '{name} is currently ', '{name} has been ', '{name} works as ', '{name} leads ', "{name}'s book ", "{name}'s new book ", "{name}'s latest book ", "{name}'s novel ", "{name}'s new novel "] },
  { lang: 'de', phrases: ['{name} ist ', '{name} arbeitet als ', '{name} leitet ', '{name}s Buch ', '{name}s neues Buch ', 'Das Buch von {name} ', 'Das neue Buch von {name} '] },
  { lang: 'fr', phrases: ['{name} est ', '{name} travaille comme ', '{name} dirige ', 'Le livre de {name} ', 'Le nouveau livre de {name} ', 'Le dernier livre de {name} '] },
  { lang: 'es', phrases: ['{name} es ', '{name} trabaja como ', '{name} dirige ', 'El libro de {name} ', 'El nuevo libro de {name} ', 'El último libro de {name} '] },
  { lang: 'pt', phrases: ['{name} é ', '{name} trabalha como ', 'O livro de {name} ', 'O novo livro de {name} '] },
  { lang: 'it', phrases: ['{name} è ', '{name} lavora come ', 'Il libro di {name} ', 'Il nuovo libro di {name} '] },
  { lang: 'nl', phrases: ['{name} is ', '{name} werkt als ', 'Het boek van {name} ', 'Het nieuwe boek van {name} '] },
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
