import type { PhraseSet } from './match.js';

/**
 * The links a blog theme prints under a post to the posts before and after it, as WordPress
 * themes and Blogger label them in their translations ("Previous post", "Beitragsnavigation",
 * "Entrada más reciente"), and the bare words some themes use instead ("« Previous", "Next »").
 * `labels` name the link on their own; `words` are plain words ("Next", "Home") that say nothing
 * alone: they count only beside an arrow, a colon and a title, or another label.
 */
export interface PostNavSet {
  readonly lang: string;
  readonly labels: readonly string[];
  readonly words: readonly string[];
}

export const postNav: readonly PostNavSet[] = [
  {
    lang: 'en',
    labels: [
      'Previous post', 'Next post', 'Previous article', 'Next article', 'Previous entry', 'Next entry', 'Previous story',
      'Next story', 'Older post', 'Newer post', 'Older posts', 'Newer posts', 'Older entries', 'Newer entries',
      'Older articles', 'Newer articles', 'Post navigation', 'Posts navigation', 'Article navigation', 'Previous episode',
      'Next episode', 'Previous reading', 'Next reading', 'Previous in series', 'Next in series',
    ],
    words: ['Previous', 'Prev', 'Next', 'Older', 'Newer', 'Home'],
  },
  {
    lang: 'de',
    labels: [
      'Vorheriger Beitrag', 'Nächster Beitrag', 'Vorheriger Artikel', 'Nächster Artikel', 'Vorheriger Post', 'Nächster Post',
      'Vorheriger Eintrag', 'Nächster Eintrag', 'Ältere Beiträge', 'Neuere Beiträge', 'Älterer Post', 'Neuerer Post',
      'Beitragsnavigation', 'Beitrags-Navigation', 'Artikelnavigation', 'Vorherige Folge', 'Nächste Folge',
    ],
    words: ['Zurück', 'Weiter', 'Vorheriger', 'Nächster', 'Startseite'],
  },
  {
    lang: 'fr',
    labels: [
      'Article précédent', 'Article suivant', 'Billet précédent', 'Billet suivant', 'Publication précédente',
      'Publication suivante', 'Navigation des articles', "Navigation de l'article", 'Articles plus anciens', 'Articles plus récents',
      'Article plus ancien', 'Article plus récent', 'Épisode précédent', 'Épisode suivant',
    ],
    words: ['Précédent', 'Suivant', 'Accueil'],
  },
  {
    lang: 'es',
    labels: [
      'Entrada anterior', 'Entrada siguiente', 'Artículo anterior', 'Artículo siguiente', 'Publicación anterior',
      'Publicación siguiente', 'Noticia anterior', 'Noticia siguiente', 'Navegación de entradas', 'Entradas anteriores',
      'Entradas más recientes', 'Entrada más reciente', 'Entrada antigua', 'Entradas antiguas', 'Episodio anterior',
      'Episodio siguiente',
    ],
    words: ['Anterior', 'Siguiente', 'Inicio'],
  },
  {
    lang: 'pt',
    labels: [
      'Post anterior', 'Próximo post', 'Artigo anterior', 'Próximo artigo', 'Artigo seguinte', 'Publicação anterior',
      'Próxima publicação', 'Postagem anterior', 'Próxima postagem', 'Notícia anterior', 'Próxima notícia',
      'Navegação de posts', 'Navegação de post', 'Navegação de artigos', 'Postagem mais recente', 'Postagem mais antiga',
      'Postagens mais recentes', 'Postagens mais antigas', 'Mensagem mais recente', 'Mensagem antiga',
      'Mensagens mais recentes', 'Mensagens antigas', 'Episódio anterior', 'Próximo episódio',
    ],
    words: ['Anterior', 'Próximo', 'Próxima', 'Seguinte', 'Página inicial'],
  },
  {
    lang: 'it',
    labels: [
      'Articolo precedente', 'Articolo successivo', 'Post precedente', 'Post successivo', 'Navigazione articoli',
      'Articoli meno recenti', 'Articoli più recenti', 'Post più recente', 'Post più vecchio', 'Post più recenti',
      'Post più vecchi', 'Episodio precedente', 'Episodio successivo',
    ],
    words: ['Precedente', 'Successivo', 'Prossimo', 'Home page', 'Pagina iniziale'],
  },
  {
    lang: 'nl',
    labels: [
      'Vorig bericht', 'Volgend bericht', 'Vorige post', 'Volgende post', 'Vorig artikel', 'Volgend artikel',
      'Berichtnavigatie', 'Oudere berichten', 'Nieuwere berichten', 'Nieuwere post', 'Oudere post',
    ],
    words: ['Vorige', 'Volgende'],
  },
  {
    lang: 'pl',
    labels: [
      'Poprzedni wpis', 'Następny wpis', 'Poprzedni artykuł', 'Następny artykuł', 'Poprzedni post', 'Następny post',
      'Nawigacja wpisu', 'Nawigacja wpisów', 'Starsze wpisy', 'Nowsze wpisy', 'Nowszy post', 'Starszy post',
    ],
    words: ['Poprzedni', 'Następny'],
  },
  {
    lang: 'ru',
    labels: [
      'Предыдущая запись', 'Следующая запись', 'Предыдущая статья', 'Следующая статья', 'Предыдущий пост',
      'Следующий пост', 'Предыдущая новость', 'Следующая новость', 'Навигация по записям', 'Более новые записи',
      'Более старые записи', 'Более новое сообщение', 'Более старое сообщение', 'Предыдущее сообщение',
      'Следующее сообщение',
    ],
    words: ['Назад', 'Вперёд', 'Вперед', 'Предыдущая', 'Следующая', 'Главная страница', 'Следующее', 'Предыдущее'],
  },
  {
    lang: 'uk',
    labels: ['Попередній запис', 'Наступний запис', 'Попередня стаття', 'Наступна стаття', 'Попередня новина', 'Наступна новина', 'Навігація записів'],
    words: ['Попередня', 'Наступна'],
  },
  {
    lang: 'sv',
    labels: ['Föregående inlägg', 'Nästa inlägg', 'Föregående artikel', 'Nästa artikel', 'Inläggsnavigering', 'Nyare inlägg', 'Äldre inlägg'],
    words: ['Föregående', 'Nästa', 'Startsida'],
  },
  {
    lang: 'da',
    labels: ['Forrige indlæg', 'Næste indlæg', 'Forrige artikel', 'Næste artikel', 'Indlægsnavigation', 'Nyere indlæg', 'Ældre indlæg'],
    words: ['Forrige', 'Næste', 'Startside'],
  },
  {
    lang: 'no',
    labels: ['Forrige innlegg', 'Neste innlegg', 'Forrige artikkel', 'Neste artikkel', 'Innleggsnavigasjon', 'Nyere innlegg', 'Eldre innlegg'],
    words: ['Forrige', 'Neste', 'Startside'],
  },
  {
    lang: 'fi',
    labels: ['Edellinen artikkeli', 'Seuraava artikkeli', 'Edellinen kirjoitus', 'Seuraava kirjoitus', 'Uudempi teksti', 'Vanhempi teksti', 'Artikkelien selaus', 'Uudemmat artikkelit', 'Vanhemmat artikkelit'],
    words: ['Edellinen', 'Seuraava', 'Etusivu'],
  },
  {
    lang: 'cs',
    labels: ['Předchozí článek', 'Následující článek', 'Další článek', 'Předchozí příspěvek', 'Další příspěvek', 'Navigace pro příspěvek', 'Novější příspěvek', 'Starší příspěvek'],
    words: ['Předchozí', 'Další'],
  },
  {
    lang: 'hu',
    labels: ['Előző bejegyzés', 'Következő bejegyzés', 'Előző cikk', 'Következő cikk', 'Bejegyzés navigáció', 'Újabb bejegyzés', 'Régebbi bejegyzés', 'Korábbi bejegyzések', 'Következő bejegyzések'],
    words: ['Előző', 'Következő'],
  },
  {
    lang: 'ro',
    labels: ['Articolul anterior', 'Articolul următor', 'Articol anterior', 'Articol următor', 'Navigare în articole', 'Postare mai nouă', 'Postare mai veche'],
    words: ['Anterior', 'Următor'],
  },
  {
    lang: 'tr',
    labels: ['Önceki yazı', 'Sonraki yazı', 'Önceki haber', 'Sonraki haber', 'Önceki gönderi', 'Sonraki gönderi', 'Yazı dolaşımı', 'Daha yeni gönderi', 'Daha eski gönderi', 'Önceki makale', 'Sonraki makale'],
    words: ['Önceki', 'Sonraki', 'Ana sayfa'],
  },
  {
    lang: 'id',
    labels: [
      'Artikel sebelumnya', 'Artikel selanjutnya', 'Artikel berikutnya', 'Pos sebelumnya', 'Pos berikutnya', 'Navigasi pos',
      'Berita sebelumnya', 'Berita selanjutnya', 'Postingan lebih baru', 'Postingan lama', 'Posting lebih baru', 'Posting lama',
    ],
    words: ['Sebelumnya', 'Selanjutnya', 'Berikutnya', 'Beranda'],
  },
  { lang: 'ms', labels: ['Artikel sebelum', 'Artikel seterusnya', 'Catatan terbaru', 'Catatan lama', 'Entri sebelumnya', 'Entri seterusnya'], words: ['Sebelum', 'Seterusnya'] },
  {
    lang: 'vi',
    labels: ['Bài trước', 'Bài tiếp theo', 'Bài sau', 'Bài viết trước', 'Bài viết tiếp theo', 'Điều hướng bài viết', 'Bài đăng mới hơn', 'Bài đăng cũ hơn'],
    words: ['Trang chủ'],
  },
  { lang: 'zh', labels: ['上一篇文章', '下一篇文章', '上一篇', '下一篇', '前一篇', '后一篇', '後一篇', '上一則', '下一則', '文章导航', '文章導覽', '较新的文章', '较早的文章', '較新的文章', '較舊的文章'], words: [] },
  { lang: 'ja', labels: ['前の記事', '次の記事', '前の投稿', '次の投稿', '投稿ナビゲーション', '新しい投稿', '以前の投稿', '新しい記事', '古い記事'], words: [] },
  { lang: 'ko', labels: ['이전 글', '다음 글', '이전글', '다음글', '이전 기사', '다음 기사', '글 내비게이션', '글 탐색', '이전 게시물', '다음 게시물'], words: [] },
  { lang: 'ar', labels: ['المقالة السابقة', 'المقالة التالية', 'المقال السابق', 'المقال التالي', 'التدوينة السابقة', 'التدوينة التالية', 'تصفح المقالات', 'رسالة أحدث', 'رسالة أقدم'], words: ['السابق', 'التالي'] },
  { lang: 'hi', labels: ['पिछला लेख', 'अगला लेख', 'पिछला पोस्ट', 'अगला पोस्ट', 'पिछली पोस्ट', 'अगली पोस्ट', 'नई पोस्ट', 'पुरानी पोस्ट'], words: [] },
  { lang: 'el', labels: ['Προηγούμενο άρθρο', 'Επόμενο άρθρο', 'Προηγούμενα άρθρα', 'Επόμενα άρθρα'], words: ['Προηγούμενες', 'Επόμενες'] },
  { lang: 'he', labels: ['הפוסט הקודם', 'הפוסט הבא'], words: ['קודם', 'הבא'] },
  { lang: 'fa', labels: ['نوشته قبلی', 'نوشته بعدی'], words: ['پیشین', 'بعد'] },
  { lang: 'th', labels: ['เรื่องก่อนหน้า', 'เรื่องต่อไป'], words: ['ก่อนหน้า', 'ถัดไป'] },
  { lang: 'bg', labels: ['Предишна публикация', 'Следваща публикация'], words: ['Предишна', 'Следваща'] },
  { lang: 'sk', labels: ['Predchádzajúci článok', 'Ďalší článok'], words: ['Predchádzajúca', 'Nasledujúca'] },
  { lang: 'ca', labels: ['Entrada anterior', 'Entrada següent'], words: ['Anterior', 'Següent'] },
];

/**
 * A multi-page post's page counter ("Page 2 of 5", "Seite 2 von 5", "Página 2 de 5"), `{n}` and
 * `{of}` the page and the count. Alone on a line (between arrows at most), never in a sentence.
 */
export const pageOf: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Page {n} of {of}', 'Page {n}/{of}'] },
  { lang: 'de', phrases: ['Seite {n} von {of}', 'Seite {n} aus {of}', 'Seite {n}/{of}'] },
  { lang: 'fr', phrases: ['Page {n} sur {of}', 'Page {n} de {of}', 'Page {n}/{of}'] },
  { lang: 'es', phrases: ['Página {n} de {of}', 'Pagina {n} de {of}', 'Pág. {n} de {of}'] },
  { lang: 'pt', phrases: ['Página {n} de {of}', 'Pág. {n} de {of}'] },
  { lang: 'it', phrases: ['Pagina {n} di {of}', 'Pag. {n} di {of}'] },
  { lang: 'nl', phrases: ["Pagina {n} van {of}", "Pagina {n}/{of}"] },
  { lang: 'pl', phrases: ['Strona {n} z {of}', 'Strona {n} na {of}'] },
  { lang: 'sv', phrases: ['Sida {n} av {of}', 'Sida {n} (av {of})'] },
  { lang: 'da', phrases: ['Side {n} af {of}'] },
  { lang: 'no', phrases: ['Side {n} av {of}'] },
  { lang: 'fi', phrases: ['Sivu {n}/{of}', 'Sivu {n} / {of}'] },
  { lang: 'cs', phrases: ['Strana {n} z {of}', 'Stránka {n} z {of}'] },
  { lang: 'ro', phrases: ['Pagina {n} din {of}'] },
  { lang: 'hu', phrases: ['{n}. oldal / {of}', 'Oldal {n} / {of}'] },
  { lang: 'ru', phrases: ['Страница {n} из {of}'] },
  { lang: 'uk', phrases: ['Сторінка {n} з {of}', 'Сторінка {n} із {of}'] },
  { lang: 'tr', phrases: ['Sayfa {n} / {of}', 'Sayfa {n}/{of}', '{of} sayfadan {n}. sayfa'] },
  { lang: 'id', phrases: ['Halaman {n} dari {of}'] },
  { lang: 'vi', phrases: ['Trang {n} / {of}', 'Trang {n} trên {of}'] },
  { lang: 'ja', phrases: ['{n} / {of} ページ', '{n}/{of}ページ'] },
  { lang: 'zh', phrases: ['第 {n} 页，共 {of} 页', '第{n}页，共{of}页', '第{n}頁，共{of}頁', '第 {n} 页 / 共 {of} 页'] },
  { lang: 'ko', phrases: ['{of}페이지 중 {n}페이지', '{n} / {of} 페이지'] },
];

/**
 * The words of a page-number row besides its numbers and arrows ("« Previous 1 2 3 Next »",
 * WordPress's "Pages: 1 2 3"): the links to the pages before and after, and the row's label.
 */
export const pageRowWords: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Prev', 'Previous', 'Next', 'Page', 'Pages', 'Pages:', 'Next page', 'Previous page', 'First', 'Last', 'Older', 'Newer', 'Older posts', 'Newer posts'] },
  { lang: 'de', phrases: ['Zurück', 'Weiter', 'Vorherige', 'Nächste', 'Seite', 'Seiten', 'Seiten:', 'Nächste Seite', 'Vorherige Seite', 'Erste', 'Letzte'] },
  { lang: 'fr', phrases: ['Précédent', 'Précédente', 'Suivant', 'Suivante', 'Page', 'Pages', 'Pages :', 'Pages:', 'Page suivante', 'Page précédente', 'Première', 'Dernière'] },
  { lang: 'es', phrases: ['Anterior', 'Siguiente', 'Página', 'Páginas', 'Páginas:', 'Paginas', 'Paginas:', 'Página siguiente', 'Página anterior', 'Primera', 'Última'] },
  { lang: 'pt', phrases: ['Anterior', 'Próxima', 'Próximo', 'Seguinte', 'Página', 'Páginas', 'Páginas:', 'Próxima página', 'Página anterior', 'Primeira', 'Última'] },
  { lang: 'it', phrases: ['Precedente', 'Successivo', 'Successiva', 'Pagina', 'Pagine', 'Pagine:', 'Pagina successiva', 'Pagina precedente', 'Prima', 'Ultima'] },
  { lang: 'nl', phrases: ['Vorige', 'Volgende', 'Pagina', "Pagina's", "Pagina's:", 'Volgende pagina', 'Vorige pagina', 'Eerste', 'Laatste'] },
  { lang: 'pl', phrases: ['Poprzednia', 'Następna', 'Strona', 'Strony', 'Strony:', 'Następna strona', 'Poprzednia strona'] },
  { lang: 'sv', phrases: ['Föregående', 'Nästa', 'Sida', 'Sidor', 'Sidor:', 'Nästa sida', 'Föregående sida'] },
  { lang: 'ru', phrases: ['Назад', 'Вперёд', 'Вперед', 'Далее', 'Предыдущая', 'Следующая', 'Страница', 'Страницы', 'Страницы:'] },
  { lang: 'tr', phrases: ['Önceki', 'Sonraki', 'Sayfa', 'Sayfalar', 'Sayfalar:'] },
  { lang: 'id', phrases: ['Sebelumnya', 'Selanjutnya', 'Berikutnya', 'Halaman', 'Halaman:'] },
  { lang: 'ja', phrases: ['前へ', '次へ', 'ページ', 'ページ:', '前のページ', '次のページ'] },
  { lang: 'zh', phrases: ['上一页', '下一页', '上一頁', '下一頁', '页', '页:', '首页', '末页'] },
  { lang: 'ko', phrases: ['이전', '다음', '페이지', '페이지:', '이전 페이지', '다음 페이지'] },
  { lang: 'uk', phrases: ['Сторінки:', 'Сторінка', 'Наступна сторінка', 'Попередня сторінка', 'Вперед', 'Назад'] },
  { lang: 'ar', phrases: ['الصفحات:', 'الصفحة', 'الصفحة التالية', 'الصفحة السابقة', 'التالي', 'السابق'] },
  { lang: 'ro', phrases: ['Pagini:', 'Pagină', 'Pagina următoare', 'Pagina anterioară', 'Precedent'] },
  { lang: 'fi', phrases: ['Sivut:', 'Sivu', 'Seuraava sivu', 'Edellinen sivu', 'Seuraava', 'Edellinen'] },
  { lang: 'cs', phrases: ['Stránky:', 'Stránka:', 'Následující stránka', 'Předchozí stránka', 'Předchozí'] },
  { lang: 'el', phrases: ['Σελίδες:', 'Σελίδα', 'Επόμενη σελίδα', 'Προηγούμενη σελίδα', 'Επόμενες', 'Προηγούμενες'] },
  { lang: 'he', phrases: ['עמודים:', 'עמוד', 'עמוד הבא', 'עמוד קודם', 'הבא', 'קודם'] },
  { lang: 'fa', phrases: ['برگه‌ها :', 'برگهها :', 'برگه', 'برگه بعد', 'برگه قبل', 'پیشین', 'بعد'] },
  { lang: 'th', phrases: ['หน้า:', 'หน้า', 'หน้าต่อไป', 'หน้าก่อนหน้า', 'ถัดไป', 'ก่อนหน้า'] },
  { lang: 'bg', phrases: ['Страници:', 'Страница', 'Следваща страница', 'Предишна страница', 'Следваща', 'Предишна'] },
  { lang: 'sk', phrases: ['Stránky:', 'Stránka', 'Nasledujúca stránka', 'Predchádzajúca stránka', 'Nasledujúca', 'Predchádzajúca'] },
  { lang: 'ca', phrases: ['Pàgines:', 'Pàgina', 'Pàgina següent', 'Pàgina prèvia', 'Següent', 'Anterior'] },
  { lang: 'vi', phrases: ['Trang:', 'Trang', 'Trang tiếp', 'Trang trước', 'Trang sau'] },
  { lang: 'hi', phrases: ['पृष्ठ:', 'पृष्ठ', 'अगला पृष्ठ', 'पिछला पृष्ठ', 'अगला', 'पिछला'] },
  { lang: 'hu', phrases: ['Oldal:', 'Oldal', 'Következő oldal', 'Előző oldal', 'Következő', 'Előző'] },
];
