import type { PhraseSet } from './match.js';

/**
 * The labels a theme writes under a post for its taxonomy ("Tags: Football, Cup", "Onderwerpen:
 * KNVB Beker"): each opens a line of terms, never a sentence. `headings` are the one-word section
 * titles some aggregators put over that meta block ("Gegevens", "Details").
 */
export const taxonomyLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Tags:', 'Tagged:', 'Tagged with:', 'Topics:', 'Categories:', 'Category:', 'Keywords:', 'Subjects:', 'Tagged as:', 'Tagged under:', 'Topic:', 'Labels:', 'Filed under:'] },
  { lang: 'de', phrases: ['Themen:', 'Thema:', 'Schlagwörter:', 'Schlagworte:', 'Stichwörter:', 'Kategorie:', 'Kategorien:', 'Tags:', 'Schlagwort:', 'Verschlagwortet mit:', 'Abgelegt unter:', 'Rubrik:', 'Rubriken:'] },
  { lang: 'fr', phrases: ['Sujets:', 'Sujets :', 'Mots-clés:', 'Mots-clés :', 'Étiquettes:', 'Étiquettes :', 'Catégories:', 'Catégories :', 'Thèmes:', 'Thèmes :', 'Mots clés:', 'Mots clés :', 'Tags :', 'Catégorie:', 'Catégorie :', 'Classé dans:', 'Classé dans :', 'Rubrique:', 'Rubrique :', 'Libellés :', 'Libellés:'] },
  { lang: 'es', phrases: ['Temas:', 'Etiquetas:', 'Categorías:', 'Palabras clave:', 'Categoría:', 'Tema:', 'Archivado en:', 'Etiquetado:'] },
  { lang: 'pt', phrases: ['Tópicos:', 'Temas:', 'Marcadores:', 'Etiquetas:', 'Categorias:', 'Categoria:', 'Assuntos:', 'Palavras-chave:', 'Tags:', 'Arquivado em:'] },
  { lang: 'it', phrases: ['Argomenti:', 'Tag:', 'Categorie:', 'Parole chiave:', 'Categoria:', 'Tags:', 'Etichette:', 'Archiviato in:'] },
  { lang: 'nl', phrases: ['Onderwerpen:', 'Trefwoorden:', 'Categorieën:', "Thema's:", 'Categorie:', 'Tags:', 'Thema:', 'Labels:'] },
  { lang: 'pl', phrases: ['Tematy:', 'Tagi:', 'Kategorie:', 'Słowa kluczowe:', 'Kategoria:', 'Temat:', 'Tagi artykułu:', 'Etykiety:'] },
  { lang: 'sv', phrases: ['Ämnen:', 'Taggar:', 'Kategorier:', 'Kategori:', 'Nyckelord:', 'Etiketter:'] },
  { lang: 'da', phrases: ['Emner:', 'Kategorier:', 'Kategori:', 'Tags:', 'Nøgleord:', 'Etiketter:'] },
  { lang: 'no', phrases: ['Stikkord:', 'Emneknagger:', 'Emner:', 'Kategori:', 'Kategorier:', 'Etiketter:'] },
  { lang: 'fi', phrases: ['Avainsanat:', 'Aiheet:', 'Aihe:', 'Kategoriat:', 'Kategoria:', 'Tunnisteet:', 'Asiasanat:', 'Tagit:'] },
  { lang: 'cs', phrases: ['Štítky:', 'Témata:', 'Téma:', 'Kategorie:', 'Rubrika:', 'Klíčová slova:'] },
  { lang: 'hu', phrases: ['Címkék:', 'Címke:', 'Kategóriák:', 'Kategória:', 'Témák:', 'Rovat:', 'Kulcsszavak:'] },
  { lang: 'ro', phrases: ['Etichete:', 'Categorii:', 'Categorie:', 'Subiecte:', 'Cuvinte cheie:'] },
  { lang: 'ru', phrases: ['Темы:', 'Теги:', 'Метки:', 'Рубрики:', 'Ключевые слова:', 'Рубрика:', 'Тема:', 'Тэги:', 'Категория:', 'Категории:', 'Ярлыки:'] },
  { lang: 'uk', phrases: ['Теги:', 'Мітки:', 'Теми:', 'Рубрики:', 'Рубрика:', 'Ключові слова:', 'Позначки:'] },
  { lang: 'tr', phrases: ['Etiketler:', 'Konular:', 'Kategori:', 'Kategoriler:', 'Anahtar kelimeler:'] },
  { lang: 'id', phrases: ['Tag:', 'Tags:', 'Topik:', 'Kategori:', 'Kata kunci:', 'Label:'] },
  { lang: 'vi', phrases: ['Thẻ:', 'Từ khóa:', 'Từ khoá:', 'Chuyên mục:', 'Chủ đề:', 'Tags:', 'Nhãn:'] },
  { lang: 'hi', phrases: ['टैग:', 'टैग्स:', 'श्रेणी:', 'विषय:'] },
  { lang: 'ar', phrases: ['الوسوم:', 'وسوم:', 'الكلمات المفتاحية:', 'التصنيفات:', 'التصنيف:', 'كلمات مفتاحية:', 'التسميات:'] },
  { lang: 'ko', phrases: ['태그:', '키워드:', '카테고리:', '분류:', '라벨:'] },
  { lang: 'zh', phrases: ['标签：', '标签:', '標籤：', '关键词：', '標籤:', '关键词:', '關鍵字：', '关键字：', '分类：', '分類：', '分类:'] },
  { lang: 'ja', phrases: ['タグ：', 'タグ:', 'カテゴリー：', 'カテゴリー:', 'カテゴリ：', 'キーワード：', 'ラベル:', 'ラベル：'] },
  { lang: 'el', phrases: ['Ετικέτες:', 'Ετικέτα:', 'Κατηγορίες:', 'Κατηγορία:', 'Θέματα:', 'Λέξεις-κλειδιά:', 'Καταχωρήθηκε στο:'] },
  { lang: 'he', phrases: ['תגיות:', 'תגית:', 'קטגוריות:', 'קטגוריה:', 'נושאים:', 'מילות מפתח:', 'תויק תחת:', 'תוייק תחת:'] },
  { lang: 'fa', phrases: ['برچسب‌ها:', 'برچسب ها:', 'برچسب:', 'دسته‌بندی:', 'دسته بندی:', 'موضوعات:', 'کلمات کلیدی:'] },
];

export const taxonomyHeadings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Details', 'Article details', 'Post details'] },
  { lang: 'de', phrases: ['Details', 'Artikeldetails'] },
  { lang: 'fr', phrases: ['Détails', "Détails de l'article"] },
  { lang: 'es', phrases: ['Detalles'] },
  { lang: 'pt', phrases: ['Detalhes'] },
  { lang: 'it', phrases: ['Dettagli'] },
  { lang: 'nl', phrases: ['Gegevens', 'Details'] },
  { lang: 'pl', phrases: ['Szczegóły'] },
  { lang: 'sv', phrases: ['Detaljer'] },
  { lang: 'da', phrases: ['Detaljer'] },
  { lang: 'fi', phrases: ['Tiedot'] },
  { lang: 'cs', phrases: ['Podrobnosti'] },
  { lang: 'ru', phrases: ['Подробности'] },
];

/**
 * A theme's post meta as a sentence fragment with no colon: "Posted in News, Politics", "Tagged
 * budget, council", from the translations of WordPress's "Posted in %1$s" / "Tagged %2$s" and the
 * "Filed under" of news themes. The terms follow; labels that also open a date line ("Publicado em
 * 5 de março") are told apart by what follows.
 */
export const postedIn: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Posted in', 'Filed under', 'Filed in', 'Categorized as', 'Categorised as', 'Posted under', 'Tagged with', 'Tagged'] },
  { lang: 'de', phrases: ['Veröffentlicht in', 'Veröffentlicht unter', 'Abgelegt unter', 'Abgelegt in', 'Kategorisiert in', 'Verschlagwortet mit', 'Getaggt mit', 'Verschlagwortet'] },
  { lang: 'fr', phrases: ['Publié dans', 'Classé dans', 'Posté dans', 'Catégorisé dans', 'Étiqueté', 'Tagué', 'Marqué avec', 'Étiqueté avec'] },
  { lang: 'es', phrases: ['Publicado en', 'Archivado en', 'Categorizado en', 'Etiquetado con', 'Etiquetado'] },
  { lang: 'pt', phrases: ['Publicado em', 'Arquivado em', 'Categorizado em', 'Categorizado como', 'Marcado com', 'Etiquetado com'] },
  { lang: 'it', phrases: ['Pubblicato in', 'Archiviato in', 'Categorizzato come', 'Contrassegnato da', 'Taggato con'] },
  { lang: 'nl', phrases: ['Geplaatst in', 'Geplaatst onder', 'Gearchiveerd onder', 'Getagd met', 'Getagd'] },
  { lang: 'pl', phrases: ['Opublikowano w', 'Opublikowano w kategorii', 'Otagowano', 'Tagi'] },
  { lang: 'sv', phrases: ['Publicerat i', 'Publicerad i', 'Postat i', 'Taggad med', 'Taggat med'] },
  { lang: 'da', phrases: ['Udgivet i', 'Slået op i', 'Tagget med'] },
  { lang: 'no', phrases: ['Publisert i', 'Postet i', 'Merket med'] },
  { lang: 'cs', phrases: ['Publikováno v', 'Zveřejněno v', 'Rubrika'] },
  { lang: 'ro', phrases: ['Publicat în', 'Publicat in', 'Etichetat cu'] },
  { lang: 'ru', phrases: ['Опубликовано в рубрике', 'Рубрика', 'Метки'] },
  { lang: 'id', phrases: ['Diposting di', 'Diposting dalam', 'Ditandai'] },
  { lang: 'uk', phrases: ['Опубліковано в категорії'] },
  { lang: 'fi', phrases: ['Tallennettu kategorioihin', 'Avainsanoina'] },
  { lang: 'el', phrases: ['Δημοσιεύθηκε στη'] },
  { lang: 'vi', phrases: ['Đăng tải tại'] },
];

/**
 * WordPress's post meta written out as sentences under the post ("This entry was posted in News
 * and tagged budget. Bookmark the permalink."; Kubrick's "This entry was posted on <date> and is
 * filed under …"), in the translations of the default themes. Each phrase opens the line; `{x}`
 * is the categories, tags, date or author that fill it.
 */
export const entryMeta: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['This entry was posted in {x}', 'This entry was posted on {x}', 'This entry was posted by {x}', 'This entry is filed under {x}', 'This entry was filed under {x}', 'This post was posted in {x}', 'Bookmark the permalink', 'You can follow any responses to this entry through the RSS 2.0 feed', 'This entry was tagged {x}'] },
  { lang: 'de', phrases: ['Dieser Beitrag wurde unter {x} veröffentlicht', 'Dieser Eintrag wurde veröffentlicht in {x}', 'Dieser Eintrag wurde unter {x} veröffentlicht', 'Dieser Eintrag wurde am {x}', 'Setze ein Lesezeichen auf den Permalink', 'Lesezeichen für den Permalink'] },
  { lang: 'fr', phrases: ['Ce contenu a été publié dans {x}', 'Cette entrée a été publiée dans {x}', 'Cet article a été publié dans {x}', 'Ce billet a été publié dans {x}', 'Vous pouvez le mettre en favoris avec ce permalien', 'Vous pouvez la mettre en favoris avec ce permalien', 'Mettez-le en favori avec son permalien'] },
  { lang: 'es', phrases: ['Esta entrada fue publicada en {x}', 'Esta entrada se publicó en {x}', 'Esta entrada ha sido publicada en {x}', 'Guarda el enlace permanente', 'Marcar el permalink', 'Añade a favoritos el enlace permanente'] },
  { lang: 'pt', phrases: ['Esta entrada foi publicada em {x}', 'Este post foi publicado em {x}', 'Esse post foi publicado em {x}', 'Este artigo foi publicado em {x}', 'Adicione o link permanente aos seus favoritos', 'Marque o link permanente', 'Guarde o link permanente'] },
  { lang: 'it', phrases: ['Questa voce è stata pubblicata in {x}', 'Questo articolo è stato pubblicato in {x}', 'Questa voce è stata pubblicata il {x}', 'Contrassegna il permalink', 'Aggiungi ai preferiti il permalink'] },
  { lang: 'nl', phrases: ['Dit bericht is geplaatst in {x}', 'Dit item is geplaatst in {x}', 'Dit bericht werd geplaatst in {x}', 'Bookmark de permalink'] },
  { lang: 'pl', phrases: ['Ten wpis został opublikowany w kategorii {x}', 'Wpis został opublikowany w kategorii {x}', 'Ten wpis został opublikowany {x}', 'Dodaj do zakładek bezpośredni odnośnik', 'Dodaj zakładkę do bezpośredniego odnośnika'] },
  { lang: 'ru', phrases: ['Запись опубликована в рубрике {x}', 'Эта запись была опубликована в рубрике {x}', 'Эта запись опубликована в рубрике {x}', 'Добавьте в закладки постоянную ссылку'] },
  { lang: 'uk', phrases: ['Запис опубліковано в рубриці {x}', 'Цей запис опубліковано в рубриці {x}', 'Додати в закладки постійне посилання', 'Опубліковано у {x}. Додати до закладок', 'Опубліковано у {x} | Теґи:', 'Додати в закладки: постійне посилання'] },
  { lang: 'sv', phrases: ['Det här inlägget postades i {x}', 'Detta inlägg publicerades i {x}', 'Detta inlägg postades i {x}', 'Bokmärk permalänken', 'Det här inlägget publicerades i {x}'] },
  { lang: 'da', phrases: ['Dette indlæg blev udgivet i {x}', 'Dette indlæg er udgivet i {x}', 'Bogmærk permalinket'] },
  { lang: 'no', phrases: ['Dette innlegget ble publisert i {x}', 'Dette innlegget ble postet i {x}', 'Bokmerk permalenken'] },
  { lang: 'fi', phrases: ['Tämä artikkeli on julkaistu kategoriassa {x}', 'Tämä merkintä julkaistiin kategoriassa {x}', 'Lisää kestolinkki kirjanmerkkeihin', 'Tämä artikkeli julkaistiin kategoriassa {x}', 'Tämä kirjoitus julkaistiin kategoriassa {x}', 'Kategoria(t): {x}', 'Lisää kestolinkki kirjanmerkkeihisi'] },
  { lang: 'cs', phrases: ['Příspěvek byl publikován v rubrice {x}', 'Tento příspěvek byl publikován v rubrice {x}', 'Záložka pro trvalý odkaz'] },
  { lang: 'ro', phrases: ['Acest articol a fost publicat în {x}', 'Această intrare a fost publicată în {x}', 'Adaugă legătura permanentă la favorite'] },
  { lang: 'tr', phrases: ['Bu yazı {x} kategorisine gönderildi', 'Bu yazı {x} içinde yayınlandı', 'Kalıcı bağlantıyı yer imlerinize ekleyin', 'Bu yazı {x} kategorisine gönderilmiş'] },
  { lang: 'id', phrases: ['Tulisan ini dipublikasikan di {x}', 'Entri ini ditulis dalam {x}', 'Entri ini dikirim dalam {x}', 'Tandai permalink'] },
  { lang: 'zh', phrases: ['此条目发表在{x}', '此條目發表於{x}', '收藏本文的固定链接', '将固定链接加入收藏夹'] },
  { lang: 'ja', phrases: ['この投稿は{x}に分類されています', 'パーマリンクをブックマークする'] },
  { lang: 'vi', phrases: ['Bài này đã được đăng trong {x}', 'Bài viết này được đăng trong {x}', 'Đánh dấu đường dẫn tĩnh'] },
  { lang: 'el', phrases: ['Δημοσιεύθηκε στην {x}. Αποθηκεύστε τον μόνιμο σύνδεσμο', 'Δημοσιεύθηκε στην {x} και χαρακτηρίσθηκε', 'Αποθηκεύστε τον μόνιμο σύνδεσμο'] },
];

/**
 * The same taxonomy labels as some themes print them, with no colon ("Tags ferry, harbour",
 * "태그 …", "タグ …"): only the words that name tags, since "Topics" or "Category" with no colon
 * open sentences. Read only before a short list of terms.
 */
export const bareTagLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Tags', 'Keywords', 'Tagged'] },
  { lang: 'de', phrases: ['Tags', 'Schlagwörter', 'Schlagworte', 'Stichwörter'] },
  { lang: 'fr', phrases: ['Tags', 'Étiquettes', 'Mots-clés', 'Mots clés'] },
  { lang: 'es', phrases: ['Etiquetas', 'Tags', 'Palabras clave'] },
  { lang: 'pt', phrases: ['Tags', 'Etiquetas', 'Marcadores', 'Palavras-chave'] },
  { lang: 'it', phrases: ['Tag', 'Tags', 'Etichette', 'Parole chiave'] },
  { lang: 'nl', phrases: ['Tags', 'Trefwoorden'] },
  { lang: 'pl', phrases: ['Tagi', 'Słowa kluczowe'] },
  { lang: 'sv', phrases: ['Taggar', 'Nyckelord'] },
  { lang: 'da', phrases: ['Tags', 'Nøgleord'] },
  { lang: 'no', phrases: ['Stikkord', 'Emneknagger'] },
  { lang: 'fi', phrases: ['Avainsanat', 'Tagit', 'Tunnisteet'] },
  { lang: 'cs', phrases: ['Štítky', 'Klíčová slova'] },
  { lang: 'ru', phrases: ['Теги', 'Тэги', 'Метки', 'Ключевые слова'] },
  { lang: 'uk', phrases: ['Теги', 'Мітки', 'Ключові слова', 'Позначки'] },
  { lang: 'tr', phrases: ['Etiketler', 'Anahtar kelimeler'] },
  { lang: 'id', phrases: ['Tag', 'Tags', 'Kata kunci'] },
  { lang: 'vi', phrases: ['Thẻ', 'Từ khóa', 'Từ khoá'] },
  { lang: 'ar', phrases: ['الوسوم', 'وسوم', 'الكلمات المفتاحية'] },
  { lang: 'ko', phrases: ['태그', '키워드'] },
  { lang: 'ja', phrases: ['タグ', 'キーワード'] },
  { lang: 'zh', phrases: ['标签', '標籤', '关键词', '關鍵字'] },
];
