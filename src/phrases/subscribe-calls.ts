import type { PhraseSet } from './match.js';

/**
 * What a newsletter or subscription box says, whatever its markup is called: the call ("Subscribe
 * to the Morning Review newsletter", "Get the day's top headlines delivered to your inbox"), the
 * form's notices ("You have been successfully subscribed!") and the offer ("12 issues for £11.99").
 * Each phrase opens a sentence of a short element; `{any}` stands for a few words (a newsletter's
 * or a magazine's name, "the latest updates right").
 */
export const subscribeCalls: readonly PhraseSet[] = [
  {
    lang: 'en',
    phrases: [
      'Subscribe to {any} newsletter', 'Subscribe to {any} newsletters', 'Sign up for {any} newsletter', 'Sign up for {any} newsletters',
      'Sign up to {any} newsletter', 'Sign up to receive {any} newsletter', 'Get {any} delivered to your inbox', 'Get {any} in your inbox',
      'Get {any} straight to your inbox', 'Get {any} sent to your inbox', 'Delivered to your inbox', 'Enter your email address to subscribe',
      'Thanks for subscribing', 'Thank you for subscribing', 'Thanks for signing up', 'Thank you for signing up',
      'You have been successfully subscribed', 'You have successfully subscribed', 'You are now subscribed',
      'There was a problem subscribing you', 'There was an error processing your subscription', 'Keep an eye on your inbox',
      'By subscribing you agree', 'By signing up you agree', 'Never miss a story', 'Get {any} delivered through your letterbox',
      'Get {any} delivered to your door', 'Get {any} delivered to your home', 'Subscribe to {any} magazine', 'Subscribe to the print edition',
      'Get access to {any} for as little as', 'Subscribe now and save', 'Subscribe today and save',
    ],
  },
  { lang: 'de', phrases: ['Abonnieren Sie {any} Newsletter', 'Melden Sie sich {any} Newsletter an', 'Jetzt {any} Newsletter abonnieren', 'Newsletter abonnieren', 'Vielen Dank für Ihre Anmeldung', 'Danke für Ihre Anmeldung', 'Bitte geben Sie eine gültige E-Mail-Adresse ein', 'Jetzt abonnieren und sparen'] },
  { lang: 'fr', phrases: ['Inscrivez-vous à {any} newsletter', 'Abonnez-vous à {any} newsletter', 'Recevez {any} dans votre boîte mail', 'Recevez {any} par e-mail', 'Merci pour votre inscription', 'Veuillez saisir une adresse e-mail valide'] },
  { lang: 'es', phrases: ['Suscríbete a {any} newsletter', 'Suscríbete a {any} boletín', 'Suscríbase a {any} boletín', 'Recibe {any} en tu correo', 'Gracias por suscribirte', 'Introduce tu correo electrónico'] },
  { lang: 'pt', phrases: ['Assine {any} newsletter', 'Inscreva-se {any} newsletter', 'Cadastre-se {any} newsletter', 'Receba {any} no seu e-mail', 'Receba {any} em seu e-mail', 'Receba {any} no seu email', 'Obrigado por se inscrever', 'Digite seu e-mail'] },
  { lang: 'it', phrases: ['Iscriviti {any} newsletter', 'Ricevi {any} nella tua casella', 'Ricevi {any} via email', 'Grazie per esserti iscritto'] },
  { lang: 'nl', phrases: ['Schrijf je in voor {any} nieuwsbrief', 'Meld je aan voor {any} nieuwsbrief', 'Ontvang {any} in je inbox', 'Bedankt voor je inschrijving'] },
  { lang: 'pl', phrases: ['Zapisz się {any} newslettera', 'Zapisz się na newsletter', 'Dziękujemy za zapisanie się'] },
  { lang: 'ru', phrases: ['Подпишитесь на {any} рассылку', 'Подпишитесь на рассылку', 'Подписаться на рассылку', 'Спасибо за подписку', 'Получайте {any} на почту'] },
  { lang: 'id', phrases: ['Berlangganan {any} newsletter', 'Dapatkan {any} di inbox', 'Terima kasih telah berlangganan'] },
  { lang: 'ja', phrases: ['メールマガジン登録', 'メルマガ登録', 'ニュースレターに登録', 'ニュースレターを購読'] },
  { lang: 'ko', phrases: ['뉴스레터 구독', '뉴스레터를 구독하세요'] },
  { lang: 'zh', phrases: ['订阅我们的新闻通讯', '订阅电子报', '訂閱電子報'] },
];
