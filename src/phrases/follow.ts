import type { PhraseSet } from './match.js';

/**
 * Calls to follow, subscribe, join or support that sites append to every post. Each phrase opens
 * the call's line; the rest of the line is the call's own ("… on Facebook, X and Instagram!").
 * `{x}` stands for a network or a list name inside the phrase.
 */
export const followCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Follow us on', 'Follow us at', 'Like us on Facebook', 'Subscribe to our newsletter', 'Sign up for our newsletter', 'Sign up to our newsletter', 'Subscribe to our channel', 'Subscribe to our podcast', 'Be sure to subscribe', 'Go there and subscribe', "Don't forget to subscribe", "Don't miss real-time updates", 'Join our Telegram', 'Join our Discord', 'Get our newsletter', 'Support us on Patreon', 'You can download the {x} or subscribe', 'This podcast is posted on {x}. Go there and subscribe'] },
  { lang: 'de', phrases: ['Folgen Sie uns', 'Folge uns', 'Abonnieren Sie unseren', 'Abonniere unseren', 'Jetzt Newsletter abonnieren', 'Melden Sie sich für unseren Newsletter an', 'Unterstützen Sie uns', 'Jetzt spenden'] },
  { lang: 'fr', phrases: ['Suivez-nous', 'Abonnez-vous', 'Inscrivez-vous à notre newsletter', 'Rejoignez-nous sur', "N'oubliez pas de faire un don", "N'oubliez pas de vous abonner", 'Soutenez-nous'] },
  { lang: 'es', phrases: ['Síguenos en', 'Siguenos en', 'Suscríbete a', 'Suscríbase a', 'Únete a nuestro canal', 'Apóyanos'] },
  { lang: 'pt', phrases: ['Siga-nos', 'Inscreva-se no nosso', 'Inscreva-se em nosso', 'Assine nossa newsletter', 'Assine a nossa newsletter', 'Participe do nosso canal', 'Cole esse link no seu agregador'] },
  { lang: 'it', phrases: ['Seguici su', 'Iscriviti alla nostra newsletter', 'Iscriviti alla newsletter', 'Iscriviti al nostro canale', 'Unisciti al nostro canale'] },
  { lang: 'nl', phrases: ['Volg ons op', 'Abonneer je op onze', 'Schrijf je in voor onze nieuwsbrief', 'Meld je aan voor onze nieuwsbrief'] },
  { lang: 'pl', phrases: ['Obserwuj nas', 'Śledź nas', 'Zapisz się na nasz newsletter', 'Zapisz się do newslettera', 'Dołącz do nas na'] },
  { lang: 'sv', phrases: ['Följ oss på', 'Prenumerera på vårt nyhetsbrev'] },
  { lang: 'ru', phrases: ['Подписывайтесь на', 'Подпишитесь на наш', 'Подписывайтесь на наш', 'Читайте нас в', 'Мы в соцсетях', '{x} в соц. сетях:', '{x} в соцсетях:'] },
  { lang: 'uk', phrases: ['Підписуйтесь на', 'Підписуйтеся на', 'Стежте за нами'] },
  { lang: 'tr', phrases: ['Bizi takip edin', 'Bizi takip et', 'Abone olun'] },
  { lang: 'id', phrases: ['Ikuti kami di', 'Ikuti kami', 'Follow akun', 'Simak berita dan artikel lainnya di'] },
  { lang: 'ms', phrases: ['Follow kami di', 'Ikuti kami di', 'Like Facebook, follow', 'Baca lagi artikel menarik lain'] },
  { lang: 'zh', phrases: ['欢迎在{x}上关注我们', '欢迎关注我们', '您也可以加入我们的{x}频道', '关注我们的{x}', '歡迎追蹤我們'] },
  { lang: 'ja', phrases: ['フォローしてください', 'フォローお願いします'] },
];
