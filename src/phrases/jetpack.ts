import type { PhraseSet } from './match.js';

/**
 * Jetpack's sharing and likes widgets as their WordPress.com translations print them when a feed
 * or a saved text keeps them one piece a line (src/phrases/share.ts has the same pieces run
 * together on one line, for share-row): the widget's heading, then its buttons. `{x}` is a
 * service's name ("Click to share on Facebook").
 */
export const jetpackShareLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Share this:', 'Share this', 'Share:'] },
  { lang: 'de', phrases: ['Teilen mit:', 'Teilen:', 'Teile dies:', 'Diesen Beitrag teilen:'] },
  { lang: 'fr', phrases: ['Partager :', 'Partager cet article :', 'Partagez :'] },
  { lang: 'es', phrases: ['Compartir esto:', 'Comparte esto:', 'Compartir:'] },
  { lang: 'pt', phrases: ['Compartilhe isso:', 'Partilhe isto:', 'Compartilhar isso:', 'Compartilhe:', 'Partilhar:'] },
  { lang: 'it', phrases: ['Condividi:', 'Condividi questo articolo:'] },
  { lang: 'nl', phrases: ['Delen:', 'Dit delen:', 'Deel dit:'] },
  { lang: 'sv', phrases: ['Dela det här:', 'Dela detta:', 'Dela:'] },
  { lang: 'da', phrases: ['Del dette:', 'Del:'] },
  { lang: 'no', phrases: ['Del dette:', 'Del:'] },
  { lang: 'fi', phrases: ['Jaa tämä:', 'Jaa:'] },
  { lang: 'pl', phrases: ['Udostępnij:', 'Udostępnij to:', 'Podziel się:'] },
  { lang: 'cs', phrases: ['Sdílet:', 'Sdílejte:'] },
  { lang: 'hu', phrases: ['Megosztás:'] },
  { lang: 'ro', phrases: ['Distribuie asta:', 'Distribuie:'] },
  { lang: 'ru', phrases: ['Поделиться ссылкой:', 'Поделиться:'] },
  { lang: 'uk', phrases: ['Поширити:', 'Поділитися:'] },
  { lang: 'tr', phrases: ['Bunu paylaş:', 'Paylaş:'] },
  { lang: 'id', phrases: ['Bagikan ini:', 'Bagikan:'] },
  { lang: 'ms', phrases: ['Kongsi ini:', 'Kongsi:'] },
  { lang: 'vi', phrases: ['Chia sẻ:', 'Chia sẻ bài viết này:'] },
  { lang: 'zh', phrases: ['分享此文章：', '分享此文章:', '分享此文：', '分享到：', '分享本文：', '分享：'] },
  { lang: 'ja', phrases: ['共有:', '共有：', 'これを共有:', 'シェア:'] },
  { lang: 'ko', phrases: ['이 글 공유하기:', '공유하기:'] },
  { lang: 'ar', phrases: ['شارك هذه:', 'شارك هذا:', 'مشاركة:'] },
];

/** A share button's title: "Click to share on {x}", with " (Opens in new window)" in newer releases. */
export const jetpackShareButtons: readonly PhraseSet[] = [
  // Blogger's share buttons, one a line: "Email This", "BlogThis!", "Share to X".
  { lang: 'en', phrases: ['Click to share on {x}', 'Share on {x}', 'Click to email a link to a friend', 'Click to email this to a friend', 'Click to print', 'Email a link to a friend', 'Email This', 'BlogThis!', 'Share to {x}'] },
  { lang: 'de', phrases: ['Klick, um auf {x} zu teilen', 'Klicken, um auf {x} zu teilen', 'Klick, um über {x} zu teilen', 'Klicken, um über {x} zu teilen', 'Klick, um einem Freund einen Link per E-Mail zu senden', 'Klicken, um einem Freund einen Link per E-Mail zu senden', 'Klick zum Ausdrucken', 'Klicken zum Ausdrucken', 'Diesen Post per E-Mail versenden', 'In {x} teilen', 'In {x} freigeben'] },
  { lang: 'fr', phrases: ['Cliquez pour partager sur {x}', 'Cliquer pour partager sur {x}', 'Cliquez pour envoyer un lien par e-mail à un ami', 'Cliquer pour imprimer', 'Cliquez pour imprimer', 'Envoyer par e-mail', 'Partager sur {x}'] },
  { lang: 'es', phrases: ['Haz clic para compartir en {x}', 'Haga clic para compartir en {x}', 'Haz clic para enviar un enlace por correo electrónico a un amigo', 'Haz clic para imprimir', 'Enviar por correo electrónico', 'Escribe un blog', 'Compartir en {x}', 'Compartir con {x}'] },
  { lang: 'pt', phrases: ['Clique para compartilhar no {x}', 'Clique para compartilhar em {x}', 'Clique para partilhar no {x}', 'Clique para enviar um link por e-mail para um amigo', 'Clique para imprimir', 'Enviar por e-mail', 'Postar no blog!', 'Compartilhar no {x}', 'Compartilhar com o {x}'] },
  { lang: 'it', phrases: ['Fai clic per condividere su {x}', 'Clicca per condividere su {x}', 'Fai clic qui per inviare l\'articolo via mail ad un amico', 'Fai clic qui per stampare', 'Invia tramite email', 'Postalo sul blog', 'Condividi su {x}'] },
  { lang: 'nl', phrases: ['Klik om te delen op {x}', 'Klik om te delen via {x}', 'Klik om dit te e-mailen naar een vriend', 'Klik om af te drukken', 'E-mail dit', 'Dit bloggen!', 'Delen op {x}'] },
  { lang: 'sv', phrases: ['Klicka för att dela på {x}', 'Klicka för att dela via {x}', 'Klicka för att skicka en länk via e-post till en vän', 'Klicka för utskrift', 'Skicka med e-post', 'Dela på {x}'] },
  { lang: 'da', phrases: ['Klik for at dele på {x}', 'Klik for at sende et link til en ven via e-mail', 'Klik for at udskrive'] },
  { lang: 'no', phrases: ['Klikk for å dele på {x}', 'Klikk for å sende en lenke til en venn på e-post', 'Klikk for å skrive ut'] },
  { lang: 'fi', phrases: ['Klikkaa jakaaksesi {x}', 'Napsauta jakaaksesi {x}', 'Jaa {x}ssa', 'Klikkaa tulostaaksesi'] },
  { lang: 'pl', phrases: ['Kliknij, aby udostępnić na {x}', 'Kliknij, aby udostępnić w {x}', 'Kliknij, aby wysłać odnośnik e-mailem do przyjaciela', 'Kliknij, aby wydrukować'] },
  { lang: 'cs', phrases: ['Klikněte pro sdílení na {x}', 'Klikněte pro poslání odkazu emailem známému', 'Klikněte pro tisk'] },
  { lang: 'hu', phrases: ['Kattints a megosztáshoz {x}', 'Kattintson a megosztáshoz itt: {x}'] },
  { lang: 'ro', phrases: ['Dă clic pentru a partaja pe {x}', 'Dă clic pentru a imprima'] },
  { lang: 'ru', phrases: ['Нажмите, чтобы поделиться на {x}', 'Нажмите, чтобы поделиться в {x}', 'Нажмите, чтобы отправить ссылку другу по электронной почте', 'Нажмите для печати'] },
  { lang: 'uk', phrases: ['Натисніть, щоб поділитися на {x}', 'Натисніть, щоб поділитися в {x}', 'Натисніть, щоб надрукувати'] },
  { lang: 'tr', phrases: ["{x}'ta paylaşmak için tıklayın", "{x}'da paylaşmak için tıklayın", "{x}'te paylaşmak için tıklayın", "{x}'de paylaşmak için tıklayın", '{x} üzerinde paylaşmak için tıklayın', 'Yazdırmak için tıklayın'] },
  { lang: 'id', phrases: ['Klik untuk berbagi di {x}', 'Klik untuk berbagi pada {x}', 'Klik untuk mencetak'] },
  { lang: 'ms', phrases: ['Klik untuk berkongsi di {x}', 'Klik untuk kongsi di {x}'] },
  { lang: 'vi', phrases: ['Nhấn vào chia sẻ trên {x}', 'Bấm để chia sẻ lên {x}', 'Nhấn vào đây để in'] },
  { lang: 'zh', phrases: ['点击以在 {x} 上共享', '点击分享到 {x}', '按一下以分享至 {x}', '點擊以分享至 {x}', '点击打印'] },
  { lang: 'ja', phrases: ['クリックして {x} で共有', 'クリックして {x} で共有 ', 'クリックして印刷'] },
  { lang: 'ko', phrases: ['{x}에 공유하려면 클릭하세요.', '{x}에 공유하려면 클릭하세요', '클릭하여 {x}로 공유하기', '클릭하여 {x}으로 공유하기', '클릭하여 인쇄하기'] },
  { lang: 'ar', phrases: ['انقر للمشاركة على {x}', 'انقر للطباعة'] },
];

/** The note after a button's title; " (Opens in new window)" is its English form. */
export const newWindowNotes: readonly string[] = [
  '(Opens in new window)', '(Wird in neuem Fenster geöffnet)', '(ouvre dans une nouvelle fenêtre)', '(Se abre en una ventana nueva)',
  '(abre em nova janela)', '(Si apre in una nuova finestra)', '(Wordt in een nieuw venster geopend)', '(Opent in een nieuw venster)',
  '(Öppnas i ett nytt fönster)', '(Åbner i et nyt vindue)', '(Åpnes i et nytt vindu)', '(Avautuu uudessa ikkunassa)',
  '(Otwiera się w nowym oknie)', '(Otevře se v novém okně)', '(Új ablakban nyílik meg)', '(Se deschide într-o fereastră nouă)',
  '(Откроется в новом окне)', '(Открывается в новом окне)', '(Відкривається у новому вікні)', '(Yeni pencerede açılır)',
  '(Membuka di jendela yang baru)', '(Dibuka dalam tetingkap baru)', '(Mở trong cửa sổ mới)', '(在新窗口中打开)', '（在新窗口中打开）',
  '(在新視窗中開啟)', '(新しいウィンドウで開きます)', '(新しいウィンドウで開く)', '(새 창에서 열림)', '(يفتح في نافذة جديدة)', '(فتح في نافذة جديدة)',
];

/** Jetpack Likes' heading, and the WordPress.com ratings label beside it ("Rate this:"). */
export const jetpackLikeHeadings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Like this:', 'Rate this:'] },
  { lang: 'de', phrases: ['Gefällt mir:', 'Gefällt dir das?', 'Bewerten:', 'Bewerte dies:'] },
  { lang: 'fr', phrases: ["J'aime ça :", "J'aime ceci :", 'Évaluez ceci :', 'Notez ceci :'] },
  { lang: 'es', phrases: ['Me gusta esto:', 'Califica esto:', 'Valora esto:'] },
  { lang: 'pt', phrases: ['Curtir isso:', 'Gostar disto:', 'Gosto disto:', 'Avalie isto:', 'Classifique isto:'] },
  { lang: 'it', phrases: ['Mi piace:', 'Valuta:', 'Vota questo:'] },
  { lang: 'nl', phrases: ['Vind ik leuk:', 'Beoordeel dit:'] },
  { lang: 'sv', phrases: ['Gilla detta:', 'Gilla det här:', 'Betygsätt detta:'] },
  { lang: 'da', phrases: ['Synes godt om:', 'Bedøm dette:'] },
  { lang: 'no', phrases: ['Lik dette:', 'Vurder dette:'] },
  { lang: 'fi', phrases: ['Tykkää tästä:', 'Arvioi tämä:'] },
  { lang: 'pl', phrases: ['Lubię to:', 'Oceń to:'] },
  { lang: 'cs', phrases: ['Líbí se mi:', 'To se mi líbí:', 'Ohodnoťte:'] },
  { lang: 'hu', phrases: ['Tetszik:'] },
  { lang: 'ro', phrases: ['Apreciază asta:'] },
  { lang: 'ru', phrases: ['Нравится:', 'Понравилось это:', 'Оцените:'] },
  { lang: 'uk', phrases: ['Подобається:', 'Оцініть:'] },
  { lang: 'tr', phrases: ['Bunu beğen:', 'Beğen:', 'Bunu oyla:'] },
  { lang: 'id', phrases: ['Suka ini:', 'Nilai ini:'] },
  { lang: 'ms', phrases: ['Suka ini:'] },
  { lang: 'vi', phrases: ['Thích bài này:', 'Thích điều này:'] },
  { lang: 'zh', phrases: ['赞过：', '赞过:', '喜欢此文章：', '喜欢这篇文章：', '喜歡這篇文章：', '评分：'] },
  { lang: 'ja', phrases: ['いいね:', 'いいね：', '評価:'] },
  { lang: 'ko', phrases: ['좋아하기:', '이것이 좋아요:', '평가하기:'] },
  { lang: 'ar', phrases: ['إعجاب بهذه:', 'أعجبني هذا:', 'قيم هذا:'] },
];

/** The like button's text, which the widget prints before its loading placeholder. */
export const likeButtons: readonly string[] = [
  'Like', 'Gefällt mir', "J'aime", 'Me gusta', 'Curtir', 'Gosto', 'Gostar', 'Mi piace', 'Vind-ik-leuk', 'Vind ik leuk', 'Gilla',
  'Synes om', 'Synes godt om', 'Lik', 'Liker', 'Tykkää', 'Polub', 'Lubię to', 'To se mi líbí', 'Líbí se mi', 'Tetszik', 'Apreciază',
  'Нравится', 'Подобається', 'Beğen', 'Suka', 'Thích', '喜欢', '喜歡', '赞', 'いいね', '좋아하기', 'إعجاب',
];

/** The widget's loading placeholder. */
export const loadingPlaceholders: readonly string[] = [
  'Loading...', 'Wird geladen...', 'Lädt...', 'Chargement...', 'chargement...', 'Cargando...', 'Carregando...', 'A carregar...',
  'Caricamento...', 'Laden...', 'Laddar in...', 'Laddar...', 'Indlæser...', 'Laster...', 'Laster inn...', 'Lataa...', 'Ladataan...',
  'Wczytywanie...', 'Ładowanie...', 'Načítání...', 'Betöltés...', 'Încarc...', 'Загрузка...', 'Завантаження...', 'Yükleniyor...',
  'Memuat...', 'Memuatkan...', 'Đang tải...', '正在加载...', '正在加载……', '加载中...', '加载中……', '載入中……', '載入中...', '読み込み中...', '로드 중...', '로딩 중...', 'تحميل...', 'جار التحميل...',
];

/** What the likes widget prints once loaded: "Be the first to like this.", "One blogger likes this." */
export const likeCounts: readonly string[] = [
  'Be the first to like this.', 'One blogger likes this.', '{n} bloggers like this.',
  'Sei der Erste, dem dies gefällt.', 'Ein Blogger gefällt das.', '{n} Bloggern gefällt das.',
  'Soyez le premier à aimer ceci.', 'Un blogueur aime cette page.', '{n} blogueurs aiment cette page.',
  'Sé el primero en decir que te gusta.', 'A un bloguero le gusta esto.', 'A {n} blogueros les gusta esto.',
  'Seja o primeiro a curtir isso.', 'Seja o primeiro a gostar disto.', 'Um blogueiro curtiu isso.', '{n} blogueiros curtiram isso.',
  "Di' per primo che ti piace.", 'Piace a un blogger', 'Piace a {n} blogger',
  'Wees de eerste die dit leuk vindt.', 'Eén blogger vindt dit leuk.', '{n} bloggers vinden dit leuk.',
  'Bli först att gilla detta.', 'Bli först med att gilla detta.', 'En bloggare gillar detta.', '{n} bloggare gillar detta.',
  'Vær den første til at synes godt om dette.', 'Bli den første til å like dette.', 'Tykkää ensimmäisenä.',
  'Polub to jako pierwszy.', 'Buďte první, komu se toto líbí.', 'Будьте первыми, кому это понравится.', 'Будьте першим, кому це сподобається.',
  'Beğenen ilk kişi olun.', 'Jadilah yang pertama menyukai ini.', 'Hãy là người đầu tiên thích điều này.',
  '成为第一个赞的人。', '最初に「いいね」をつけた人になりましょう。', '첫 번째 좋아요를 눌러보세요.',
];
