import type { PhraseSet } from './match.js';

/**
 * What a saved web page flattened to text carries around its article, by family, the languages
 * side by side. `{x}` is any text (a topic, a category name).
 */

/** An archive or listing page's heading: the page lists posts, it is no post's title. */
export const archiveHeadings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Archive for {x}', 'Archives for {x}', 'Category Archives: {x}', 'Category Archive: {x}', 'Tag Archives: {x}', 'Monthly Archives: {x}', 'Author Archives: {x}', 'Posts tagged {x}', 'Posts in category {x}'] },
  { lang: 'de', phrases: ['Archiv für {x}', 'Archiv der Kategorie {x}', 'Kategorie-Archiv: {x}', 'Kategorie: {x}', 'Schlagwort-Archiv: {x}', 'Beiträge mit dem Schlagwort {x}'] },
  { lang: 'fr', phrases: ['Archives de la catégorie {x}', 'Archives de catégorie : {x}', 'Archives de catégorie: {x}', 'Archives pour {x}', "Archives de l'étiquette {x}", 'Archives mensuelles : {x}'] },
  { lang: 'es', phrases: ['Archivo de la categoría {x}', 'Archivo de categoría: {x}', 'Archivos de la categoría {x}', 'Archivo de {x}', 'Archivo de etiquetas: {x}'] },
  { lang: 'pt', phrases: ['Arquivo da categoria {x}', 'Arquivos da categoria {x}', 'Arquivo de {x}', 'Arquivos de categoria: {x}'] },
  { lang: 'it', phrases: ['Archivio per {x}', 'Archivi categoria: {x}', 'Archivio della categoria {x}', 'Archivi tag: {x}'] },
  { lang: 'nl', phrases: ['Archief voor {x}', 'Categorie archief: {x}', 'Archief van categorie {x}'] },
  { lang: 'sv', phrases: ['Arkiv för {x}', 'Kategoriarkiv: {x}', 'Arkiv för kategorin {x}'] },
  { lang: 'pl', phrases: ['Archiwum kategorii {x}', 'Archiwa kategorii: {x}', 'Archiwum dla {x}'] },
  { lang: 'ru', phrases: ['Архив рубрики {x}', 'Рубрика: {x}', 'Архив метки {x}'] },
];

/** A topic-follow widget's confirmation, printed above the headline on news sites. */
export const followTopic: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['You are now following {x}', "You're now following {x}", 'You now follow {x}', 'Follow this topic {x}', 'Now following: {x}'] },
  { lang: 'de', phrases: ['Sie folgen jetzt {x}', 'Sie folgen nun {x}', 'Du folgst jetzt {x}', 'Thema folgen {x}'] },
  { lang: 'fr', phrases: ['Vous suivez désormais {x}', 'Vous suivez maintenant {x}', 'Vous suivez ce sujet {x}'] },
  { lang: 'es', phrases: ['Ahora sigues {x}', 'Ya sigues {x}', 'Estás siguiendo {x}'] },
  { lang: 'pt', phrases: ['Agora você segue {x}', 'Você está seguindo {x}', 'Está a seguir {x}'] },
  { lang: 'it', phrases: ['Ora segui {x}', 'Stai seguendo {x}'] },
  { lang: 'nl', phrases: ['Je volgt nu {x}', 'U volgt nu {x}'] },
  { lang: 'sv', phrases: ['Du följer nu ämnet: {x}', 'Du följer nu {x}', 'Följ ämnet {x}'] },
  { lang: 'da', phrases: ['Du følger nu {x}', 'Du følger nu emnet {x}'] },
  { lang: 'no', phrases: ['Du følger nå {x}', 'Du følger nå emnet {x}'] },
  { lang: 'pl', phrases: ['Obserwujesz teraz {x}', 'Obserwujesz temat {x}'] },
];

/**
 * An image loader's placeholder word, left in front of the caption it stood for ("loadingThe
 * minister at…") or alone on a line.
 */
export const loadingPlaceholders: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['loading', 'loading...', 'Loading image'] },
  { lang: 'de', phrases: ['wird geladen', 'lädt', 'lädt...', 'Wird geladen...'] },
  { lang: 'fr', phrases: ['chargement', 'chargement...', 'chargement en cours'] },
  { lang: 'es', phrases: ['cargando', 'cargando...'] },
  { lang: 'pt', phrases: ['carregando', 'carregando...', 'a carregar'] },
  { lang: 'it', phrases: ['caricamento', 'caricamento...', 'caricamento in corso'] },
  { lang: 'nl', phrases: ['laden', 'laden...', 'bezig met laden'] },
  { lang: 'sv', phrases: ['laddar', 'laddar...'] },
  { lang: 'pl', phrases: ['ładowanie', 'ładowanie...'] },
  { lang: 'ru', phrases: ['загрузка', 'загрузка...'] },
];

/**
 * Donation boxes between the headline and the article: the call, its button, the tax note.
 * `{n}` is a number.
 */
export const donationCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Donate', 'Donate now', 'Make a donation', 'Support us', 'Support our journalism', "Don't forget to donate!", 'Please consider donating', 'Your donation is tax-deductible', 'Tax-deductible', 'Become a supporter'] },
  { lang: 'de', phrases: ['Jetzt spenden', 'Spenden', 'Unterstützen Sie uns', 'Jetzt unterstützen', 'Vergessen Sie nicht zu spenden!', 'Ihre Spende ist steuerlich absetzbar', 'Steuerlich absetzbar'] },
  { lang: 'fr', phrases: ['Faire un don', "N'oubliez pas de faire un don !", "N'oubliez pas de faire un don!", 'Soutenez-nous', 'Je fais un don', 'Mais déductible à {n}% des impôts', 'Déductible à {n}% des impôts', 'Déductible des impôts'] },
  { lang: 'es', phrases: ['Donar', 'Haz una donación', 'Haga una donación', 'Apóyanos', '¡No olvides donar!', 'Deducible de impuestos'] },
  { lang: 'pt', phrases: ['Doar', 'Faça uma doação', 'Apoie-nos', 'Dedutível do imposto'] },
  { lang: 'it', phrases: ['Dona ora', 'Fai una donazione', 'Sostienici', 'Deducibile dalle tasse'] },
  { lang: 'nl', phrases: ['Doneer', 'Doneer nu', 'Steun ons', 'Fiscaal aftrekbaar'] },
  { lang: 'sv', phrases: ['Donera', 'Ge en gåva', 'Stöd oss', 'Swisha en gåva'] },
  { lang: 'pl', phrases: ['Wesprzyj nas', 'Przekaż darowiznę', 'Wpłać darowiznę'] },
];

/**
 * Single-word labels and controls of an article page's header: the comment counter's label, the
 * meta block's field labels ("Author", "Read Time", "Published"), the share row's heading, a
 * "don't miss" banner. The font-size control ("- A +") is a pattern in page-head.
 */
export const headerLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Author', 'Authors', 'Written by', 'Read Time', 'Reading time', 'Published', 'Updated', 'Share', 'Share this', 'comments', 'comment', '{n} comments', 'No comments', "Don't miss real-time updates", "Don't miss an update", 'Font size', 'Text size', 'Print', 'Listen'] },
  { lang: 'de', phrases: ['Autor', 'Autorin', 'Lesezeit', 'Lesedauer', 'Veröffentlicht', 'Aktualisiert', 'Teilen', 'Kommentare', 'Kommentar', '{n} Kommentare', 'Schriftgröße', 'Drucken', 'Anhören'] },
  { lang: 'fr', phrases: ['Auteur', 'Autrice', 'Temps de lecture', 'Publié', 'Mis à jour', 'Partager', 'commentaires', 'commentaire', '{n} commentaires', 'Taille du texte', 'Imprimer', 'Écouter'] },
  { lang: 'es', phrases: ['Autor', 'Autora', 'Tiempo de lectura', 'Publicado', 'Actualizado', 'Compartir', 'comentarios', 'comentario', '{n} comentarios', 'Tamaño de letra', 'Imprimir', 'Escuchar'] },
  { lang: 'pt', phrases: ['Autor', 'Autora', 'Tempo de leitura', 'Publicado', 'Atualizado', 'Compartilhar', 'Partilhar', 'comentários', 'comentário', '{n} comentários', 'Tamanho da letra', 'Imprimir', 'Ouvir'] },
  { lang: 'it', phrases: ['Autore', 'Autrice', 'Tempo di lettura', 'Pubblicato', 'Aggiornato', 'Condividi', 'commenti', 'commento', '{n} commenti', 'Dimensione testo', 'Stampa', 'Ascolta'] },
  { lang: 'nl', phrases: ['Auteur', 'Leestijd', 'Gepubliceerd', 'Bijgewerkt', 'Delen', 'reacties', 'reactie', '{n} reacties', 'Lettergrootte', 'Afdrukken', 'Luister'] },
  { lang: 'sv', phrases: ['Författare', 'Lästid', 'Publicerad', 'Uppdaterad', 'Dela', 'kommentarer', 'kommentar', '{n} kommentarer', 'Textstorlek', 'Skriv ut', 'Lyssna'] },
  { lang: 'pl', phrases: ['Autor', 'Czas czytania', 'Opublikowano', 'Zaktualizowano', 'Udostępnij', 'komentarze', 'komentarzy', '{n} komentarzy', 'Rozmiar czcionki', 'Drukuj', 'Słuchaj'] },
  { lang: 'ru', phrases: ['Автор', 'Время чтения', 'Опубликовано', 'Обновлено', 'Поделиться', 'комментарии', '{n} комментариев', 'Размер шрифта', 'Печать', 'Слушать'] },
];

/**
 * A page's navigation as its saved text keeps it above the story: the breadcrumb trail from the
 * home page ("Home » News » Local", "Sie sind hier: …"), the skip link themes print for screen
 * readers (WordPress's own strings), the menu and search toggles, the sign-in link, and the back
 * link under the story ("Back", "Voltar"). Only as a whole line; never a headline.
 */
export const navigationLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Home » {x}', 'Home › {x}', 'Home > {x}', 'Home / {x}', 'Home | {x}', 'You are here: {x}', 'Skip to content', 'Skip to main content', 'Skip to navigation', 'Skip to primary navigation', 'Skip to footer', 'Jump to content', 'Toggle navigation', 'Toggle menu', 'Open menu', 'Close menu', 'Main menu', 'Primary menu', 'Menu', 'Search', 'Search for:', 'Sign in', 'Log in', 'Login', 'Breaking News', 'You are here:', 'Back to top', 'Back', 'Go back', '« Back', '< Back'] },
  { lang: 'de', phrases: ['Startseite » {x}', 'Startseite › {x}', 'Startseite > {x}', 'Startseite / {x}', 'Startseite | {x}', 'Start » {x}', 'Start › {x}', 'Start > {x}', 'Start / {x}', 'Start | {x}', 'Sie sind hier: {x}', 'Zum Inhalt springen', 'Zum Inhalt wechseln', 'Direkt zum Inhalt', 'Zur Navigation springen', 'Navigation umschalten', 'Menü', 'Hauptmenü', 'Suche', 'Suchen', 'Anmelden', 'Einloggen', 'Nach oben', 'Zurück'] },
  { lang: 'fr', phrases: ['Accueil » {x}', 'Accueil › {x}', 'Accueil > {x}', 'Accueil / {x}', 'Accueil | {x}', 'Vous êtes ici : {x}', 'Aller au contenu', 'Aller au contenu principal', 'Passer au contenu', 'Aller à la navigation', 'Basculer la navigation', 'Menu principal', 'Rechercher', 'Rechercher :', 'Se connecter', 'Connexion', 'Retour en haut', 'Retour'] },
  { lang: 'es', phrases: ['Inicio » {x}', 'Inicio › {x}', 'Inicio > {x}', 'Inicio / {x}', 'Inicio | {x}', 'Portada » {x}', 'Portada › {x}', 'Portada > {x}', 'Portada / {x}', 'Portada | {x}', 'Usted está aquí: {x}', 'Saltar al contenido', 'Ir al contenido', 'Saltar al contenido principal', 'Ir al contenido principal', 'Menú', 'Menú principal', 'Buscar', 'Buscar:', 'Iniciar sesión', 'Volver arriba', 'Volver', 'Regresar'] },
  { lang: 'pt', phrases: ['Início » {x}', 'Início › {x}', 'Início > {x}', 'Início / {x}', 'Início | {x}', 'Página inicial » {x}', 'Página inicial › {x}', 'Página inicial > {x}', 'Página inicial / {x}', 'Página inicial | {x}', 'Você está aqui: {x}', 'Ir para o conteúdo', 'Pular para o conteúdo', 'Saltar para o conteúdo', 'Ir para o conteúdo principal', 'Menu principal', 'Pesquisar', 'Pesquisar por:', 'Entrar', 'Voltar ao topo', 'Voltar'] },
  { lang: 'it', phrases: ['Home » {x}', 'Home › {x}', 'Home > {x}', 'Home / {x}', 'Home | {x}', 'Sei qui: {x}', 'Vai al contenuto', 'Salta al contenuto', 'Vai al contenuto principale', 'Menu principale', 'Cerca', 'Cerca:', 'Accedi', 'Torna su', 'Indietro', 'Torna indietro'] },
  { lang: 'nl', phrases: ['Home » {x}', 'Home › {x}', 'Home > {x}', 'Home / {x}', 'Home | {x}', 'Startpagina » {x}', 'Startpagina › {x}', 'Startpagina > {x}', 'Startpagina / {x}', 'Startpagina | {x}', 'U bent hier: {x}', 'Naar de inhoud springen', 'Ga naar de inhoud', 'Spring naar inhoud', 'Hoofdmenu', 'Zoeken', 'Inloggen', 'Terug naar boven', 'Terug'] },
  { lang: 'pl', phrases: ['Strona główna » {x}', 'Strona główna › {x}', 'Strona główna > {x}', 'Strona główna / {x}', 'Strona główna | {x}', 'Jesteś tutaj: {x}', 'Przejdź do treści', 'Przejdź do zawartości', 'Menu główne', 'Szukaj', 'Zaloguj się', 'Wstecz', 'Powrót'] },
  { lang: 'sv', phrases: ['Hem » {x}', 'Hem › {x}', 'Hem > {x}', 'Hem / {x}', 'Hem | {x}', 'Startsida » {x}', 'Startsida › {x}', 'Startsida > {x}', 'Startsida / {x}', 'Startsida | {x}', 'Du är här: {x}', 'Hoppa till innehåll', 'Hoppa till innehållet', 'Huvudmeny', 'Sök', 'Logga in', 'Tillbaka'] },
  { lang: 'da', phrases: ['Spring til indhold', 'Gå til indhold', 'Hovedmenu', 'Søg', 'Log ind'] },
  { lang: 'no', phrases: ['Hopp til innhold', 'Gå til innhold', 'Hovedmeny', 'Søk', 'Logg inn'] },
  { lang: 'fi', phrases: ['Siirry sisältöön', 'Hyppää sisältöön', 'Päävalikko', 'Hae', 'Kirjaudu sisään'] },
  { lang: 'cs', phrases: ['Přeskočit na obsah', 'Přejít k obsahu', 'Hlavní menu', 'Hledat', 'Přihlásit se', 'Přejít k obsahu webu'] },
  { lang: 'ru', phrases: ['Главная » {x}', 'Главная › {x}', 'Главная > {x}', 'Главная / {x}', 'Главная | {x}', 'Вы здесь: {x}', 'Перейти к содержимому', 'Перейти к содержанию', 'Перейти к контенту', 'Главное меню', 'Меню', 'Поиск', 'Войти', 'Наверх'] },
  { lang: 'uk', phrases: ['Перейти до вмісту', 'Перейти до змісту', 'Головне меню', 'Меню', 'Пошук', 'Увійти'] },
  { lang: 'tr', phrases: ['İçeriğe geç', 'İçeriğe atla', 'Ana menü', 'Menü', 'Ara', 'Giriş yap'] },
  { lang: 'id', phrases: ['Langsung ke konten', 'Lompat ke konten', 'Menu utama', 'Cari', 'Masuk'] },
  { lang: 'vi', phrases: ['Chuyển đến nội dung', 'Bỏ qua nội dung', 'Tìm kiếm', 'Đăng nhập', 'Vào ngay phần nội dung'] },
  { lang: 'ja', phrases: ['コンテンツへスキップ', '本文へスキップ', 'メニュー', '検索', 'ログイン', 'コンテンツへ移動'] },
  { lang: 'zh', phrases: ['跳至内容', '跳到内容', '跳至主要内容', '菜单', '搜索', '登录', '跳至內容', '選單', '搜尋', '登入'] },
  { lang: 'ko', phrases: ['콘텐츠로 건너뛰기', '본문 바로가기', '메뉴', '검색', '로그인', '컨텐츠로 건너뛰기'] },
  { lang: 'ar', phrases: ['انتقل إلى المحتوى', 'تخطى إلى المحتوى', 'التخطي إلى المحتوى', 'تجاوز إلى المحتوى', 'القائمة', 'بحث', 'تسجيل الدخول', 'التجاوز إلى المحتوى'] },
  { lang: 'hu', phrases: ['Tartalomhoz', 'Ugrás a tartalomhoz', 'Menü', 'Keresés', 'Bejelentkezés'] },
  { lang: 'ro', phrases: ['Sari la conținut', 'Sari la conținutul principal', 'Meniu', 'Căutare', 'Autentificare'] },
  { lang: 'el', phrases: ['Μετάβαση σε περιεχόμενο'] },
  { lang: 'he', phrases: ['דילוג לתוכן'] },
  { lang: 'fa', phrases: ['رفتن به نوشته‌ها', 'رفتن به نوشتهها'] },
  { lang: 'th', phrases: ['ข้ามไปยังเนื้อหา'] },
  { lang: 'bg', phrases: ['Към съдържанието'] },
  { lang: 'sk', phrases: ['Preskočiť na obsah'] },
  { lang: 'hi', phrases: ['सामग्री पर जाएं'] },
];

/**
 * The link labels of a site's footer, which a flattened page keeps as one row under the story
 * ("Privacy Policy | Terms of Use | Contact Us", "Impressum · Datenschutz · Kontakt"). A row is
 * made of two or more of them and nothing else but separators; one alone is a word of prose.
 */
export const footerLinks: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['About', 'About us', 'About the site', 'Contact', 'Contact us', 'Contact the newsroom', 'Advertise', 'Advertise with us', 'Advertising', 'Careers', 'Jobs', 'Work with us', 'Privacy', 'Privacy policy', 'Privacy notice', 'Privacy statement', 'Privacy settings', 'Cookie policy', 'Cookies', 'Cookie settings', 'Cookie preferences', 'Manage cookies', 'Terms', 'Terms of use', 'Terms of service', 'Terms & conditions', 'Terms and conditions', 'User agreement', 'Accessibility', 'Accessibility statement', 'Sitemap', 'Site map', 'Help', 'FAQ', 'RSS', 'RSS feeds', 'Legal', 'Legal notice', 'Imprint', 'Corrections', 'Ethics policy', 'Editorial policy', 'Editorial standards', 'Masthead', 'Code of conduct', 'Do not sell my personal information', 'Do not sell or share my personal information', 'Your privacy choices', 'Newsletters', 'Subscriptions', 'Press', 'Media kit', 'Site index'] },
  { lang: 'de', phrases: ['Impressum', 'Datenschutz', 'Datenschutzerklärung', 'Datenschutzhinweise', 'Kontakt', 'Über uns', 'AGB', 'Nutzungsbedingungen', 'Barrierefreiheit', 'Cookie-Einstellungen', 'Cookie-Richtlinie', 'Privatsphäre-Einstellungen', 'Werbung', 'Mediadaten', 'Jobs', 'Karriere', 'Hilfe', 'Sitemap', 'Leserservice', 'Abo', 'Redaktion'] },
  { lang: 'fr', phrases: ['Mentions légales', 'Politique de confidentialité', 'Confidentialité', 'Données personnelles', 'Gestion des cookies', 'Politique de cookies', 'Paramètres des cookies', 'Contact', 'Contactez-nous', 'Nous contacter', 'Qui sommes-nous', 'À propos', 'A propos', 'CGU', 'CGV', "Conditions générales d'utilisation", 'Accessibilité', 'Plan du site', 'Publicité', 'Recrutement', 'Aide', 'Charte de déontologie'] },
  { lang: 'es', phrases: ['Aviso legal', 'Política de privacidad', 'Privacidad', 'Política de cookies', 'Configuración de cookies', 'Contacto', 'Contáctanos', 'Contacte con nosotros', 'Quiénes somos', 'Sobre nosotros', 'Acerca de', 'Términos y condiciones', 'Términos de uso', 'Condiciones de uso', 'Accesibilidad', 'Mapa del sitio', 'Publicidad', 'Publicita con nosotros', 'Trabaja con nosotros', 'Ayuda'] },
  { lang: 'pt', phrases: ['Política de privacidade', 'Privacidade', 'Política de cookies', 'Termos de uso', 'Termos de utilização', 'Termos e condições', 'Contato', 'Contacto', 'Contactos', 'Fale conosco', 'Quem somos', 'Sobre nós', 'Expediente', 'Ficha técnica', 'Estatuto editorial', 'Acessibilidade', 'Mapa do site', 'Publicidade', 'Anuncie', 'Trabalhe conosco', 'Ajuda'] },
  { lang: 'it', phrases: ['Note legali', 'Privacy', 'Privacy policy', 'Informativa privacy', 'Cookie policy', 'Preferenze cookie', 'Contatti', 'Contattaci', 'Chi siamo', 'Termini e condizioni', "Termini d'uso", 'Condizioni di utilizzo', 'Accessibilità', 'Mappa del sito', 'Pubblicità', 'Lavora con noi', 'Redazione', 'Aiuto'] },
  { lang: 'nl', phrases: ['Colofon', 'Privacy', 'Privacyverklaring', 'Privacybeleid', 'Cookiebeleid', 'Cookie-instellingen', 'Contact', 'Over ons', 'Algemene voorwaarden', 'Gebruiksvoorwaarden', 'Toegankelijkheid', 'Adverteren', 'Vacatures', 'Sitemap', 'Klantenservice'] },
  { lang: 'sv', phrases: ['Integritetspolicy', 'Personuppgiftspolicy', 'Cookiepolicy', 'Cookies', 'Kontakt', 'Kontakta oss', 'Om oss', 'Användarvillkor', 'Villkor', 'Tillgänglighet', 'Annonsera', 'Jobb', 'Kundservice', 'Tipsa oss'] },
  { lang: 'da', phrases: ['Privatlivspolitik', 'Cookiepolitik', 'Cookies', 'Kontakt', 'Kontakt os', 'Om os', 'Vilkår', 'Handelsbetingelser', 'Tilgængelighed', 'Annoncering', 'Job', 'Kundeservice'] },
  { lang: 'no', phrases: ['Personvern', 'Personvernerklæring', 'Informasjonskapsler', 'Cookies', 'Kontakt', 'Kontakt oss', 'Om oss', 'Vilkår', 'Brukervilkår', 'Tilgjengelighet', 'Annonser', 'Ledige stillinger', 'Kundeservice'] },
  { lang: 'fi', phrases: ['Tietosuoja', 'Tietosuojaseloste', 'Evästeet', 'Evästeasetukset', 'Yhteystiedot', 'Ota yhteyttä', 'Meistä', 'Käyttöehdot', 'Saavutettavuus', 'Mainosta', 'Asiakaspalvelu'] },
  { lang: 'pl', phrases: ['Polityka prywatności', 'Polityka cookies', 'Ustawienia cookies', 'Regulamin', 'Kontakt', 'O nas', 'Redakcja', 'Reklama', 'Kariera', 'Dostępność', 'Mapa strony', 'Pomoc'] },
  { lang: 'cs', phrases: ['Ochrana osobních údajů', 'Zásady cookies', 'Nastavení cookies', 'Kontakt', 'Kontakty', 'O nás', 'Podmínky užití', 'Obchodní podmínky', 'Reklama', 'Kariéra', 'Redakce', 'Přístupnost'] },
  { lang: 'ru', phrases: ['Политика конфиденциальности', 'Пользовательское соглашение', 'Правила использования', 'Контакты', 'О нас', 'О проекте', 'Реклама', 'Редакция', 'Вакансии', 'Карта сайта', 'Помощь', 'Использование cookies'] },
  { lang: 'uk', phrases: ['Політика конфіденційності', 'Умови використання', 'Контакти', 'Про нас', 'Про проєкт', 'Реклама', 'Редакція', 'Вакансії', 'Мапа сайту'] },
  { lang: 'tr', phrases: ['Gizlilik politikası', 'Gizlilik', 'Çerez politikası', 'Kullanım koşulları', 'İletişim', 'Hakkımızda', 'Künye', 'Reklam', 'KVKK', 'Kariyer', 'Site haritası'] },
  { lang: 'id', phrases: ['Kebijakan privasi', 'Syarat dan ketentuan', 'Pedoman media siber', 'Kontak', 'Hubungi kami', 'Tentang kami', 'Redaksi', 'Iklan', 'Karier', 'Peta situs'] },
  { lang: 'zh', phrases: ['隐私政策', '隱私權政策', '使用条款', '使用條款', '联系我们', '聯絡我們', '关于我们', '關於我們', '广告服务', '网站地图', '免责声明'] },
  { lang: 'ja', phrases: ['プライバシーポリシー', '利用規約', 'お問い合わせ', '会社概要', '運営会社', 'サイトマップ', '広告掲載', '免責事項'] },
  // Korean news sites close every page on the same legal links: youth protection, refusal of e-mail harvesting.
  { lang: 'ko', phrases: ['개인정보처리방침', '개인정보취급방침', '이용약관', '청소년보호정책', '이메일무단수집거부', '회사소개', '광고문의', '기사제보', '고객센터', '저작권정책'] },
  { lang: 'ar', phrases: ['سياسة الخصوصية', 'الشروط والأحكام', 'شروط الاستخدام', 'اتصل بنا', 'من نحن', 'أعلن معنا', 'خريطة الموقع'] },
  { lang: 'hu', phrases: ['Impresszum', 'Adatvédelem', 'Adatvédelmi nyilatkozat', 'Adatvédelmi tájékoztató', 'Adatkezelési tájékoztató', 'Felhasználási feltételek', 'ÁSZF', 'Kapcsolat', 'Rólunk', 'Médiaajánlat', 'Süti beállítások', 'Karrier'] },
  // Romanian sites are written with and without diacritics alike.
  { lang: 'ro', phrases: ['Politica de confidențialitate', 'Politica de confidentialitate', 'Politica de cookies', 'Politica cookies', 'Termeni și condiții', 'Termeni si conditii', 'Contact', 'Despre noi', 'Publicitate', 'Caseta redacțională', 'Caseta redactionala', 'Cariere', 'Harta site-ului'] },
  { lang: 'vi', phrases: ['Chính sách bảo mật', 'Điều khoản sử dụng', 'Liên hệ', 'Giới thiệu', 'Về chúng tôi', 'Liên hệ quảng cáo', 'Quảng cáo', 'Sơ đồ trang'] },
  { lang: 'hi', phrases: ['गोपनीयता नीति', 'प्राइवेसी पॉलिसी', 'नियम और शर्तें', 'हमसे संपर्क करें', 'संपर्क करें', 'हमारे बारे में', 'विज्ञापन', 'अस्वीकरण'] },
  { lang: 'ms', phrases: ['Dasar privasi', 'Terma dan syarat', 'Terma & syarat', 'Hubungi kami', 'Tentang kami', 'Iklan'] },
];
