import type { PhraseSet } from './match.js';

/**
 * Share and save buttons as their text survives in feeds: a label alone on a line ("Share this:",
 * "Partager sur :", "Teilen"), optionally followed by the services' names and a counter.
 */
export const shareLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Share this', 'Share this article', 'Share this story', 'Share this post', 'Share on', 'Tweet', 'Tweet this', 'Pin it', 'Save this article', 'Like this', 'Email this'] },
  { lang: 'de', phrases: ['Teilen', 'Teilen mit', 'Teilen auf', 'Diesen Artikel teilen', 'Artikel teilen', 'Beitrag teilen', 'Artikel merken'] },
  { lang: 'fr', phrases: ['Partager', 'Partager sur', 'Partager cet article', 'Partagez cet article', 'Sauvegarder cet article', 'Aimer cet article', "J'aime ça"] },
  { lang: 'es', phrases: ['Compartir', 'Compartir en', 'Comparte esto', 'Compartir esta noticia', 'Comparte este artículo', 'Me gusta esto'] },
  { lang: 'pt', phrases: ['Compartilhe', 'Compartilhar', 'Compartilhe isso', 'Compartilhe esta notícia', 'Partilhar', 'Partilhe', 'Curtir isso'] },
  { lang: 'it', phrases: ['Condividi', 'Condividi su', "Condividi l'articolo", 'Condividi questo articolo', 'Mi piace'] },
  { lang: 'nl', phrases: ['Delen', 'Deel dit artikel', 'Delen op', 'Deel dit'] },
  { lang: 'pl', phrases: ['Udostępnij', 'Udostępnij na', 'Podziel się', 'Podziel się artykułem'] },
  { lang: 'sv', phrases: ['Dela', 'Dela artikeln', 'Dela på'] },
  { lang: 'da', phrases: ['Del', 'Del artiklen', 'Del på'] },
  { lang: 'ru', phrases: ['Поделиться', 'Поделиться в', 'Поделитесь'] },
  { lang: 'uk', phrases: ['Поділитися', 'Поширити'] },
  { lang: 'tr', phrases: ['Paylaş', 'Haberi paylaş'] },
  { lang: 'id', phrases: ['Bagikan', 'Bagikan artikel ini'] },
  { lang: 'ms', phrases: ['Kongsi', 'Kongsi artikel ini'] },
  { lang: 'zh', phrases: ['分享', '分享到', '分享至'] },
  { lang: 'ja', phrases: ['シェア', 'シェアする'] },
];

/** Services a share row names after its label. */
export const shareServices: readonly string[] = [
  'Facebook', 'Twitter', 'X', 'LinkedIn', 'WhatsApp', 'Telegram', 'Email', 'E-mail', 'Mail', 'Pinterest', 'Reddit',
  'Tumblr', 'Pocket', 'Threads', 'Bluesky', 'Mastodon', 'Xing', 'VK', 'VKontakte', 'Messenger', 'Print', 'Imprimer',
  'Drucken', 'Imprimir', 'Stampa', 'Flipboard', 'Weibo', 'WeChat', 'LINE', 'Copy link', 'Copy Link',
];

/**
 * Jetpack's sharing and likes widgets flattened into text, per language: the label that opens the
 * widget, then its pieces ("Click to share on Facebook (Opens in new window)", "Like Loading...").
 * `{x}` is a service's name.
 */
export const widgetOpeners: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Share this:', 'Like this:', 'Click to share on'] },
  { lang: 'de', phrases: ['Teilen mit:', 'Gefällt mir:', 'Klicken, um auf'] },
  { lang: 'fr', phrases: ['Partager :', "J'aime ça :", 'Cliquez pour partager sur'] },
  { lang: 'es', phrases: ['Comparte esto:', 'Me gusta esto:', 'Haz clic para compartir en'] },
  { lang: 'pt', phrases: ['Compartilhe isso:', 'Curtir isso:', 'Clique para compartilhar no'] },
  { lang: 'it', phrases: ['Condividi:', 'Mi piace:', 'Fai clic per condividere su'] },
];

export const widgetPieces: readonly string[] = [
  'Click to share on {x} (Opens in new window)', 'Click to share on {x}', 'Click to email a link to a friend', 'Click to email this to a friend', 'Click to print', '(Opens in new window)', 'Like Loading...', 'Loading...', 'Related', 'Like', 'Share this:', 'Like this:',
  'Klicken, um auf {x} zu teilen', '(Wird in neuem Fenster geöffnet)', 'Gefällt mir Wird geladen...', 'Gefällt mir:', 'Wird geladen...', 'Ähnliche Beiträge', 'Ähnlich',
  'Cliquez pour partager sur {x}', '(ouvre dans une nouvelle fenêtre)', "J'aime chargement...", "J'aime ça :", 'Chargement...', 'Articles similaires', 'Similaire',
  'Haz clic para compartir en {x}', '(Se abre en una ventana nueva)', 'Me gusta Cargando...', 'Me gusta esto:', 'Cargando...', 'Relacionado',
  'Clique para compartilhar no {x}', '(abre em nova janela)', 'Curtir Carregando...', 'Curtir isso:', 'Carregando...', 'Relacionado',
  'Fai clic per condividere su {x}', '(Si apre in una nuova finestra)', 'Mi piace Caricamento...', 'Mi piace:', 'Caricamento...', 'Correlati',
];

/**
 * A row of share or follow buttons reduced to its words ("Facebook Twitter Google+ Whatsapp",
 * "follow us in feedly RSS twitter"): the services a follow row names besides the share
 * services, and the little words between them, in the languages of the share labels.
 */
export const followServices: readonly string[] = [
  'Instagram', 'YouTube', 'Google', 'Google+', 'Feedly', 'RSS', 'Snapchat', 'TikTok', 'Viber', 'Skype', 'SMS', 'Hatena',
  'Mixi', 'Kakao', 'KakaoTalk', 'Naver', 'Band', 'Odnoklassniki', 'OK', 'Livejournal', 'Digg', 'StumbleUpon', 'Delicious', 'Gmail',
];

export const shareRowWords: readonly string[] = [
  'share', 'shares', 'this', 'it', 'on', 'via', 'in', 'at', 'and', 'or', 'us', 'follow', 'with', 'plus', 'friend', 'friends', 'a', 'to', 'the', 'page',
  'teilen', 'auf', 'und', 'folgen', 'uns', 'partager', 'sur', 'et', 'suivez', 'nous', 'compartir', 'en', 'y', 'síguenos', 'siguenos',
  'compartilhe', 'compartilhar', 'no', 'na', 'e', 'siga', 'nos', 'condividi', 'su', 'seguici', 'delen', 'op', 'volg', 'ons',
  'udostępnij', 'поделиться', 'в', 'и', 'мы', 'нас', 'bagikan', 'ke', 'ikuti', 'kami', 'di', 'シェア', 'フォロー', '공유',
];
