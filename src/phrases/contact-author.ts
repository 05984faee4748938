import type { PhraseSet } from './match.js';

/**
 * Labels of the writer's address closing a story ("Contact the author: jane@example.com", "Kontakt
 * zur Autorin: …", "Contacter l'auteur : …"): the address follows and is the whole rest of the line.
 * "Contact the harbour office for details" has no address after it and stays. Dow Jones papers and
 * many others name the writer ("Write to Jane Doe at jane.doe@example.com").
 */
export const contactLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Contact the author:', 'Contact the author at', 'Contact the writer:', 'Contact the writer at', 'Contact the reporter:', 'Contact the reporter at', 'Email the author:', 'Email the author at', 'Email the writer:', 'Email the reporter:', 'Reach the author at', 'You can reach the author at', 'Write to the author at', 'Write to the author:', 'Contact:', 'Email:', 'E-mail:', 'Write to {name} at', 'Write to {name} at {address} and {other} at', 'Contact {name} at', 'Email {name} at', 'You can reach {name} at', 'Reach {name} at', '{name} may be reached at', '{name} can be reached at', 'Have a tip? {name} may be reached at', 'Have a tip? {name} can be reached at'] },
  { lang: 'de', phrases: ['Kontakt zum Autor:', 'Kontakt zur Autorin:', 'Kontakt zu den Autoren:', 'E-Mail an den Autor:', 'E-Mail an die Autorin:', 'Schreiben Sie dem Autor:', 'Schreiben Sie der Autorin:', 'Kontakt:', 'E-Mail:'] },
  { lang: 'fr', phrases: ["Contacter l'auteur :", "Contacter l'auteur:", "Contacter l'autrice :", "Écrire à l'auteur :", "Écrire à l'auteur:", 'Contact :', 'Contact:', 'Courriel :', 'Courriel:'] },
  { lang: 'es', phrases: ['Contacto:', 'Contacta con el autor:', 'Contacto del autor:', 'Escribe al autor:', 'Escríbele al autor:', 'Correo del autor:', 'Correo electrónico:'] },
  { lang: 'pt', phrases: ['Contato:', 'Contacto:', 'Fale com o autor:', 'Contato do autor:', 'E-mail do autor:', 'Escreva para o autor:'] },
  { lang: 'it', phrases: ["Contatta l'autore:", "Scrivi all'autore:", "Contatti dell'autore:", 'Contatti:', 'Contatto:'] },
  { lang: 'nl', phrases: ['Contact met de auteur:', 'Mail de auteur:', 'Mail de auteur via', 'Contact:', 'E-mail:'] },
  { lang: 'pl', phrases: ['Kontakt z autorem:', 'Kontakt z autorką:', 'Napisz do autora:', 'Kontakt:'] },
  { lang: 'sv', phrases: ['Kontakta skribenten:', 'Kontakta författaren:', 'Kontakta reportern:', 'Kontakt:', 'E-post:'] },
  { lang: 'ru', phrases: ['Связаться с автором:', 'Написать автору:', 'Почта автора:', 'Контакт:'] },
];
