import type { PhraseSet } from './match.js';

/**
 * A feed's notice that it has moved, which the old address keeps printing at the top of every item
 * ("Please update to our new feed url: example.com/blog/feed/"). `{url}` is the new address.
 */
export const feedMoved: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Please update to our new feed url: {url}', 'Please update to our new feed url {url}', 'Please update your feed url to {url}', 'Please update your feed reader to {url}', 'Please update your RSS reader to {url}', 'Please update your subscription to {url}', 'This feed has moved to {url}', 'This feed has moved: {url}', 'Our feed has moved to {url}', 'Our feed has moved: {url}', 'This RSS feed has moved to {url}', 'The feed has moved to {url}', 'This feed is no longer updated. Please subscribe to {url}', 'This feed is deprecated. Please subscribe to {url}', 'New feed url: {url}', 'New feed address: {url}'] },
  { lang: 'de', phrases: ['Dieser Feed ist umgezogen: {url}', 'Dieser Feed ist umgezogen nach {url}', 'Unser Feed ist umgezogen: {url}', 'Unser Feed ist umgezogen nach {url}', 'Der Feed ist umgezogen: {url}', 'Bitte aktualisieren Sie Ihren Feed: {url}', 'Bitte aktualisiere deinen Feed: {url}', 'Neue Feed-Adresse: {url}', 'Neue Feed-URL: {url}'] },
  { lang: 'fr', phrases: ['Ce flux a déménagé : {url}', 'Ce flux a déménagé: {url}', 'Notre flux a déménagé : {url}', 'Notre flux a déménagé: {url}', 'Le flux a changé d\'adresse : {url}', 'Veuillez mettre à jour l\'adresse du flux : {url}', 'Nouvelle adresse du flux : {url}', 'Nouvelle adresse du flux: {url}'] },
  { lang: 'es', phrases: ['Este feed se ha mudado a {url}', 'Nuestro feed se ha mudado a {url}', 'El feed se ha trasladado a {url}', 'Por favor, actualiza la URL del feed: {url}', 'Nueva dirección del feed: {url}'] },
  { lang: 'pt', phrases: ['Este feed mudou para {url}', 'Nosso feed mudou para {url}', 'O feed mudou de endereço: {url}', 'Atualize o endereço do feed: {url}', 'Novo endereço do feed: {url}'] },
  { lang: 'it', phrases: ['Questo feed si è spostato su {url}', 'Il nostro feed si è spostato su {url}', 'Il feed ha cambiato indirizzo: {url}', 'Aggiorna l\'indirizzo del feed: {url}', 'Nuovo indirizzo del feed: {url}'] },
  { lang: 'nl', phrases: ['Deze feed is verhuisd naar {url}', 'Onze feed is verhuisd naar {url}', 'Onze feed is verhuisd: {url}', 'Nieuw feedadres: {url}'] },
  { lang: 'pl', phrases: ['Ten kanał został przeniesiony: {url}', 'Nowy adres kanału RSS: {url}'] },
  { lang: 'ru', phrases: ['Наш RSS переехал: {url}', 'Лента переехала: {url}', 'Новый адрес RSS: {url}', 'Новый адрес ленты: {url}'] },
];
