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
    labels: ['Edellinen artikkeli', 'Seuraava artikkeli', 'Edellinen kirjoitus', 'Seuraava kirjoitus', 'Uudempi teksti', 'Vanhempi teksti', 'Artikkelien selaus'],
    words: ['Edellinen', 'Seuraava', 'Etusivu'],
  },
  {
    lang: 'cs',
    labels: ['Předchozí článek', 'Následující článek', 'Další článek', 'Předchozí příspěvek', 'Další příspěvek', 'Navigace pro příspěvek', 'Novější příspěvek', 'Starší příspěvek'],
    words: ['Předchozí', 'Další'],
  },
  {
    lang: 'hu',
    labels: ['Előző bejegyzés', 'Következő bejegyzés', 'Előző cikk', 'Következő cikk', 'Bejegyzés navigáció', 'Újabb bejegyzés', 'Régebbi bejegyzés'],
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
  { lang: 'hi', labels: ['पिछला लेख', 'अगला लेख', 'पिछली पोस्ट', 'अगली पोस्ट', 'नई पोस्ट', 'पुरानी पोस्ट'], words: [] },
];
