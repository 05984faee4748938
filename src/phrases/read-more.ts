import type { PhraseSet } from './match.js';

/**
 * "Read more" link texts that themes, Blogger, aggregators and news sites print after an excerpt,
 * alone on a line or at the end of the last paragraph ("… Läs vidare →"), and their pointers whose
 * link was the word "here" ("See story here.", "Lire l'article ici"). `{post}` is the post's
 * title, which some themes repeat in the link ("„Titel“ weiterlesen", "Continue reading %Title%").
 * `excerpt`: the link says the feed carries only the start of the post, so the body is truncated.
 * No phrase ends on its placeholder: the family's test of a line's last characters (ends.ts) would
 * then pass every line, and each would be searched for every phrase.
 */
export const readMore: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Read more', 'For more', 'See more', 'Read the full story', 'Read the full article', 'Read the full post', 'Keep reading', 'Continue reading', 'Read the rest of this entry', 'Read the rest of this post', 'Click here to read more', 'Click to read more', 'Read full article', 'Read full story', 'Read the whole story', 'Continue reading %{post}%', 'Continue reading "{post}"', 'Read more "{post}"', 'Read the rest', 'Read more here', 'View full article', 'Full story', 'Read the whole thing', 'Read on', 'See story here', 'See the story here', 'See full story here', 'See the full story here', 'Read the story here', 'Read the full story here', 'Full story here', 'Read the full article here', 'Read the article here'] },
  { lang: 'de', phrases: ['Weiterlesen', 'Mehr lesen', 'Mehr erfahren', 'Lesen Sie mehr', 'Zum Artikel', 'Ganzen Artikel lesen', 'Den ganzen Artikel lesen', '"{post}" weiterlesen', 'Weiter lesen', 'Hier weiterlesen', 'Artikel lesen', 'Zum ganzen Artikel', 'Zum vollständigen Artikel', 'Mehr dazu', 'Beitrag lesen', 'Weiterlesen "{post}"', 'Artikel weiterlesen', 'Lesen Sie hier weiter', 'Den ganzen Artikel gibt es hier', 'Den vollständigen Artikel gibt es hier', 'Zum Artikel geht es hier'] },
  { lang: 'fr', phrases: ['Lire la suite', 'Lire plus', "Lire l'article", "Lire l'article complet", 'En savoir plus', 'Continuer la lecture', 'Continuer la lecture de "{post}"', 'Continuer à lire', 'Lire la suite de l\'article', 'Lire la suite de "{post}"', 'Voir la suite', "Lire l'intégralité de l'article", 'Continuer la lecture de', "Lire l'article ici", "Lire l'article complet ici", "Voir l'article ici"] },
  { lang: 'es', phrases: ['Leer más', 'Seguir leyendo', 'Sigue leyendo', 'Continuar leyendo', 'Leer artículo completo', 'Leer la noticia completa', 'Continúa leyendo', 'Continuar leyendo "{post}"', 'Seguir leyendo "{post}"', 'Leer el artículo completo', 'Leer la entrada completa', 'Ver más', 'Lee más', 'Lee la noticia completa', 'Lee el artículo completo', 'Lee la noticia aquí', 'Lee la noticia completa aquí', 'Ver la noticia aquí', 'Lee el artículo completo aquí'] },
  { lang: 'pt', phrases: ['Leia mais', 'Ler mais', 'Continue lendo', 'Continuar lendo', 'Continuar a ler', 'Saiba mais', 'Leia a matéria completa', 'Continuar lendo "{post}"', 'Continue lendo "{post}"', 'Continuar a ler "{post}"', 'Leia o artigo completo', 'Leia a notícia completa', 'Ler artigo completo', 'Ver mais', 'Leia a matéria aqui', 'Veja a matéria aqui', 'Leia a matéria completa aqui'] },
  { lang: 'it', phrases: ['Continua a leggere', 'Leggi tutto', 'Leggi di più', "Leggi l'articolo completo", 'Continua a leggere "{post}"', 'Leggi il resto', "Leggi l'articolo", 'Leggi la notizia completa', 'Scopri di più', "Leggi l'articolo qui", 'Leggi la notizia qui', "Leggi l'articolo completo qui"] },
  { lang: 'pl', phrases: ['Czytaj dalej', 'Czytaj więcej', 'Czytaj całość', 'Przeczytaj więcej', 'Czytaj dalej "{post}"', 'Przeczytaj cały artykuł', 'Czytaj cały artykuł', 'Więcej'] },
  { lang: 'nl', phrases: ['Lees meer', 'Lees verder', 'Verder lezen', 'Lees het hele artikel', 'Verder lezen "{post}"', 'Lees verder "{post}"', 'Lees het volledige artikel', 'Lees het hele bericht', 'Meer lezen'] },
  { lang: 'sv', phrases: ['Läs mer', 'Läs vidare', 'Läs hela artikeln', 'Fortsätt läsa', 'Fortsätt läsa "{post}"', 'Läs hela inlägget'] },
  { lang: 'da', phrases: ['Læs mere', 'Læs videre', 'Læs hele artiklen', 'Fortsæt læsning', 'Fortsæt med at læse', 'Læs resten'] },
  { lang: 'no', phrases: ['Les mer', 'Les videre', 'Les hele saken', 'Les hele artikkelen', 'Fortsett å lese', 'Fortsett lesing'] },
  { lang: 'fi', phrases: ['Lue lisää', 'Jatka lukemista', 'Lue koko artikkeli', 'Lue koko juttu', 'Lue loppuun', 'Jatka artikkeliin'] },
  { lang: 'cs', phrases: ['Číst dále', 'Číst více', 'Pokračovat ve čtení', 'Pokračovat ve čtení "{post}"', 'Celý článek', 'Přečtěte si celý článek', 'Zobrazit celý článek', 'Číst dál', 'Číst celý článek', 'Více', 'Pokračování textu'] },
  { lang: 'ro', phrases: ['Citește mai mult', 'Citeste mai mult', 'Citește mai departe', 'Citeste mai departe', 'Citește tot articolul', 'Citeste tot articolul', 'Citește articolul complet', 'Continuă lectura', 'Continuă să citești'] },
  { lang: 'hu', phrases: ['Tovább olvasom', 'Bővebben', 'Tovább', 'Olvass tovább', 'Olvasson tovább', 'Tovább olvasok', 'Teljes cikk', 'A teljes cikk', 'Tovább a cikkhez'] },
  { lang: 'ru', phrases: ['Читать далее', 'Читать дальше', 'Подробнее', 'Читать полностью', 'Продолжить чтение', 'Читать далее "{post}"', 'Читать статью полностью', 'Читать подробнее'] },
  { lang: 'uk', phrases: ['Читати далі', 'Детальніше', 'Читати повністю', 'Читати більше', 'Продовжити читання', 'Читати далі "{post}"', 'Докладніше', 'Продовжувати читання'] },
  { lang: 'tr', phrases: ['Devamını oku', 'Haberin devamı', 'Devamını okuyun', 'Devamı', 'Devamı için tıklayın', 'Devamını okumak için tıklayın', 'Haberin devamı için tıklayın', 'Daha fazla oku', 'Tamamını oku', 'Okumaya devam et'] },
  { lang: 'id', phrases: ['Baca selengkapnya', 'Baca juga', 'Selengkapnya', 'Lanjutkan membaca', 'Baca artikel selengkapnya', 'Baca berita selengkapnya', 'Lanjut baca', 'Baca selengkapnya di sini', 'Lanjut membaca', 'Lanjutkan baca'] },
  { lang: 'ms', phrases: ['Baca lagi', 'Teruskan membaca', 'Baca selanjutnya', 'Baca seterusnya', 'Teruskan bacaan'] },
  { lang: 'ja', phrases: ['続きを読む', 'もっと読む', '続きはこちら', 'つづきを読む', '続きを見る', '記事を読む', '記事の続きを読む', '全文を読む', '続きをみる', '記事全文を読む', '記事の全文を読む', '全文を表示'] },
  { lang: 'zh', phrases: ['阅读原文', '閱讀原文', '阅读全文', '閱讀全文', '阅读更多', '閱讀更多', '查看全文', '继续阅读', '繼續閱讀', '点击阅读全文', '點擊閱讀全文', '展开全文', '展開全文', '查看更多', '閱讀更多內容'] },
  { lang: 'ko', phrases: ['더 보기', '더보기', '계속 읽기', '더 읽기', '자세히 보기', '기사 전문 보기', '전체 기사 보기', '기사 더보기', '원문 보기', '계속 읽기 "{post}"'] },
  { lang: 'vi', phrases: ['Đọc tiếp', 'Đọc thêm', 'Xem thêm', 'Xem chi tiết', 'Đọc toàn bộ bài viết', 'Xem toàn bộ bài viết', 'Đọc bài viết đầy đủ', 'Tiếp tục đọc'] },
  { lang: 'hi', phrases: ['और पढ़ें', 'आगे पढ़ें', 'पूरा पढ़ें', 'पूरी खबर पढ़ें', 'विस्तार से पढ़ें', 'पूरा लेख पढ़ें', 'अधिक पढ़ें', 'पढ़ना जारी रखे'] },
  { lang: 'ar', phrases: ['اقرأ المزيد', 'إقرأ المزيد', 'اقرأ المزيد من', 'تابع القراءة', 'أكمل القراءة', 'متابعة القراءة', 'اقرأ المقال كاملا', 'اقرأ المقال كاملاً', 'اقرأ الخبر كاملا', 'المزيد', 'متابعة قراءة'] },
  { lang: 'el', phrases: ['Διαβάστε περισσότερα', 'Συνέχεια ανάγνωσης', 'Διαβάστε ολόκληρο το άρθρο', 'Συνεχίστε την ανάγνωση'] },
  { lang: 'he', phrases: ['קרא עוד', 'המשך קריאה', 'להמשך קריאה', 'להמשיך לקרוא'] },
  { lang: 'sk', phrases: ['Pokračovať v čítaní'] },
  { lang: 'ca', phrases: ['Continua la lectura de'] },
  { lang: 'fa', phrases: ['ادامه خواندن'] },
  { lang: 'th', phrases: ['อ่านเพิ่มเติม'] },
];

/**
 * The "Continue reading" link of Twenty Fifteen and the themes built like it, with the post's title
 * after it: the theme puts the title in screen-reader text, which a feed reader or a copy keeps
 * ("… Sigue leyendo <Title>"). `{post}` is the title; the link follows the excerpt's ellipsis.
 */
export const readMoreTitled: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Continue reading {post}'] },
  { lang: 'de', phrases: ['{post} weiterlesen'] },
  { lang: 'fr', phrases: ['Continuer la lecture de {post}'] },
  { lang: 'es', phrases: ['Sigue leyendo {post}'] },
  { lang: 'pt', phrases: ['Continuar lendo {post}'] },
  { lang: 'ru', phrases: ['Читать далее {post}'] },
  { lang: 'uk', phrases: ['Продовжувати читання {post}'] },
  { lang: 'ro', phrases: ['Continuă să citești {post}'] },
  { lang: 'cs', phrases: ['Pokračování textu {post}'] },
  { lang: 'sk', phrases: ['Pokračovať v čítaní: {post}'] },
  { lang: 'bg', phrases: ['Нататък {post}'] },
  { lang: 'fi', phrases: ['Jatka artikkeliin {post}'] },
  { lang: 'el', phrases: ['Συνεχίστε την ανάγνωση {post}'] },
  { lang: 'ca', phrases: ['Continua la lectura de {post}'] },
  { lang: 'vi', phrases: ['Đọc tiếp {post}'] },
  { lang: 'ar', phrases: ['متابعة قراءة {post}'] },
  { lang: 'he', phrases: ['להמשיך לקרוא {post}'] },
  { lang: 'fa', phrases: ['ادامه خواندن {post}'] },
  { lang: 'hi', phrases: ['पढ़ना जारी रखे {post}'] },
  { lang: 'th', phrases: ['อ่านเพิ่มเติม {post}'] },
  { lang: 'ko', phrases: ['{post} 더보기'] },
  { lang: 'ja', phrases: ['続きを読む {post}'] },
];
