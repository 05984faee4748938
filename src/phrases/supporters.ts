import type { PhraseSet } from './match.js';

/**
 * The heading over a video's or a podcast's roll of paying supporters, which closes its
 * description with their names ("Thanks to our Patreon supporters" / "Big Bang Supporters:" /
 * names…). `{x}` is a platform or a tier ("Patreon", "Gold").
 */
export const supporterHeadings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Thanks to our Patreon supporters', 'Thanks to our {x} supporters', 'Special thanks to our {x} supporters', 'Special thanks to all our {x} supporters', 'Thanks to all our {x} supporters', 'Thank you to all our {x} supporters', 'Special thanks to our {x} patrons', 'Thanks to our {x} patrons', 'Thank you to our Patreon supporters', 'Thank you to our {x} supporters', 'Thanks to our patrons', 'Thank you to our patrons', 'Special thanks to our patrons', 'Special thanks to our Patreon supporters', 'Our Patreon supporters', 'Patreon supporters', 'Huge thanks to our patrons', 'Thanks to all our patrons', '{x} Supporters:', '{x} Patrons:'] },
  { lang: 'de', phrases: ['Danke an unsere Patreon-Unterstützer', 'Danke an unsere Unterstützer auf Patreon', 'Vielen Dank an unsere Patreons', 'Danke an unsere Patrons', 'Unsere Patreon-Unterstützer'] },
  { lang: 'fr', phrases: ['Merci à nos soutiens Patreon', 'Merci à nos tipeurs', 'Merci à nos mécènes', 'Merci à nos soutiens sur Patreon', 'Merci à nos patrons'] },
  { lang: 'es', phrases: ['Gracias a nuestros mecenas de Patreon', 'Gracias a nuestros mecenas', 'Gracias a nuestros patrocinadores de Patreon', 'Gracias a nuestros patreons'] },
  { lang: 'pt', phrases: ['Obrigado aos nossos apoiadores do Patreon', 'Obrigado aos nossos apoiadores', 'Agradecimentos aos apoiadores do Patreon'] },
  { lang: 'it', phrases: ['Grazie ai nostri sostenitori su Patreon', 'Grazie ai nostri sostenitori di Patreon', 'Grazie ai nostri patron'] },
  { lang: 'nl', phrases: ['Dank aan onze Patreon-supporters', 'Bedankt aan onze Patreon-supporters'] },
  { lang: 'pl', phrases: ['Dziękujemy naszym patronom', 'Podziękowania dla patronów'] },
  { lang: 'ru', phrases: ['Спасибо нашим патронам', 'Спасибо нашим спонсорам на Patreon', 'Спасибо спонсорам на Patreon', 'Благодарим наших патронов'] },
];
