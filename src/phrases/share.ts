import type { PhraseSet } from './match.js';

/**
 * Share and save buttons as their text survives in feeds: a label alone on a line ("Share this:",
 * "Partager sur :", "Teilen"), optionally followed by the services' names and a counter.
 */
export const shareLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Share', 'Share this', 'Share this article', 'Share this story', 'Share this post', 'Share on', 'Tweet', 'Tweet this', 'Pin it', 'Save this article', 'Like this', 'Email this', 'Share article', 'Share the story', 'Share via', 'Share on social media', 'Spread the word', 'Flattr this', 'Flattr this!'] },
  { lang: 'de', phrases: ['Gefällt mir', 'Teilen', 'Teilen mit', 'Teilen auf', 'Diesen Artikel teilen', 'Artikel teilen', 'Beitrag teilen', 'Artikel merken', 'Teile diesen Beitrag', 'Teile diesen Artikel', 'Jetzt teilen', 'Seite teilen', 'Teilen per'] },
  { lang: 'fr', phrases: ['Partager', 'Partager sur', 'Partager cet article', 'Partagez cet article', 'Sauvegarder cet article', 'Aimer cet article', "J'aime ça", 'Partagez', 'Partager l\'article', 'Partager via', 'Partagez sur les réseaux sociaux'] },
  { lang: 'es', phrases: ['Compartir esto', 'Compartir', 'Compartir en', 'Comparte esto', 'Compartir esta noticia', 'Comparte este artículo', 'Me gusta esto', 'Comparte', 'Compartir artículo', 'Compartir noticia', 'Compartir vía', 'Comparte en redes sociales'] },
  { lang: 'pt', phrases: ['Compartilhe', 'Compartilhar', 'Compartilhe isso', 'Compartilhe esta notícia', 'Partilhar', 'Partilhe', 'Curtir isso', 'Compartilhe este artigo', 'Compartilhar notícia', 'Partilhe este artigo', 'Partilhar artigo', 'Compartilhe nas redes sociais'] },
  { lang: 'it', phrases: ['Condividi', 'Condividi su', "Condividi l'articolo", 'Condividi questo articolo', 'Mi piace', 'Condividi la notizia', 'Condividi sui social'] },
  { lang: 'nl', phrases: ['Delen', 'Deel dit artikel', 'Delen op', 'Deel dit', 'Deel', 'Deel dit bericht', 'Deel via', 'Artikel delen'] },
  { lang: 'pl', phrases: ['Udostępnij', 'Udostępnij na', 'Podziel się', 'Podziel się artykułem', 'Udostępnij artykuł', 'Udostępnij to', 'Udostępnij ten artykuł'] },
  { lang: 'sv', phrases: ['Dela det här', 'Gilla detta', 'Dela', 'Dela artikeln', 'Dela på', 'Dela detta', 'Dela inlägget'] },
  { lang: 'da', phrases: ['Del', 'Del artiklen', 'Del på', 'Del dette', 'Del opslaget'] },
  { lang: 'no', phrases: ['Del', 'Del artikkelen', 'Del på', 'Del dette', 'Del saken'] },
  { lang: 'fi', phrases: ['Jaa', 'Jaa artikkeli', 'Jaa tämä', 'Jaa juttu', 'Jaa somessa'] },
  { lang: 'cs', phrases: ['Sdílet', 'Sdílejte', 'Sdílet článek', 'Sdílet na', 'Sdílejte článek'] },
  { lang: 'hu', phrases: ['Megosztás', 'Megosztom', 'Oszd meg', 'Ossza meg', 'Cikk megosztása'] },
  { lang: 'ro', phrases: ['Distribuie', 'Distribuie articolul', 'Distribuie pe'] },
  { lang: 'ru', phrases: ['Поделиться', 'Поделиться в', 'Поделитесь', 'Поделиться статьей', 'Поделиться новостью', 'Поделиться ссылкой'] },
  { lang: 'uk', phrases: ['Поділитися', 'Поширити', 'Поділитися статтею', 'Поділитися новиною', 'Поділіться'] },
  { lang: 'tr', phrases: ['Paylaş', 'Haberi paylaş', 'Bunu paylaş', 'Paylaşın', 'Yazıyı paylaş', 'Bu haberi paylaş', 'Bu yazıyı paylaş'] },
  { lang: 'id', phrases: ['Bagikan', 'Bagikan artikel ini', 'Bagikan ini', 'Bagikan berita ini', 'Bagikan ke'] },
  { lang: 'ms', phrases: ['Kongsi', 'Kongsi artikel ini'] },
  { lang: 'zh', phrases: ['分享', '分享到', '分享至', '分享本文', '分享此文', '分享这篇文章', '分享這篇文章'] },
  { lang: 'ja', phrases: ['シェア', 'シェアする', 'この記事をシェア', 'この記事をシェアする', '共有', '共有する'] },
  { lang: 'ko', phrases: ['공유', '공유하기', '기사 공유하기', '이 글 공유하기', '이 기사 공유하기'] },
  { lang: 'vi', phrases: ['Chia sẻ', 'Chia sẻ bài viết', 'Chia sẻ lên', 'Chia sẻ bài này'] },
  { lang: 'hi', phrases: ['शेयर करें', 'साझा करें', 'इसे शेयर करें', 'शेयर'] },
  { lang: 'ar', phrases: ['مشاركة', 'شارك', 'شارك المقال', 'شارك الخبر', 'شارك هذا', 'مشاركة عبر'] },
  { lang: 'el', phrases: ['Κοινοποίηση', 'Μοιραστείτε', 'Κοινοποιήστε'] },
];

/** Services a share row names after its label. */
export const shareServices: readonly string[] = [
  'Facebook', 'Twitter', 'X', 'LinkedIn', 'WhatsApp', 'Telegram', 'Email', 'E-mail', 'Mail', 'Pinterest', 'Reddit',
  'Tumblr', 'Pocket', 'Threads', 'Bluesky', 'Mastodon', 'Xing', 'VK', 'VKontakte', 'Messenger', 'Print', 'Imprimer',
  'Drucken', 'Imprimir', 'Stampa', 'Flipboard', 'Weibo', 'WeChat', 'LINE', 'Copy link', 'Copy Link',
  // The print and e-mail buttons of an article's tool row, in the other languages themes are translated into.
  'E-Mail', 'Afdrukken', 'Печать', 'Drukuj', 'Yazdır', '印刷', '打印', '인쇄', 'طباعة', 'Envoyer', 'Enviar', 'Invia',
  'Mailen', 'Отправить', 'メール', '邮件', '메일', 'إرسال', 'Gönder', 'Wyślij', 'Versenden',
];

/**
 * Jetpack's sharing and likes widgets flattened into text, per language: the label that opens the
 * widget, then its pieces ("Click to share on Facebook (Opens in new window)", "Like Loading...");
 * Blogger's share buttons glue together the same way ("Email ThisBlogThis!Share to Twitter…").
 * `{x}` is a service's name.
 */
export const widgetOpeners: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Share this:', 'Like this:', 'Click to share on', 'Email This'] },
  { lang: 'de', phrases: ['Teilen mit:', 'Gefällt mir:', 'Klicken, um auf'] },
  { lang: 'fr', phrases: ['Partager :', "J'aime ça :", 'Cliquez pour partager sur'] },
  { lang: 'es', phrases: ['Compartir esto:', 'Comparte esto:', 'Me gusta esto:', 'Haz clic para compartir en'] },
  { lang: 'pt', phrases: ['Compartilhe isso:', 'Curtir isso:', 'Clique para compartilhar no'] },
  { lang: 'it', phrases: ['Condividi:', 'Mi piace:', 'Fai clic per condividere su'] },
  { lang: 'nl', phrases: ['Dit delen:', 'Delen:', 'Vind ik leuk:', 'Klik om te delen op'] },
  { lang: 'pl', phrases: ['Udostępnij to:', 'Udostępnij:', 'Lubię to:', 'Kliknij, aby udostępnić na'] },
  { lang: 'sv', phrases: ['Dela det här:', 'Dela detta:', 'Dela:', 'Gilla detta:', 'Klicka för att dela på'] },
  { lang: 'da', phrases: ['Del dette:', 'Synes godt om:', 'Klik for at dele på'] },
  { lang: 'no', phrases: ['Lik dette:', 'Klikk for å dele på'] },
  { lang: 'fi', phrases: ['Jaa tämä:', 'Jaa:', 'Tykkää tästä:', 'Napsauta jakaaksesi'] },
  { lang: 'cs', phrases: ['Sdílejte:', 'Sdílet:', 'To se mi líbí:', 'Klikněte pro sdílení na'] },
  { lang: 'hu', phrases: ['Megosztás:', 'Tetszik:', 'Kattints a megosztáshoz'] },
  { lang: 'ro', phrases: ['Distribuie asta:', 'Distribuie:', 'Apreciază asta:', 'Dă clic pentru a partaja pe'] },
  { lang: 'ru', phrases: ['Поделиться:', 'Понравилось это:', 'Нажмите, чтобы поделиться на'] },
  { lang: 'uk', phrases: ['Поділитися:', 'Подобається:', 'Натисніть, щоб поділитися на'] },
  { lang: 'tr', phrases: ['Bunu paylaş:', 'Paylaş:', 'Bunu beğen:', 'Beğen:'] },
  { lang: 'id', phrases: ['Bagikan ini:', 'Bagikan:', 'Suka ini:', 'Klik untuk berbagi di'] },
  { lang: 'vi', phrases: ['Chia sẻ:', 'Thích bài này:', 'Nhấn vào chia sẻ trên'] },
  { lang: 'ja', phrases: ['共有:', 'シェア:', 'いいね:'] },
  { lang: 'zh', phrases: ['分享此文：', '分享此文:', '分享：', '赞过：', '点击分享到'] },
  { lang: 'ko', phrases: ['이 글 공유하기:', '공유하기:', '이것이 좋아요:'] },
  { lang: 'ar', phrases: ['شارك هذه:', 'مشاركة:', 'إعجاب بهذه:', 'انقر للمشاركة على'] },
];

export const widgetPieces: readonly string[] = [
  'Click to share on {x} (Opens in new window)', 'BlogThis!', 'Share to {x}', 'Click to share on {x}', 'Click to email a link to a friend', 'Click to email this to a friend', 'Click to print', '(Opens in new window)', 'Like Loading...', 'Loading...', 'Related', 'Like', 'Share this:', 'Like this:',
  'Klicken, um auf {x} zu teilen', '(Wird in neuem Fenster geöffnet)', 'Gefällt mir Wird geladen...', 'Gefällt mir:', 'Wird geladen...', 'Ähnliche Beiträge', 'Ähnlich',
  'Cliquez pour partager sur {x}', '(ouvre dans une nouvelle fenêtre)', "J'aime chargement...", "J'aime ça :", 'Chargement...', 'Articles similaires', 'Similaire',
  'Haz clic para compartir en {x}', '(Se abre en una ventana nueva)', 'Me gusta Cargando...', 'Me gusta esto:', 'Cargando...', 'Relacionado',
  'Clique para compartilhar no {x}', '(abre em nova janela)', 'Curtir Carregando...', 'Curtir isso:', 'Carregando...', 'Relacionado',
  'Fai clic per condividere su {x}', '(Si apre in una nuova finestra)', 'Mi piace Caricamento...', 'Mi piace:', 'Caricamento...', 'Correlati',
  'Klik om te delen op {x}', '(Wordt in een nieuw venster geopend)', '(Opent in een nieuw venster)', 'Vind-ik-leuk Laden...', 'Vind ik leuk:', 'Laden...', 'Gerelateerd', 'Vind-ik-leuk',
  'Kliknij, aby udostępnić na {x}', '(Otwiera się w nowym oknie)', 'Lubię to Wczytywanie...', 'Lubię to:', 'Wczytywanie...', 'Podobne', 'Powiązane',
  'Klicka för att dela på {x}', '(Öppnas i ett nytt fönster)', 'Gilla Laddar in...', 'Gilla detta:', 'Laddar in...', 'Laddar...', 'Relaterade', 'Relaterat', 'Gilla',
  'Klik for at dele på {x}', '(Åbner i et nyt vindue)', 'Synes godt om Indlæser...', 'Synes godt om:', 'Indlæser...', 'Relateret',
  'Klikk for å dele på {x}', '(Åpnes i et nytt vindu)', 'Lik Laster inn...', 'Lik dette:', 'Laster inn...', 'Laster...', 'Relatert',
  'Napsauta jakaaksesi {x}', '(Avautuu uudessa ikkunassa)', 'Tykkää Lataa...', 'Tykkää tästä:', 'Lataa...', 'Ladataan...', 'Aiheeseen liittyvää', 'Tykkää',
  'Klikněte pro sdílení na {x}', '(Otevře se v novém okně)', 'To se mi líbí Načítání...', 'To se mi líbí:', 'Načítání...', 'Související',
  'Kattints a megosztáshoz {x}', '(Új ablakban nyílik meg)', 'Tetszik Betöltés...', 'Tetszik:', 'Betöltés...', 'Kapcsolódó', 'Tetszik',
  'Dă clic pentru a partaja pe {x}', '(Se deschide într-o fereastră nouă)', 'Apreciază Încarc...', 'Apreciază asta:', 'Încarc...', 'Similare', 'Apreciază',
  'Нажмите, чтобы поделиться на {x}', '(Открывается в новом окне)', 'Нравится Загрузка...', 'Понравилось это:', 'Загрузка...', 'Похожее', 'Нравится',
  'Натисніть, щоб поділитися на {x}', '(Відкривається у новому вікні)', 'Подобається Завантаження...', 'Подобається:', 'Завантаження...', "Пов'язане",
  '{x} üzerinde paylaşmak için tıklayın', 'Paylaşmak için tıklayın', '(Yeni pencerede açılır)', 'Beğen Yükleniyor...', 'Bunu beğen:', 'Yükleniyor...', 'İlgili', 'Beğen',
  'Klik untuk berbagi di {x}', '(Membuka di jendela yang baru)', 'Suka Memuat...', 'Suka ini:', 'Memuat...', 'Terkait', 'Suka',
  'Nhấn vào chia sẻ trên {x}', '(Mở trong cửa sổ mới)', 'Thích Đang tải...', 'Thích bài này:', 'Đang tải...', 'Có liên quan', 'Thích',
  'クリックして {x} で共有', '(新しいウィンドウで開きます)', 'いいね 読み込み中...', 'いいね:', '読み込み中...', '関連',
  '点击分享到 {x}', '(在新窗口中打开)', '赞 正在加载...', '赞过：', '正在加载...', '相关',
  '클릭하여 {x}로 공유하기', '클릭하여 {x}으로 공유하기', '(새 창에서 열림)', '좋아하기 로드 중...', '이것이 좋아요:', '로드 중...', '관련',
  'انقر للمشاركة على {x}', '(يفتح في نافذة جديدة)', 'إعجاب تحميل...', 'إعجاب بهذه:', 'تحميل...', 'ذات صلة', 'إعجاب',
];

/**
 * A row of share or follow buttons reduced to its words ("Facebook Twitter Google+ Whatsapp",
 * "follow us in feedly RSS twitter"): the services a follow row names besides the share
 * services, and the little words between them, in the languages of the share labels.
 */
export const followServices: readonly string[] = [
  'Instagram', 'YouTube', 'Google', 'Google+', 'Feedly', 'RSS', 'Snapchat', 'TikTok', 'Viber', 'Skype', 'SMS', 'Hatena',
  'Mixi', 'Kakao', 'KakaoTalk', 'Naver', 'Band', 'Odnoklassniki', 'OK', 'Livejournal', 'Digg', 'StumbleUpon', 'Delicious', 'Gmail',
  // The social bookmarking services of older feeds' button rows ("Add to Facebook Add to Digg Add to StumbleUpon").
  'Stumble', 'Technorati', 'MySpace', 'FriendFeed', 'Netvibes', 'Newsvine', 'Slashdot', 'Evernote', 'Instapaper', 'Blogger',
  'Buffer', 'Diaspora', 'Yammer', 'Qzone', 'QQ', 'Douban', 'Renren', 'Plurk', 'Hyves', 'Tuenti', 'Wykop', 'Blip', 'Meneame', 'Menéame',
  'Rutube', 'Dzen', 'Дзен', 'Одноклассники', 'ВКонтакте', 'Вконтакте', 'ЖЖ', 'Твиттер', 'Фейсбук', '微博', '微信', '豆瓣', 'はてブ', 'ミクシィ', '카카오톡', '카카오스토리', '네이버',
];

/**
 * The verbs of share, follow and bookmark buttons, one word each as lettersKey() gives it, in the
 * languages of the share labels: a row of services' names is a row of buttons when one of these
 * stands in it ("Add to Facebook Add to Twitter", "Partager sur Facebook Twitter"); without one,
 * a line of names can be a list of companies.
 */
export const shareVerbs: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['share', 'add', 'bookmark', 'submit', 'post', 'tweet', 'like', 'save', 'send'] },
  { lang: 'de', phrases: ['teilen', 'teile', 'hinzufügen', 'merken', 'empfehlen', 'senden'] },
  { lang: 'fr', phrases: ['partager', 'partagez', 'ajouter', 'envoyer'] },
  { lang: 'es', phrases: ['compartir', 'comparte', 'añadir', 'agregar', 'enviar'] },
  { lang: 'pt', phrases: ['compartilhe', 'compartilhar', 'partilhar', 'partilhe', 'adicionar', 'enviar'] },
  { lang: 'it', phrases: ['condividi', 'aggiungi', 'invia'] },
  { lang: 'nl', phrases: ['delen', 'deel', 'toevoegen'] },
  { lang: 'pl', phrases: ['udostępnij', 'dodaj', 'wyślij'] },
  { lang: 'sv', phrases: ['dela'] },
  { lang: 'da', phrases: ['del'] },
  { lang: 'fi', phrases: ['jaa'] },
  { lang: 'cs', phrases: ['sdílet', 'sdílejte'] },
  { lang: 'ru', phrases: ['поделиться', 'поделитесь', 'добавить', 'отправить'] },
  { lang: 'uk', phrases: ['поділитися', 'поширити', 'додати'] },
  { lang: 'tr', phrases: ['paylaş'] },
  { lang: 'id', phrases: ['bagikan', 'tambahkan'] },
  { lang: 'ja', phrases: ['シェア', '共有'] },
  { lang: 'zh', phrases: ['分享', '分享到'] },
  { lang: 'ko', phrases: ['공유', '공유하기'] },
];

/** The verbs of follow buttons, likewise: a row with one of these is a follow row (follow-call's, in text). */
export const followVerbs: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['follow'] },
  { lang: 'de', phrases: ['folgen', 'folge'] },
  { lang: 'fr', phrases: ['suivez', 'suivre'] },
  { lang: 'es', phrases: ['síguenos', 'siguenos', 'seguir'] },
  { lang: 'pt', phrases: ['siga', 'seguir'] },
  { lang: 'it', phrases: ['seguici', 'segui'] },
  { lang: 'nl', phrases: ['volg', 'volgen'] },
  { lang: 'pl', phrases: ['obserwuj'] },
  { lang: 'sv', phrases: ['följ'] },
  { lang: 'da', phrases: ['følg'] },
  { lang: 'fi', phrases: ['seuraa'] },
  { lang: 'cs', phrases: ['sledujte'] },
  { lang: 'ru', phrases: ['читайте'] },
  { lang: 'uk', phrases: ['читайте'] },
  { lang: 'tr', phrases: ['takip'] },
  { lang: 'id', phrases: ['ikuti'] },
  { lang: 'ja', phrases: ['フォロー'] },
  { lang: 'zh', phrases: ['关注'] },
];

export const shareRowWords: readonly string[] = [
  'share', 'shares', 'this', 'it', 'on', 'via', 'in', 'at', 'and', 'or', 'us', 'follow', 'with', 'plus', 'friend', 'friends', 'a', 'to', 'the', 'page',
  'teilen', 'auf', 'und', 'folgen', 'uns', 'partager', 'sur', 'et', 'suivez', 'nous', 'compartir', 'en', 'y', 'síguenos', 'siguenos',
  'compartilhe', 'compartilhar', 'no', 'na', 'e', 'siga', 'nos', 'condividi', 'su', 'seguici', 'delen', 'op', 'volg', 'ons',
  'udostępnij', 'поделиться', 'в', 'и', 'мы', 'нас', 'bagikan', 'ke', 'ikuti', 'kami', 'di', 'シェア', 'フォロー', '공유',
  'add', 'to', 'ajouter', 'à', 'añadir', 'a', 'adicionar', 'ao', 'aggiungi', 'toevoegen', 'aan', 'zu', 'hinzufügen', 'dodaj', 'do',
  'добавить', 'bookmark', 'submit', 'post', 'by', 'par', 'per', 'por',
  // What the row offers to share ("Share this article:", "Artikel teilen", "Partager cet article").
  'article', 'story', 'page', 'link', 'artikel', 'beitrag', 'diesen', 'cet', 'cette', 'ce', 'billet', 'artículo', 'articulo', 'este', 'esta',
  'nota', 'noticia', 'notícia', 'artigo', 'matéria', 'materia', 'questo', 'articolo', "l'articolo", 'dit', 'bericht', 'ten', 'artykuł', 'artykul', 'wpis',
  'статьей', 'статьёй', 'новостью', 'haberi', 'paylaş', 'artikel', 'ini',
];

/**
 * A post's closing call to share it, in words of its own ("If you liked this article, please share
 * it with your friends!"), where shareLabels are a widget's fixed labels. Each phrase opens the
 * call; `{x}` stands for the words between ("this post", "this recipe").
 */
export const shareCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['If you liked this {x} share it', 'If you enjoyed this {x} share it', 'If you found this {x} share it', 'If you like this {x} share it', 'If you liked this {x} please share', 'If you enjoyed this {x} please share', 'Please share this {x}', 'Share this {x} with your friends', 'Feel free to share this {x}', "Don't forget to share this {x}", 'Enjoyed this {x}? Share it', 'Liked this {x}? Share it', 'Found this useful? Share it', 'Like this {x}? Share it', 'Share it with your friends', "Don't forget to like and subscribe", 'Sharing is caring'] },
  { lang: 'de', phrases: ['Wenn dir der Artikel gefallen hat, teile ihn', 'Wenn Ihnen der Artikel gefallen hat, teilen Sie ihn', 'Wenn dir dieser Beitrag gefallen hat, teile ihn', 'Wenn dir der Beitrag gefallen hat, teile ihn', 'Teile diesen Artikel', 'Teile diesen Beitrag', 'Teilen Sie diesen Artikel', 'Gefällt dir der Artikel? Teile ihn'] },
  { lang: 'fr', phrases: ['Si cet article vous a plu, partagez-le', 'Si vous avez aimé cet article, partagez-le', "N'hésitez pas à partager cet article", "N'hésitez pas à partager ce billet", 'Partagez cet article', 'Cet article vous a plu ? Partagez-le', 'Cet article vous a plu? Partagez-le'] },
  { lang: 'es', phrases: ['Si te gustó este artículo, compártelo', 'Si te ha gustado este artículo, compártelo', 'Si te gustó este post, compártelo', 'Comparte este artículo', 'Comparte este post', '¿Te gustó este artículo? Compártelo', 'No olvides compartir este artículo'] },
  { lang: 'pt', phrases: ['Se você gostou deste artigo, compartilhe', 'Se gostou deste artigo, compartilhe', 'Se gostou deste artigo, partilhe', 'Compartilhe este artigo', 'Compartilhe este post', 'Partilhe este artigo', 'Gostou deste artigo? Compartilhe', 'Gostou do artigo? Compartilhe'] },
  { lang: 'it', phrases: ['Se ti è piaciuto questo articolo, condividilo', 'Se questo articolo ti è piaciuto, condividilo', 'Condividi questo articolo', "Ti è piaciuto l'articolo? Condividilo", 'Ti è piaciuto questo articolo? Condividilo'] },
  { lang: 'nl', phrases: ['Deel dit artikel', 'Deel dit bericht', 'Vond je dit artikel leuk? Deel het'] },
  { lang: 'pl', phrases: ['Jeśli spodobał Ci się ten artykuł, udostępnij go', 'Udostępnij ten artykuł', 'Podobał Ci się artykuł? Udostępnij go'] },
  { lang: 'ru', phrases: ['Если вам понравилась статья, поделитесь ею', 'Поделитесь этой статьей', 'Поделитесь этой статьёй', 'Понравилась статья? Поделитесь'] },
  { lang: 'uk', phrases: ['Поділіться цією статтею', 'Сподобалась стаття? Поділіться'] },
  { lang: 'sv', phrases: ['Dela gärna inlägget', 'Dela gärna artikeln', 'Gillade du inlägget? Dela det'] },
  { lang: 'da', phrases: ['Del gerne indlægget', 'Del gerne artiklen'] },
  { lang: 'tr', phrases: ['Bu yazıyı paylaşmayı unutmayın', 'Yazıyı beğendiyseniz paylaşın', 'Bu yazıyı beğendiyseniz paylaşın'] },
  { lang: 'id', phrases: ['Jika artikel ini bermanfaat, bagikan', 'Bagikan artikel ini', 'Jangan lupa bagikan artikel ini', 'Jika bermanfaat, silakan bagikan'] },
  { lang: 'vi', phrases: ['Hãy chia sẻ bài viết này', 'Nếu thấy hay, hãy chia sẻ'] },
  { lang: 'zh', phrases: ['如果你喜欢这篇文章，请分享', '觉得有用就分享给朋友吧', '欢迎分享给更多朋友'] },
  { lang: 'ja', phrases: ['この記事が気に入ったらシェア', 'よろしければシェアしてください'] },
  { lang: 'ko', phrases: ['이 글이 도움이 되셨다면 공유', '공유해 주세요'] },
  { lang: 'hi', phrases: ['इस लेख को शेयर करें', 'शेयर करना न भूलें'] },
  { lang: 'ar', phrases: ['شارك المقال', 'لا تنس مشاركة المقال'] },
];

/**
 * A share button that names its service inside its text ("Auf Facebook teilen", "Compartilhar no
 * Facebook", "Facebookでシェア"), alone on a line. `{x}` is the service, told by its name's stem
 * (shareServiceStems) so that inflected names count ("Udostępnij na Facebooku").
 */
export const shareOnService: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Share on {x}', 'Share to {x}', 'Share via {x}', 'Share with {x}', 'Post to {x}', 'Send via {x}'] },
  { lang: 'de', phrases: ['Auf {x} teilen', 'Bei {x} teilen', 'Über {x} teilen', 'Per {x} teilen', 'Via {x} teilen', 'Teilen auf {x}', 'Teilen via {x}', 'Per {x} versenden', 'Auf {x} posten'] },
  { lang: 'fr', phrases: ['Partager sur {x}', 'Partager par {x}', 'Partager via {x}', 'Partager avec {x}', 'Envoyer par {x}'] },
  { lang: 'es', phrases: ['Compartir en {x}', 'Compartir por {x}', 'Compartir con {x}', 'Compartir vía {x}', 'Comparte en {x}', 'Enviar por {x}'] },
  { lang: 'pt', phrases: ['Compartilhar no {x}', 'Compartilhar com o {x}', 'Compartilhar via {x}', 'Compartilhe no {x}', 'Partilhar no {x}', 'Partilhe no {x}', 'Compartilhar por {x}', 'Enviar por {x}'] },
  { lang: 'it', phrases: ['Condividi su {x}', 'Condividi con {x}', 'Condividi via {x}', 'Invia tramite {x}'] },
  { lang: 'nl', phrases: ['Delen op {x}', 'Deel op {x}', 'Delen via {x}', 'Deel via {x}'] },
  { lang: 'sv', phrases: ['Dela på {x}', 'Dela via {x}', 'Dela med {x}'] },
  { lang: 'da', phrases: ['Del på {x}', 'Del via {x}'] },
  { lang: 'no', phrases: ['Del på {x}', 'Del via {x}'] },
  { lang: 'fi', phrases: ['Jaa {x}', 'Jaa {x}ssa', 'Jaa {x}ssä', 'Jaa {x}issa'] },
  { lang: 'pl', phrases: ['Udostępnij na {x}', 'Udostępnij w {x}', 'Udostępnij przez {x}', 'Podziel się na {x}', 'Wyślij przez {x}'] },
  { lang: 'cs', phrases: ['Sdílet na {x}', 'Sdílet přes {x}', 'Sdílet v {x}', 'Sdílejte na {x}'] },
  { lang: 'ru', phrases: ['Поделиться в {x}', 'Поделиться на {x}', 'Поделиться через {x}', 'Отправить в {x}', 'Опубликовать в {x}'] },
  { lang: 'uk', phrases: ['Поділитися у {x}', 'Поділитися в {x}', 'Поділитися на {x}', 'Поділитися через {x}', 'Надіслати в {x}'] },
  { lang: 'tr', phrases: ["{x}'ta paylaş", "{x}'da paylaş", "{x}'te paylaş", "{x}'de paylaş", '{x} ile paylaş', "{x}'ta Paylaş", "{x}'da Paylaş"] },
  { lang: 'id', phrases: ['Bagikan ke {x}', 'Bagikan di {x}', 'Bagikan via {x}', 'Bagikan lewat {x}'] },
  { lang: 'ms', phrases: ['Kongsi di {x}', 'Kongsi ke {x}', 'Kongsi melalui {x}'] },
  { lang: 'vi', phrases: ['Chia sẻ lên {x}', 'Chia sẻ qua {x}', 'Chia sẻ trên {x}'] },
  { lang: 'zh', phrases: ['分享到{x}', '分享至{x}', '分享到 {x}', '分享至 {x}'] },
  { lang: 'ja', phrases: ['{x}でシェア', '{x}でシェアする', '{x}で共有', '{x}で共有する', '{x}で送る'] },
  { lang: 'ko', phrases: ['{x}로 공유하기', '{x}으로 공유하기', '{x}에 공유하기', '{x} 공유하기', '{x}로 공유', '{x}에 공유'] },
  { lang: 'ar', phrases: ['شارك على {x}', 'شارك عبر {x}', 'مشاركة على {x}', 'مشاركة عبر {x}', 'شارك في {x}'] },
  { lang: 'hi', phrases: ['{x} पर शेयर करें', '{x} पर साझा करें'] },
];

/** The first letters of a service's name in the scripts share buttons print it in: "Facebooku" is Facebook. */
export const shareServiceStems: readonly string[] = [
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'tumblr', 'threads', 'bluesky',
  'mastodon', 'xing', 'vk', 'vkontakte', 'вконтакте', 'вк', 'одноклассник', 'телеграм', 'фейсбук', 'твиттер', 'e-mail', 'email',
  'mail', 'messenger', 'line', 'weibo', 'wechat', 'qq', '微博', '微信', 'ｘ', 'フェイスブック', 'ツイッター', 'ライン',
  '페이스북', '트위터', '카카오', '네이버', 'فيسبوك', 'فيس بوك', 'تويتر', 'واتساب', 'تيليجرام', 'फेसबुक', 'ट्विटर', 'व्हाट्सएप',
];
