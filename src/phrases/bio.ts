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
