import type { PhraseSet } from './match.js';

/**
 * Calls to follow, subscribe, join or support that sites append to every post. Each phrase opens
 * the call's line; the rest of the line is the call's own ("… on Facebook, X and Instagram!").
 * `{x}` stands for a network or a list name inside the phrase.
 */
export const followCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Follow us on', 'Follow us at', 'Like us on Facebook', 'Subscribe to our newsletter', 'Sign up for our newsletter', 'Sign up to our newsletter', 'Subscribe to our channel', 'Subscribe to our podcast', 'Be sure to subscribe', 'Go there and subscribe', "Don't forget to subscribe", "Don't miss real-time updates", 'Join our Telegram', 'Join our Discord', 'Get our newsletter', 'Support us on Patreon', 'You can download the {x} or subscribe', 'This podcast is posted on {x}. Go there and subscribe', 'Paste this link into your podcast', 'Copy this link into your podcast', 'Paste this URL into your podcast', 'Add this feed to your podcast', 'Subscribe to the podcast', 'Subscribe on iTunes', 'Subscribe in iTunes', 'Subscribe via RSS', 'For more news, visit our homepage', 'Want to promote your', 'Need to partner with us'] },
  { lang: 'de', phrases: ['Folgen Sie uns', 'Folge uns', 'Abonnieren Sie unseren', 'Abonniere unseren', 'Jetzt Newsletter abonnieren', 'Melden Sie sich für unseren Newsletter an', 'Unterstützen Sie uns', 'Jetzt spenden', 'Abonniere den Podcast', 'Abonnieren Sie den Podcast', 'Kopiere diesen Link in deine Podcast', 'Weitere wichtige Nachrichten finden Sie auf der Startseite'] },
  { lang: 'fr', phrases: ['Suivez-nous', 'Abonnez-vous', 'Inscrivez-vous à notre newsletter', 'Rejoignez-nous sur', "N'oubliez pas de faire un don", "N'oubliez pas de vous abonner", 'Soutenez-nous', 'Copiez ce lien dans votre agrégateur', 'Copiez ce lien dans votre application de podcast', 'Retrouvez toute l\'actualité sur notre page d\'accueil'] },
  { lang: 'es', phrases: ['Síguenos en', 'Siguenos en', 'Suscríbete a', 'Suscríbase a', 'Únete a nuestro canal', 'Apóyanos', 'Copia este enlace en tu agregador', 'Pega este enlace en tu agregador', 'Copia este enlace en tu aplicación de podcast', 'Más noticias importantes en nuestra portada'] },
  { lang: 'pt', phrases: ['Siga-nos', 'Inscreva-se no nosso', 'Inscreva-se em nosso', 'Assine nossa newsletter', 'Assine a nossa newsletter', 'Participe do nosso canal', 'Cole esse link no seu agregador', 'Cole este link no seu agregador', 'Copie este link no seu agregador', 'Assine o podcast', 'Assine nosso podcast', 'Mais notícias importantes na nossa página inicial'] },
  { lang: 'it', phrases: ['Seguici su', 'Iscriviti alla nostra newsletter', 'Iscriviti alla newsletter', 'Iscriviti al nostro canale', 'Unisciti al nostro canale', 'Copia questo link nel tuo aggregatore', 'Iscriviti al podcast', 'Altre notizie importanti sulla nostra home page'] },
  { lang: 'nl', phrases: ['Volg ons op', 'Abonneer je op onze', 'Schrijf je in voor onze nieuwsbrief', 'Meld je aan voor onze nieuwsbrief', 'Abonneer je op de podcast', 'Kopieer deze link in je podcast', 'Meer belangrijk nieuws vind je op onze homepage'] },
  { lang: 'pl', phrases: ['Obserwuj nas', 'Śledź nas', 'Zapisz się na nasz newsletter', 'Zapisz się do newslettera', 'Dołącz do nas na', 'Więcej ważnych informacji znajdziesz na stronie głównej', 'Więcej informacji znajdziesz na stronie głównej', 'Subskrybuj podcast', 'Wklej ten link do swojej aplikacji'] },
  { lang: 'sv', phrases: ['Följ oss på', 'Prenumerera på vårt nyhetsbrev'] },
  { lang: 'ru', phrases: ['Подписывайтесь на', 'Подпишитесь на наш', 'Подписывайтесь на наш', 'Читайте нас в', 'Мы в соцсетях', '{x} в соц. сетях:', '{x} в соцсетях:'] },
  { lang: 'uk', phrases: ['Підписуйтесь на', 'Підписуйтеся на', 'Стежте за нами'] },
  { lang: 'tr', phrases: ['Bizi takip edin', 'Bizi takip et', 'Abone olun'] },
  { lang: 'id', phrases: ['Ikuti kami di', 'Ikuti kami', 'Follow akun', 'Simak berita dan artikel lainnya di'] },
  { lang: 'ms', phrases: ['Follow kami di', 'Ikuti kami di', 'Like Facebook, follow', 'Baca lagi artikel menarik lain'] },
  { lang: 'zh', phrases: ['欢迎在{x}上关注我们', '欢迎关注我们', '您也可以加入我们的{x}频道', '关注我们的{x}', '歡迎追蹤我們', '需要与我们合作推广', '需要與我們合作推廣', '订阅我们的播客', '订阅播客'] },
  { lang: 'ja', phrases: ['フォローしてください', 'フォローお願いします'] },
];
