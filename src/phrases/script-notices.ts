import type { PhraseSet } from './match.js';

/**
 * What a widget prints in place of itself when scripts are off: a saved page or a feed keeps the
 * notice ("This slideshow requires JavaScript.") where the slideshow or the comments would be.
 * Only as a line's whole text.
 */
export const scriptNotices: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['This slideshow requires JavaScript', 'This gallery requires JavaScript', 'This content requires JavaScript', 'Please enable JavaScript to view the comments', 'Please enable JavaScript to view the comments powered by Disqus', 'Please enable JavaScript to view this content', 'You need to enable JavaScript to view this content'] },
  { lang: 'de', phrases: ['Diese Diashow benötigt JavaScript', 'Diese Diashow erfordert JavaScript', 'Diese Galerie benötigt JavaScript', 'Bitte aktivieren Sie JavaScript, um die Kommentare zu sehen'] },
  { lang: 'fr', phrases: ['Ce diaporama nécessite JavaScript', 'Ce diaporama nécessite Javascript pour fonctionner', 'Veuillez activer JavaScript pour voir les commentaires'] },
  { lang: 'es', phrases: ['Esta presentación requiere JavaScript', 'Esta presentación de diapositivas requiere JavaScript', 'Este pase de diapositivas requiere JavaScript', 'Por favor, activa JavaScript para ver los comentarios'] },
  { lang: 'pt', phrases: ['Esta apresentação de slides requer JavaScript', 'Esta apresentação requer JavaScript', 'Este slideshow requer JavaScript', 'Por favor, ative o JavaScript para ver os comentários'] },
  { lang: 'it', phrases: ['Questa presentazione richiede JavaScript', 'Questo slideshow richiede JavaScript', 'Abilita JavaScript per vedere i commenti'] },
  { lang: 'nl', phrases: ['Deze diavoorstelling vereist JavaScript', 'Voor deze diavoorstelling is JavaScript nodig'] },
  { lang: 'sv', phrases: ['Detta bildspel kräver JavaScript'] },
  { lang: 'pl', phrases: ['Ten pokaz slajdów wymaga JavaScript', 'Pokaz slajdów wymaga JavaScript'] },
  { lang: 'ru', phrases: ['Для этого слайд-шоу нужен JavaScript', 'Для этого слайд-шоу требуется JavaScript', 'Для показа слайд-шоу требуется JavaScript'] },
  { lang: 'id', phrases: ['Slideshow ini membutuhkan JavaScript', 'Tayangan slide ini membutuhkan JavaScript'] },
  { lang: 'ja', phrases: ['このスライドショーには JavaScript が必要です', 'このスライドショーにはJavaScriptが必要です'] },
];
