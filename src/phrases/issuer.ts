import type { PhraseSet } from './match.js';

/**
 * An organisation's own notice speaks of it in the third person, to its public: "La Bourse de
 * Casablanca informe ses clients …", "… vous souhaite une bonne fête", "The Harbour Trust team
 * wishes you …". A story about the organisation says what it did ("a informé", "announced"); the
 * present tense towards "its customers" or "you" is the issuer's voice, so the name is the site's.
 * `{org}` follows a definite article or a team's word: a person's name takes neither. Every phrase
 * opens with a word (the matcher looks for the phrase's first words).
 */
export const issuerNotices: readonly PhraseSet[] = [
  {
    lang: 'fr',
    phrases: [
      'La {org} informe ses', 'Le {org} informe ses', "L'{org} informe ses", 'Les {org} informent leurs', 'La {org} informe le public', 'Le {org} informe le public', "L'{org} informe le public",
      'La {org} porte à la connaissance', 'Le {org} porte à la connaissance', "L'{org} porte à la connaissance", 'La {org} tient à informer', 'Le {org} tient à informer', "L'{org} tient à informer",
      'La {org} vous souhaite', 'Le {org} vous souhaite', "L'{org} vous souhaite", 'La {org} remercie ses', 'Le {org} remercie ses', "L'{org} remercie ses",
      "L'équipe de {org} vous souhaite", "L'équipe du {org} vous souhaite", "Toute l'équipe de {org} vous souhaite", "Toute l'équipe du {org} vous souhaite",
    ],
  },
  {
    lang: 'en',
    phrases: [
      'The {org} would like to inform its', 'The {org} informs its', 'The {org} wishes you', 'The {org} wishes all', 'The {org} would like to wish you', 'The {org} thanks its',
      'The {org} team wishes you', 'The {org} team would like to wish you', 'Everyone at {org} wishes you', 'All of us at {org} wish you',
    ],
  },
  {
    lang: 'es',
    phrases: [
      'La {org} informa a sus', 'El {org} informa a sus', 'La {org} les informa', 'El {org} les informa', 'La {org} les desea', 'El {org} les desea', 'La {org} le desea', 'El {org} le desea',
      'El equipo de {org} les desea', 'Todo el equipo de {org} les desea', 'El equipo de {org} te desea',
    ],
  },
  {
    lang: 'pt',
    phrases: [
      'A {org} informa aos seus', 'O {org} informa aos seus', 'A {org} informa os seus', 'O {org} informa os seus', 'A {org} deseja a todos', 'O {org} deseja a todos', 'A {org} deseja-lhe', 'O {org} deseja-lhe',
      'A equipe do {org} deseja', 'A equipe da {org} deseja', 'A equipa do {org} deseja', 'A equipa da {org} deseja',
    ],
  },
  {
    lang: 'de',
    phrases: [
      'Die {org} informiert ihre', 'Der {org} informiert seine', 'Das {org} informiert seine', 'Die {org} wünscht Ihnen', 'Der {org} wünscht Ihnen', 'Das {org} wünscht Ihnen', 'Die {org} wünscht allen', 'Der {org} wünscht allen',
      'Das Team von {org} wünscht', 'Das Team der {org} wünscht', 'Das Team des {org} wünscht', 'Das {org}-Team wünscht',
    ],
  },
  {
    lang: 'it',
    phrases: [
      'La {org} informa i propri', 'Il {org} informa i propri', 'La {org} informa la gentile clientela', 'Il {org} informa la gentile clientela', 'La {org} augura a tutti', 'Il {org} augura a tutti', 'La {org} vi augura', 'Il {org} vi augura',
      'Il team di {org} augura', 'Tutto lo staff di {org} augura',
    ],
  },
  { lang: 'nl', phrases: ['De {org} informeert haar', 'Het {org} informeert zijn', 'De {org} wenst u', 'Het {org} wenst u', 'Het team van {org} wenst u'] },
];
