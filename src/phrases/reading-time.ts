/**
 * A post's reading time as themes and platforms print it: a label, or words after the count ("5
 * min read", "Reading time: 5 minutes", "Lesezeit: 4 Minuten", "Temps de lecture : 3 min"), by
 * language. `labels` come before the count, `units` name the minutes, `after` may follow them.
 */
export const readingTime: Readonly<Record<string, { labels: readonly string[]; units: readonly string[]; after: readonly string[] }>> = {
  en: { labels: ['reading time', 'estimated reading time', 'read time', 'time to read'], units: ['min', 'mins', 'minute', 'minutes'], after: ['read', 'reading', 'to read'] },
  de: { labels: ['lesezeit', 'lesedauer', 'geschätzte lesezeit'], units: ['min', 'minute', 'minuten'], after: ['lesezeit', 'lesedauer'] },
  fr: { labels: ['temps de lecture', 'durée de lecture', 'lecture'], units: ['min', 'minute', 'minutes'], after: ['de lecture'] },
  es: { labels: ['tiempo de lectura', 'lectura'], units: ['min', 'minuto', 'minutos'], after: ['de lectura'] },
  pt: { labels: ['tempo de leitura', 'leitura'], units: ['min', 'minuto', 'minutos'], after: ['de leitura'] },
  it: { labels: ['tempo di lettura', 'lettura'], units: ['min', 'minuto', 'minuti'], after: ['di lettura'] },
  nl: { labels: ['leestijd'], units: ['min', 'minuut', 'minuten'], after: ['leestijd', 'lezen'] },
  pl: { labels: ['czas czytania', 'czas lektury'], units: ['min', 'minuta', 'minuty', 'minut'], after: ['czytania'] },
  ru: { labels: ['время чтения', 'время прочтения'], units: ['мин', 'минута', 'минуты', 'минут'], after: ['чтения'] },
  tr: { labels: ['okuma süresi'], units: ['dk', 'dakika'], after: ['okuma', 'okuma süresi'] },
  sv: { labels: ['lästid'], units: ['min', 'minut', 'minuter'], after: ['lästid', 'läsning'] },
  da: { labels: ['læsetid'], units: ['min', 'minut', 'minutter'], after: ['læsetid', 'læsning'] },
  fi: { labels: ['lukuaika'], units: ['min', 'minuutti', 'minuuttia'], after: ['lukuaika'] },
  zh: { labels: ['阅读时间', '閱讀時間', '预计阅读时间'], units: ['分钟', '分鐘'], after: ['阅读', '閱讀'] },
  ja: { labels: ['読了時間', '読む時間'], units: ['分'], after: ['で読めます'] },
  ko: { labels: ['읽는 시간', '읽기 시간'], units: ['분'], after: ['소요'] },
};
