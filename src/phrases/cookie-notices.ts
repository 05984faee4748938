import type { PhraseSet } from './match.js';

/**
 * What a cookie or consent banner says, for the banners whose markup carries no name a list could
 * know: the site's use of cookies ("This website uses cookies", "Utilizamos cookies propias y de
 * terceros"), the consent it asks for ("By continuing to browse the site you are agreeing"), not the
 * names of the links to its policy, which every footer has ("Cookie policy", "Cookie settings"). Any
 * place in a short box with a button to accept; `{any}` stands for a few words. A sentence about a
 * bakery's cookies names no use of them.
 */
export const cookieNotices: readonly PhraseSet[] = [
  {
    lang: 'en',
    phrases: [
      'we use cookies', 'we use {any} cookies', 'this site uses cookies', 'this website uses cookies', 'our site uses cookies',
      'our website uses cookies', 'this site uses {any} cookies', 'uses cookies to', 'you agree to our use of cookies',
      'you are agreeing to our use of cookies', 'you consent to our use of cookies', 'our use of cookies', 'accept cookies',
      'accept all cookies', 'we and our partners', 'use of cookies',
    ],
  },
  {
    lang: 'de',
    phrases: [
      'wir verwenden cookies', 'wir nutzen cookies', 'wir setzen cookies ein', 'diese website verwendet cookies',
      'diese webseite verwendet cookies', 'diese website nutzt cookies', 'verwendet cookies', 'nutzt cookies',
      'wir und unsere partner', 'verwendung von cookies', 'einsatz von cookies', 'alle cookies akzeptieren',
    ],
  },
  {
    lang: 'fr',
    phrases: [
      'nous utilisons des cookies', 'ce site utilise des cookies', 'utilise des cookies', 'nous et nos partenaires',
      'utilisation de cookies', 'utilisation des cookies', 'accepter les cookies', 
    ],
  },
  {
    lang: 'es',
    phrases: [
      'utilizamos cookies', 'usamos cookies', 'este sitio web utiliza cookies', 'este sitio utiliza cookies', 'utiliza cookies',
      'usa cookies', 'uso de cookies', 'aceptar cookies', 'nosotros y nuestros socios',
    ],
  },
  {
    lang: 'pt',
    phrases: [
      'utilizamos cookies', 'usamos cookies', 'este site utiliza cookies', 'este site usa cookies', 'utiliza cookies', 'usa cookies',
      'uso de cookies', 'aceitar cookies', 'política de cookies', 'nós e nossos parceiros',
    ],
  },
  {
    lang: 'it',
    phrases: [
      'utilizziamo i cookie', 'utilizziamo cookie', 'usiamo i cookie', 'questo sito utilizza cookie', 'questo sito utilizza i cookie',
      'utilizza cookie', 'utilizza i cookie', 'uso dei cookie', 'utilizzo dei cookie', 'accetta i cookie',
      'noi e terze parti selezionate', 'utilizziamo cookie o tecnologie simili',
    ],
  },
  {
    lang: 'nl',
    phrases: ['wij gebruiken cookies', 'we gebruiken cookies', 'deze website gebruikt cookies', 'gebruikt cookies', 'maakt gebruik van cookies', 'gebruik van cookies', 'cookies accepteren'],
  },
  { lang: 'pl', phrases: ['używamy plików cookie', 'używa plików cookie', 'wykorzystuje pliki cookie', 'korzysta z plików cookie', 'plików cookies', 'akceptuję cookies'] },
  { lang: 'ru', phrases: ['использует файлы cookie', 'используем файлы cookie', 'мы используем cookie', 'использует cookie', 'файлы cookie', 'использование cookie'] },
  { lang: 'tr', phrases: ['çerez kullanıyoruz', 'çerezler kullanıyoruz', 'çerezleri kullanıyoruz', 'çerez kullanmaktadır', 'çerezlerin kullanımı'] },
  { lang: 'ja', phrases: ['cookieを使用', 'クッキーを使用', 'cookie を使用', 'cookieの使用', 'クッキーの使用'] },
  { lang: 'zh', phrases: ['使用cookie', '使用 cookie', '使用cookies', '使用 cookies'] },
  { lang: 'ko', phrases: ['쿠키를 사용', '쿠키 사용', ] },
  { lang: 'ar', phrases: ['ملفات تعريف الارتباط', 'نستخدم ملفات تعريف الارتباط', 'يستخدم هذا الموقع ملفات تعريف الارتباط'] },
  // Where the word for a cookie is also a cake or a biscuit (sv "kakor", hu "süti", he, bg, hr, sl),
  // only a site that uses them: a recipe box says "we use" of cakes too.
  { lang: 'sv', phrases: ['vi använder cookies', 'den här webbplatsen använder cookies', 'denna webbplats använder cookies', 'webbplatsen använder cookies', 'använder cookies', 'acceptera cookies', 'godkänn cookies'] },
  { lang: 'da', phrases: ['vi bruger cookies', 'denne hjemmeside bruger cookies', 'dette website bruger cookies', 'hjemmesiden bruger cookies', 'bruger cookies', 'brug af cookies', 'accepter cookies'] },
  { lang: 'no', phrases: ['vi bruker informasjonskapsler', 'vi bruker cookies', 'denne nettsiden bruker cookies', 'nettstedet bruker informasjonskapsler', 'bruker informasjonskapsler', 'bruker cookies', 'godta informasjonskapsler', 'godta cookies'] },
  { lang: 'fi', phrases: ['käytämme evästeitä', 'tämä sivusto käyttää evästeitä', 'sivusto käyttää evästeitä', 'käyttää evästeitä', 'evästeiden käytön', 'hyväksy evästeet'] },
  { lang: 'cs', phrases: ['používáme soubory cookie', 'tento web používá soubory cookie', 'používá soubory cookie', 'používáme cookies', 'tento web používá cookies'] },
  { lang: 'sk', phrases: ['používame súbory cookie', 'táto stránka používa súbory cookie', 'používa súbory cookie', 'používame cookies'] },
  { lang: 'hu', phrases: ['ez a weboldal sütiket használ', 'weboldalunk sütiket használ', 'oldal sütiket használ', 'cookie-kat használunk', 'cookie-kat használ'] },
  { lang: 'ro', phrases: ['folosim cookie-uri', 'acest site folosește cookie-uri', 'folosește cookie-uri', 'utilizăm cookie-uri', 'acest site utilizează cookie-uri', 'utilizează cookie-uri'] },
  { lang: 'uk', phrases: ['ми використовуємо файли cookie', 'використовує файли cookie', 'використовуємо файли cookie', 'файли cookie', 'використання файлів cookie'] },
  { lang: 'el', phrases: ['χρησιμοποιούμε cookies', 'αυτός ο ιστότοπος χρησιμοποιεί cookies', 'χρησιμοποιεί cookies', 'χρήση cookies', 'αποδοχή cookies'] },
  { lang: 'id', phrases: ['kami menggunakan cookie', 'situs ini menggunakan cookie', 'situs web ini menggunakan cookie', 'menggunakan cookie', 'penggunaan cookie'] },
  { lang: 'vi', phrases: ['chúng tôi sử dụng cookie', 'trang web này sử dụng cookie', 'sử dụng cookie'] },
  { lang: 'he', phrases: ['האתר משתמש בעוגיות', 'אתר זה משתמש בעוגיות'] },
  { lang: 'bg', phrases: ['този сайт използва бисквитки', 'уебсайтът използва бисквитки'] },
  { lang: 'hr', phrases: ['ova web stranica koristi kolačiće', 'ova stranica koristi kolačiće', 'web stranica koristi kolačiće'] },
  { lang: 'sl', phrases: ['ta spletna stran uporablja piškotke', 'spletna stran uporablja piškotke'] },
];
