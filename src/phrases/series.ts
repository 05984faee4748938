import type { PhraseSet } from './match.js';

/**
 * The numbered series notice a series plugin prints over or under each post ("This entry is part
 * 4 of 4 in the series Drupal Tips", Organize Series and its kin), in their translations. `{n}` and
 * `{m}` are the part and the count, written as numbers; `{series}` is the series' name.
 */
export const seriesNotices: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['This entry is part {n} of {m} in the series {series}', 'This post is part {n} of {m} in the series {series}', 'This article is part {n} of {m} in the series {series}', 'This entry is part {n} of {m} of the series {series}', 'This post is part {n} of {m} of the series {series}', 'This entry is part {n} of {m} in the {series} series', 'This post is part {n} of {m} in the {series} series', 'Part {n} of {m} in the series {series}', 'This entry is part {n} of {m} in the series'] },
  { lang: 'de', phrases: ['Dieser Eintrag ist Teil {n} von {m} der Serie {series}', 'Dieser Eintrag ist Teil {n} von {m} in der Serie {series}', 'Dieser Beitrag ist Teil {n} von {m} der Serie {series}', 'Dieser Beitrag ist Teil {n} von {m} in der Serie {series}', 'Dieser Artikel ist Teil {n} von {m} der Serie {series}', 'Dieser Artikel ist Teil {n} von {m} in der Serie {series}', 'Teil {n} von {m} der Serie {series}'] },
  { lang: 'fr', phrases: ['Cet article est la partie {n} sur {m} de la série {series}', 'Cet article est la partie {n} de {m} de la série {series}', 'Cette entrée est la partie {n} sur {m} de la série {series}', 'Cette entrée est la partie {n} de {m} dans la série {series}', 'Ce billet est la partie {n} sur {m} de la série {series}', 'Partie {n} sur {m} de la série {series}'] },
  { lang: 'es', phrases: ['Esta entrada es la parte {n} de {m} en la serie {series}', 'Esta entrada es la parte {n} de {m} de la serie {series}', 'Este artículo es la parte {n} de {m} de la serie {series}', 'Este artículo es la parte {n} de {m} en la serie {series}', 'Parte {n} de {m} de la serie {series}'] },
  { lang: 'pt', phrases: ['Esta entrada é a parte {n} de {m} da série {series}', 'Este post é a parte {n} de {m} da série {series}', 'Este artigo é a parte {n} de {m} da série {series}', 'Este artigo é a parte {n} de {m} na série {series}', 'Parte {n} de {m} da série {series}'] },
  { lang: 'it', phrases: ['Questo articolo è la parte {n} di {m} della serie {series}', 'Questo articolo è parte {n} di {m} della serie {series}', 'Questa voce è la parte {n} di {m} della serie {series}', 'Questo post è la parte {n} di {m} della serie {series}', 'Parte {n} di {m} della serie {series}'] },
  { lang: 'nl', phrases: ['Dit bericht is deel {n} van {m} in de serie {series}', 'Dit artikel is deel {n} van {m} in de serie {series}', 'Dit bericht is deel {n} van {m} uit de serie {series}', 'Deel {n} van {m} in de serie {series}'] },
  { lang: 'pl', phrases: ['Ten wpis jest częścią {n} z {m} w serii {series}', 'Ten wpis jest częścią {n} z {m} serii {series}', 'Ten artykuł jest częścią {n} z {m} w serii {series}', 'Część {n} z {m} serii {series}'] },
  { lang: 'sv', phrases: ['Detta inlägg är del {n} av {m} i serien {series}', 'Det här inlägget är del {n} av {m} i serien {series}', 'Del {n} av {m} i serien {series}'] },
  { lang: 'da', phrases: ['Dette indlæg er del {n} af {m} i serien {series}', 'Del {n} af {m} i serien {series}'] },
  { lang: 'no', phrases: ['Dette innlegget er del {n} av {m} i serien {series}', 'Del {n} av {m} i serien {series}'] },
  { lang: 'cs', phrases: ['Tento příspěvek je částí {n} z {m} v seriálu {series}', 'Tento článek je {n}. částí z {m} seriálu {series}', 'Část {n} z {m} seriálu {series}'] },
  { lang: 'ru', phrases: ['Эта запись является частью {n} из {m} в серии {series}', 'Эта статья является частью {n} из {m} в серии {series}', 'Эта запись — часть {n} из {m} в серии {series}', 'Часть {n} из {m} в серии {series}'] },
  { lang: 'uk', phrases: ['Цей запис є частиною {n} з {m} у серії {series}', 'Ця стаття є частиною {n} з {m} у серії {series}', 'Частина {n} з {m} у серії {series}'] },
  { lang: 'tr', phrases: ['Bu yazı {series} serisinin {m} bölümünden {n}. bölümdür', 'Bu yazı {series} serisinin {n}. bölümüdür'] },
  { lang: 'id', phrases: ['Tulisan ini adalah bagian {n} dari {m} dalam seri {series}', 'Artikel ini adalah bagian {n} dari {m} dalam seri {series}'] },
];
