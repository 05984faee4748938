/**
 * The metadata line public radio and podcast feeds put at the start or end of an episode: its
 * duration, the show, and who made it, as fields between dashes or bars ("Duration: 00:42:10 |
 * Host: Jane Doe", "Dauer: 42:10 Min. – Moderation: Max Muster", "durée : 00:42:10 - <show> -
 * par : Jeanne Dupont - réalisé par : Paul Martin"). Lower case, without the colon; the rule
 * matches them folded, an optional colon after each.
 */

/** The label of the duration field, which every such line holds. */
export const durationLabels: Readonly<Record<string, readonly string[]>> = {
  en: ['duration', 'length', 'running time', 'runtime', 'episode length'],
  fr: ['durée', 'duree'],
  de: ['dauer', 'länge', 'laufzeit', 'spieldauer'],
  es: ['duración', 'duracion'],
  it: ['durata'],
  nl: ['duur', 'lengte', 'speelduur'],
  pt: ['duração', 'duracao'],
};

/** Labels of a credit that names the episode's author: its host or presenter. */
export const hostLabels: Readonly<Record<string, readonly string[]>> = {
  en: ['host', 'hosts', 'hosted by', 'presenter', 'presenters', 'presented by', 'by'],
  fr: ['par', 'présenté par', 'présentée par', 'présentation', 'animé par', 'animée par', 'animation'],
  de: ['moderation', 'moderiert von', 'moderator', 'moderatorin', 'von', 'präsentiert von'],
  es: ['por', 'presentado por', 'presentada por', 'presenta', 'presentación', 'conduce', 'conducción', 'conducido por'],
  it: ['di', 'a cura di', 'condotto da', 'condotta da', 'conduce', 'conduzione', 'presentato da'],
  nl: ['door', 'presentatie', 'gepresenteerd door', 'host', 'presentator'],
  pt: ['por', 'apresentação', 'apresentado por', 'apresentada por', 'apresentador', 'apresentadora', 'com apresentação de'],
};

/** Labels of the other credits: production, direction, guests, editing. */
export const crewLabels: Readonly<Record<string, readonly string[]>> = {
  en: ['produced by', 'producer', 'producers', 'production', 'edited by', 'editor', 'sound', 'guest', 'guests', 'with', 'music'],
  fr: ['réalisé par', 'réalisée par', 'réalisation', 'production', 'produit par', 'produite par', 'avec', 'invité', 'invitée', 'invités', 'invitées', 'coordination', 'chronique'],
  de: ['produktion', 'produziert von', 'redaktion', 'regie', 'mit', 'gast', 'gäste', 'schnitt', 'technik', 'sprecher', 'sprecherin'],
  es: ['producción', 'producido por', 'realización', 'realizado por', 'dirección', 'dirigido por', 'con', 'invitado', 'invitada', 'invitados', 'edición'],
  it: ['regia', 'produzione', 'prodotto da', 'realizzazione', 'con', 'ospite', 'ospiti', 'montaggio'],
  nl: ['productie', 'geproduceerd door', 'regie', 'redactie', 'met', 'gast', 'gasten', 'montage'],
  pt: ['produção', 'produzido por', 'realização', 'direção', 'com', 'convidado', 'convidada', 'convidados', 'edição'],
};
