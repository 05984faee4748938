import type { PhraseSet } from './match.js';

/**
 * "Read more" link texts that themes, Blogger, aggregators and news sites print after an excerpt,
 * alone on a line or at the end of the last paragraph ("… Läs vidare →"). `{post}` is the post's
 * title, which some themes repeat in the link ("„Titel“ weiterlesen", "Continue reading %Title%").
 * `excerpt`: the link says the feed carries only the start of the post, so the body is truncated.
 */
export const readMore: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Read more', 'Read the full story', 'Read the full article', 'Read the full post', 'Keep reading', 'Continue reading', 'Read the rest of this entry', 'Read the rest of this post', 'Click here to read more', 'Click to read more', 'Read full article', 'Read full story', 'Read the whole story', 'Continue reading %{post}%'] },
  { lang: 'de', phrases: ['Weiterlesen', 'Mehr lesen', 'Mehr erfahren', 'Lesen Sie mehr', 'Zum Artikel', 'Ganzen Artikel lesen', 'Den ganzen Artikel lesen', '"{post}" weiterlesen'] },
  { lang: 'fr', phrases: ['Lire la suite', 'Lire plus', "Lire l'article", "Lire l'article complet", 'En savoir plus', 'Continuer la lecture'] },
  { lang: 'es', phrases: ['Leer más', 'Seguir leyendo', 'Sigue leyendo', 'Continuar leyendo', 'Leer artículo completo', 'Leer la noticia completa'] },
  { lang: 'pt', phrases: ['Leia mais', 'Ler mais', 'Continue lendo', 'Continuar lendo', 'Continuar a ler', 'Saiba mais', 'Leia a matéria completa'] },
  { lang: 'it', phrases: ['Continua a leggere', 'Leggi tutto', 'Leggi di più', "Leggi l'articolo completo"] },
  { lang: 'pl', phrases: ['Czytaj dalej', 'Czytaj więcej', 'Czytaj całość', 'Przeczytaj więcej'] },
  { lang: 'nl', phrases: ['Lees meer', 'Lees verder', 'Verder lezen', 'Lees het hele artikel'] },
  { lang: 'sv', phrases: ['Läs mer', 'Läs vidare', 'Läs hela artikeln', 'Fortsätt läsa'] },
  { lang: 'da', phrases: ['Læs mere', 'Læs videre', 'Læs hele artiklen'] },
  { lang: 'no', phrases: ['Les mer', 'Les videre', 'Les hele saken'] },
  { lang: 'fi', phrases: ['Lue lisää', 'Jatka lukemista'] },
  { lang: 'cs', phrases: ['Číst dále', 'Číst více', 'Pokračovat ve čtení'] },
  { lang: 'ro', phrases: ['Citește mai mult', 'Citeste mai mult'] },
  { lang: 'hu', phrases: ['Tovább olvasom', 'Bővebben'] },
  { lang: 'ru', phrases: ['Читать далее', 'Читать дальше', 'Подробнее', 'Читать полностью'] },
  { lang: 'uk', phrases: ['Читати далі', 'Детальніше', 'Читати повністю'] },
  { lang: 'tr', phrases: ['Devamını oku', 'Haberin devamı'] },
  { lang: 'id', phrases: ['Baca selengkapnya', 'Baca juga'] },
  { lang: 'ms', phrases: ['Baca lagi', 'Teruskan membaca'] },
  { lang: 'ja', phrases: ['続きを読む', 'もっと読む', '続きはこちら'] },
  { lang: 'zh', phrases: ['阅读全文', '閱讀全文', '阅读更多', '閱讀更多', '查看全文', '继续阅读', '繼續閱讀'] },
  { lang: 'ko', phrases: ['더 보기', '더보기', '계속 읽기'] },
];
