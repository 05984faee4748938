import type { PhraseSet } from './match.js';

/**
 * What a newsletter or subscription box says, whatever its markup is called: the call ("Subscribe
 * to the Morning Review newsletter", "Get the day's top headlines delivered to your inbox"), the
 * form's notices ("You have been successfully subscribed!") and the offer ("12 issues for £11.99").
 * Each phrase opens a sentence of a short element; `{any}` stands for a few words (a newsletter's
 * or a magazine's name, "the latest updates right"). The call often comes as a link that says
 * where it leads ("Click here to subscribe to the Harbour Letter newsletter").
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
      'Click here to subscribe to {any} newsletter', 'Click here to sign up for {any} newsletter', 'Click here to sign up to {any} newsletter',
    ],
  },
  { lang: 'de', phrases: ['Abonnieren Sie {any} Newsletter', 'Melden Sie sich {any} Newsletter an', 'Jetzt {any} Newsletter abonnieren', 'Newsletter abonnieren', 'Vielen Dank für Ihre Anmeldung', 'Danke für Ihre Anmeldung', 'Bitte geben Sie eine gültige E-Mail-Adresse ein', 'Jetzt abonnieren und sparen', 'Hier {any} Newsletter abonnieren', 'Klicken Sie hier, um {any} Newsletter zu abonnieren', 'Hier klicken und {any} Newsletter abonnieren'] },
  { lang: 'fr', phrases: ['Inscrivez-vous à {any} newsletter', 'Abonnez-vous à {any} newsletter', 'Recevez {any} dans votre boîte mail', 'Recevez {any} par e-mail', 'Merci pour votre inscription', 'Veuillez saisir une adresse e-mail valide', 'Cliquez ici pour vous abonner à {any} newsletter', 'Cliquez ici pour vous inscrire à {any} newsletter'] },
  { lang: 'es', phrases: ['Suscríbete a {any} newsletter', 'Suscríbete a {any} boletín', 'Suscríbase a {any} boletín', 'Recibe {any} en tu correo', 'Gracias por suscribirte', 'Introduce tu correo electrónico', 'Haz clic aquí para suscribirte a {any} boletín', 'Haz clic aquí para suscribirte a {any} newsletter', 'Haga clic aquí para suscribirse a {any} boletín'] },
  { lang: 'pt', phrases: ['Assine {any} newsletter', 'Inscreva-se {any} newsletter', 'Cadastre-se {any} newsletter', 'Receba {any} no seu e-mail', 'Receba {any} em seu e-mail', 'Receba {any} no seu email', 'Obrigado por se inscrever', 'Digite seu e-mail', 'Clique aqui para assinar {any} newsletter', 'Clique aqui para se inscrever {any} newsletter', 'Clique aqui e assine {any} newsletter'] },
  { lang: 'it', phrases: ['Iscriviti {any} newsletter', 'Ricevi {any} nella tua casella', 'Ricevi {any} via email', 'Grazie per esserti iscritto', 'Clicca qui per iscriverti {any} newsletter'] },
  { lang: 'nl', phrases: ['Schrijf je in voor {any} nieuwsbrief', 'Meld je aan voor {any} nieuwsbrief', 'Ontvang {any} in je inbox', 'Bedankt voor je inschrijving', 'Klik hier om je in te schrijven voor {any} nieuwsbrief', 'Klik hier om je aan te melden voor {any} nieuwsbrief'] },
  { lang: 'pl', phrases: ['Zapisz się {any} newslettera', 'Zapisz się na newsletter', 'Dziękujemy za zapisanie się', 'Kliknij tutaj, aby zapisać się {any} newslettera'] },
  { lang: 'ru', phrases: ['Подпишитесь на {any} рассылку', 'Подпишитесь на рассылку', 'Подписаться на рассылку', 'Спасибо за подписку', 'Получайте {any} на почту', 'Нажмите здесь, чтобы подписаться на {any} рассылку'] },
  { lang: 'id', phrases: ['Berlangganan {any} newsletter', 'Dapatkan {any} di inbox', 'Terima kasih telah berlangganan', 'Klik di sini untuk berlangganan {any} newsletter'] },
  { lang: 'ja', phrases: ['メールマガジン登録', 'メルマガ登録', 'ニュースレターに登録', 'ニュースレターを購読'] },
  { lang: 'ko', phrases: ['뉴스레터 구독', '뉴스레터 구독하기', '뉴스레터 신청', '뉴스레터를 구독하세요', '뉴스레터 받아보기'] },
  { lang: 'zh', phrases: ['订阅我们的新闻通讯', '订阅电子报', '訂閱電子報'] },
  { lang: 'ar', phrases: ['اشترك في النشرة البريدية', 'اشترك في نشرتنا البريدية', 'اشترك في النشرة الإخبارية', 'اشترك في نشرتنا الإخبارية', 'النشرة البريدية'] },
  { lang: 'tr', phrases: ['Bültenimize abone olun', 'Bültenimize abone ol', 'E-bültene abone olun', 'Bültene abone ol', 'Haber bültenimize kaydolun', 'E-posta bültenimize abone olun'] },
];

/**
 * Substack's notices and buttons as its feeds keep them, whole lines ("Thanks for reading <Pub>!
 * Subscribe for free to receive new posts and support my work."), and where a writer has put them
 * in their own language. `{pub}` is the publication, `{n}` a number.
 */
export const substackNotices: readonly PhraseSet[] = [
  {
    lang: 'en',
    phrases: [
      'Subscribe now', 'Leave a comment', 'This post is public so feel free to share it', 'Give a gift subscription', 'Upgrade to paid',
      'Get {n}% off for 1 year', 'Get {n}% off forever', 'Get {n}% off a group subscription', 'Pledge your support', 'Refer a friend', 'Ready for more?',
      'Thanks for reading {pub}! Subscribe for free to receive new posts and support my work',
      'Thanks for reading {pub}! This post is public so feel free to share it', 'Thanks for reading! Subscribe for free to receive new posts and support my work',
      'Thank you for reading {pub}. This post is public so feel free to share it', 'Thank you for reading {pub}! Subscribe for free to receive new posts and support my work',
      "You're currently a free subscriber to {pub}. For the full experience, upgrade your subscription",
      '{pub} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber',
      '{pub} is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber',
    ],
  },
  { lang: 'de', phrases: ['Danke fürs Lesen von {pub}! Abonniere kostenlos, um neue Beiträge zu erhalten und meine Arbeit zu unterstützen', 'Danke fürs Lesen! Abonniere kostenlos, um neue Beiträge zu erhalten und meine Arbeit zu unterstützen', 'Danke, dass du {pub} liest! Abonniere kostenlos, um neue Beiträge zu erhalten und meine Arbeit zu unterstützen', 'Dieser Beitrag ist öffentlich, also teile ihn gerne'] },
  { lang: 'fr', phrases: ['Merci de lire {pub} ! Abonnez-vous gratuitement pour recevoir les nouveaux articles et soutenir mon travail', 'Merci de lire {pub}! Abonnez-vous gratuitement pour recevoir les nouveaux articles et soutenir mon travail', 'Merci de votre lecture ! Abonnez-vous gratuitement pour recevoir les nouveaux articles et soutenir mon travail', 'Cet article est public, alors n\'hésitez pas à le partager'] },
  { lang: 'es', phrases: ['¡Gracias por leer {pub}! Suscríbete gratis para recibir nuevas publicaciones y apoyar mi trabajo', 'Gracias por leer {pub}! Suscríbete gratis para recibir nuevas publicaciones y apoyar mi trabajo', 'Esta publicación es pública, así que siéntete libre de compartirla'] },
  { lang: 'it', phrases: ['Grazie per aver letto {pub}! Iscriviti gratuitamente per ricevere nuovi post e sostenere il mio lavoro', 'Questo post è pubblico, quindi sentiti libero di condividerlo'] },
  { lang: 'pt', phrases: ['Obrigado por ler {pub}! Assine gratuitamente para receber novos posts e apoiar meu trabalho', 'Obrigada por ler {pub}! Assine gratuitamente para receber novos posts e apoiar meu trabalho', 'Obrigado por ler {pub}! Inscreva-se gratuitamente para receber novos posts e apoiar meu trabalho', 'Este post é público, então sinta-se à vontade para compartilhá-lo'] },
];
