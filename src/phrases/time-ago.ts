/**
 * A post's age as blogs and news sites print it under the headline or the byline: WordPress's
 * human_time_diff() in its translations, and the news CMSs' "3 hours ago". A line of its own, or
 * the end of a byline row ("Par Jane Doe · il y a 2 heures").
 *
 * Each language: `ago`, the construction, `{n}` standing for the count and the unit ("il y a {n}",
 * "{n} fa"); `one`, the words that count one ("une heure"); `units`, each unit's forms (singular,
 * plural and the cases the construction takes) and its length in seconds; `vague`, the month and
 * year forms, which say the line is an age but give no day (a wrong day is worse than none);
 * `yesterday`, the word alone. `tight`: the count and the unit may touch ("3天前", "2시간 전").
 * `bare`: the unit alone counts one ("час назад", "před hodinou", "לפני שעה").
 * English is the parser's own (src/metadata/dates/parse.ts) and is not repeated here.
 */
export interface AgoSet {
  readonly lang: string;
  readonly ago: readonly string[];
  readonly one: readonly string[];
  readonly units: Readonly<Record<string, number>>;
  readonly vague: readonly string[];
  readonly yesterday: readonly string[];
  readonly tight?: boolean;
  readonly bare?: boolean;
}

const MIN = 60;
const HOUR = 3600;
const DAY = 86400;
const WEEK = 604800;

/** Each form of a unit, with its length. */
const forms = (seconds: number, ...words: string[]): Record<string, number> => Object.fromEntries(words.map((w) => [w, seconds]));

export const timeAgo: readonly AgoSet[] = [
  {
    lang: 'fr',
    ago: ['il y a {n}'],
    one: ['un', 'une'],
    units: { ...forms(1, 'seconde', 'secondes', 's'), ...forms(MIN, 'minute', 'minutes', 'min', 'mn'), ...forms(HOUR, 'heure', 'heures', 'h'), ...forms(DAY, 'jour', 'jours', 'j'), ...forms(WEEK, 'semaine', 'semaines') },
    vague: ['mois', 'an', 'ans', 'année', 'années'],
    yesterday: ['hier'],
  },
  {
    lang: 'de',
    ago: ['vor {n}'],
    one: ['einer', 'einem'],
    units: { ...forms(1, 'Sekunde', 'Sekunden', 'Sek.'), ...forms(MIN, 'Minute', 'Minuten', 'Min.'), ...forms(HOUR, 'Stunde', 'Stunden', 'Std.'), ...forms(DAY, 'Tag', 'Tagen'), ...forms(WEEK, 'Woche', 'Wochen') },
    vague: ['Monat', 'Monaten', 'Jahr', 'Jahren'],
    yesterday: ['gestern'],
  },
  {
    lang: 'es',
    ago: ['hace {n}'],
    one: ['un', 'una'],
    units: { ...forms(1, 'segundo', 'segundos', 's'), ...forms(MIN, 'minuto', 'minutos', 'min'), ...forms(HOUR, 'hora', 'horas', 'h'), ...forms(DAY, 'día', 'días'), ...forms(WEEK, 'semana', 'semanas') },
    vague: ['mes', 'meses', 'año', 'años'],
    yesterday: ['ayer'],
  },
  {
    lang: 'pt',
    ago: ['há {n}', 'ha {n}', '{n} atrás'],
    one: ['um', 'uma'],
    units: { ...forms(1, 'segundo', 'segundos', 's'), ...forms(MIN, 'minuto', 'minutos', 'min'), ...forms(HOUR, 'hora', 'horas', 'h'), ...forms(DAY, 'dia', 'dias'), ...forms(WEEK, 'semana', 'semanas') },
    vague: ['mês', 'meses', 'ano', 'anos'],
    yesterday: ['ontem'],
  },
  {
    lang: 'it',
    ago: ['{n} fa'],
    one: ['un', 'uno', 'una', "un'"],
    units: { ...forms(1, 'secondo', 'secondi'), ...forms(MIN, 'minuto', 'minuti', 'min'), ...forms(HOUR, 'ora', 'ore'), ...forms(DAY, 'giorno', 'giorni'), ...forms(WEEK, 'settimana', 'settimane') },
    vague: ['mese', 'mesi', 'anno', 'anni'],
    yesterday: ['ieri'],
  },
  {
    lang: 'nl',
    ago: ['{n} geleden'],
    one: ['een', 'één'],
    units: { ...forms(1, 'seconde', 'seconden', 'sec'), ...forms(MIN, 'minuut', 'minuten', 'min'), ...forms(HOUR, 'uur'), ...forms(DAY, 'dag', 'dagen'), ...forms(WEEK, 'week', 'weken') },
    vague: ['maand', 'maanden', 'jaar'],
    yesterday: ['gisteren'],
  },
  {
    lang: 'sv',
    ago: ['för {n} sedan', '{n} sedan'],
    one: ['en', 'ett'],
    units: { ...forms(1, 'sekund', 'sekunder'), ...forms(MIN, 'minut', 'minuter', 'min'), ...forms(HOUR, 'timme', 'timmar', 'tim'), ...forms(DAY, 'dag', 'dagar'), ...forms(WEEK, 'vecka', 'veckor') },
    vague: ['månad', 'månader', 'år'],
    yesterday: ['igår', 'i går'],
  },
  {
    lang: 'da',
    ago: ['for {n} siden', '{n} siden'],
    one: ['en', 'et'],
    units: { ...forms(1, 'sekund', 'sekunder'), ...forms(MIN, 'minut', 'minutter', 'min'), ...forms(HOUR, 'time', 'timer'), ...forms(DAY, 'dag', 'dage'), ...forms(WEEK, 'uge', 'uger') },
    vague: ['måned', 'måneder', 'år'],
    yesterday: ['i går', 'igår'],
  },
  {
    lang: 'no',
    ago: ['for {n} siden', '{n} siden'],
    one: ['en', 'ett', 'et'],
    units: { ...forms(1, 'sekund', 'sekunder'), ...forms(MIN, 'minutt', 'minutter', 'min'), ...forms(HOUR, 'time', 'timer'), ...forms(DAY, 'dag', 'dager'), ...forms(WEEK, 'uke', 'uker') },
    vague: ['måned', 'måneder', 'år'],
    yesterday: ['i går', 'igår'],
  },
  {
    lang: 'fi',
    ago: ['{n} sitten'],
    one: ['yksi'],
    units: { ...forms(1, 'sekunti', 'sekuntia'), ...forms(MIN, 'minuutti', 'minuuttia', 'min'), ...forms(HOUR, 'tunti', 'tuntia', 't'), ...forms(DAY, 'päivä', 'päivää', 'pv'), ...forms(WEEK, 'viikko', 'viikkoa', 'vk') },
    vague: ['kuukausi', 'kuukautta', 'vuosi', 'vuotta'],
    yesterday: ['eilen'],
  },
  {
    lang: 'pl',
    bare: true,
    ago: ['{n} temu'],
    one: ['jeden', 'jedną', 'jedna'],
    units: { ...forms(1, 'sekundę', 'sekundy', 'sekund', 's'), ...forms(MIN, 'minutę', 'minuty', 'minut', 'min'), ...forms(HOUR, 'godzinę', 'godziny', 'godzin', 'godz.', 'h'), ...forms(DAY, 'dzień', 'dni'), ...forms(WEEK, 'tydzień', 'tygodnie', 'tygodni') },
    vague: ['miesiąc', 'miesiące', 'miesięcy', 'rok', 'lata', 'lat'],
    yesterday: ['wczoraj'],
  },
  {
    lang: 'cs',
    bare: true,
    ago: ['před {n}'],
    one: ['jednou', 'jedním'],
    units: { ...forms(1, 'sekundou', 'sekundami'), ...forms(MIN, 'minutou', 'minutami', 'min'), ...forms(HOUR, 'hodinou', 'hodinami', 'h'), ...forms(DAY, 'dnem', 'dny'), ...forms(WEEK, 'týdnem', 'týdny') },
    vague: ['měsícem', 'měsíci', 'rokem', 'roky', 'lety'],
    yesterday: ['včera'],
  },
  {
    lang: 'sk',
    bare: true,
    ago: ['pred {n}'],
    one: ['jednou', 'jedným'],
    units: { ...forms(1, 'sekundou', 'sekundami'), ...forms(MIN, 'minútou', 'minútami', 'min'), ...forms(HOUR, 'hodinou', 'hodinami', 'h'), ...forms(DAY, 'dňom', 'dňami'), ...forms(WEEK, 'týždňom', 'týždňami') },
    vague: ['mesiacom', 'mesiacmi', 'rokom', 'rokmi'],
    yesterday: ['včera'],
  },
  {
    lang: 'ru',
    bare: true,
    ago: ['{n} назад'],
    one: ['одну', 'один', 'одна'],
    units: { ...forms(1, 'секунду', 'секунды', 'секунд', 'сек.', 'сек'), ...forms(MIN, 'минуту', 'минуты', 'минут', 'мин.', 'мин'), ...forms(HOUR, 'час', 'часа', 'часов', 'ч.', 'ч'), ...forms(DAY, 'день', 'дня', 'дней', 'дн.'), ...forms(WEEK, 'неделю', 'недели', 'недель', 'нед.') },
    vague: ['месяц', 'месяца', 'месяцев', 'год', 'года', 'лет'],
    yesterday: ['вчера'],
  },
  {
    lang: 'uk',
    bare: true,
    ago: ['{n} тому', '{n} назад'],
    one: ['одну', 'один', 'одна'],
    units: { ...forms(1, 'секунду', 'секунди', 'секунд', 'сек.'), ...forms(MIN, 'хвилину', 'хвилини', 'хвилин', 'хв.', 'хв'), ...forms(HOUR, 'годину', 'години', 'годин', 'год.'), ...forms(DAY, 'день', 'дні', 'днів'), ...forms(WEEK, 'тиждень', 'тижні', 'тижнів') },
    vague: ['місяць', 'місяці', 'місяців', 'рік', 'роки', 'років'],
    yesterday: ['вчора'],
  },
  {
    lang: 'tr',
    ago: ['{n} önce'],
    one: ['bir'],
    units: { ...forms(1, 'saniye', 'sn'), ...forms(MIN, 'dakika', 'dk'), ...forms(HOUR, 'saat', 'sa'), ...forms(DAY, 'gün'), ...forms(WEEK, 'hafta') },
    vague: ['ay', 'yıl', 'sene'],
    yesterday: ['dün'],
  },
  {
    lang: 'id',
    ago: ['{n} yang lalu', '{n} lalu'],
    one: ['satu'],
    units: { ...forms(1, 'detik'), ...forms(MIN, 'menit', 'mnt'), ...forms(HOUR, 'jam'), ...forms(DAY, 'hari'), ...forms(WEEK, 'minggu', 'pekan') },
    vague: ['bulan', 'tahun'],
    yesterday: ['kemarin'],
  },
  {
    lang: 'ms',
    ago: ['{n} yang lalu', '{n} lalu'],
    one: ['satu'],
    units: { ...forms(1, 'saat'), ...forms(MIN, 'minit'), ...forms(HOUR, 'jam'), ...forms(DAY, 'hari'), ...forms(WEEK, 'minggu') },
    vague: ['bulan', 'tahun'],
    yesterday: ['semalam'],
  },
  {
    lang: 'vi',
    ago: ['{n} trước'],
    one: ['một'],
    units: { ...forms(1, 'giây'), ...forms(MIN, 'phút'), ...forms(HOUR, 'giờ', 'tiếng'), ...forms(DAY, 'ngày'), ...forms(WEEK, 'tuần') },
    vague: ['tháng', 'năm'],
    yesterday: ['hôm qua'],
  },
  {
    lang: 'ro',
    ago: ['acum {n}', 'în urmă cu {n}'],
    one: ['o', 'un'],
    units: { ...forms(1, 'secundă', 'secunde'), ...forms(MIN, 'minut', 'minute', 'min'), ...forms(HOUR, 'oră', 'ore'), ...forms(DAY, 'zi', 'zile'), ...forms(WEEK, 'săptămână', 'săptămâni') },
    vague: ['lună', 'luni', 'an', 'ani'],
    yesterday: ['ieri'],
  },
  {
    lang: 'hu',
    // "2 órája" (its hours), or "2 órával ezelőtt".
    ago: ['{n}', '{n} ezelőtt'],
    one: ['egy'],
    units: { ...forms(1, 'másodperce', 'másodperccel'), ...forms(MIN, 'perce', 'perccel'), ...forms(HOUR, 'órája', 'órával'), ...forms(DAY, 'napja', 'nappal'), ...forms(WEEK, 'hete', 'héttel') },
    vague: ['hónapja', 'hónappal', 'éve', 'évvel'],
    yesterday: ['tegnap'],
  },
  {
    lang: 'el',
    ago: ['πριν από {n}', 'πριν {n}'],
    one: ['ένα', 'μία', 'μια'],
    units: { ...forms(1, 'δευτερόλεπτο', 'δευτερόλεπτα'), ...forms(MIN, 'λεπτό', 'λεπτά'), ...forms(HOUR, 'ώρα', 'ώρες'), ...forms(DAY, 'ημέρα', 'ημέρες', 'μέρα', 'μέρες'), ...forms(WEEK, 'εβδομάδα', 'εβδομάδες') },
    vague: ['μήνα', 'μήνες', 'χρόνο', 'χρόνια', 'έτος', 'έτη'],
    yesterday: ['χθες'],
  },
  {
    lang: 'zh',
    ago: ['{n}前', '{n} 前'],
    one: ['一'],
    units: { ...forms(1, '秒', '秒钟', '秒鐘'), ...forms(MIN, '分钟', '分鐘', '分'), ...forms(HOUR, '小时', '小時', '个小时', '個小時'), ...forms(DAY, '天', '日'), ...forms(WEEK, '周', '週', '星期', '个星期', '個星期') },
    vague: ['个月', '個月', '月', '年'],
    yesterday: ['昨天'],
    tight: true,
  },
  {
    lang: 'ja',
    ago: ['{n}前'],
    one: ['一'],
    units: { ...forms(1, '秒'), ...forms(MIN, '分'), ...forms(HOUR, '時間'), ...forms(DAY, '日'), ...forms(WEEK, '週間') },
    vague: ['か月', 'ヶ月', 'カ月', '年'],
    yesterday: ['昨日'],
    tight: true,
  },
  {
    lang: 'ko',
    ago: ['{n} 전', '{n}전'],
    one: ['한'],
    units: { ...forms(1, '초'), ...forms(MIN, '분'), ...forms(HOUR, '시간'), ...forms(DAY, '일'), ...forms(WEEK, '주') },
    vague: ['개월', '달', '년'],
    yesterday: ['어제'],
    tight: true,
  },
  {
    lang: 'ar',
    bare: true,
    ago: ['منذ {n}', 'قبل {n}'],
    one: ['واحدة', 'واحد'],
    units: { ...forms(1, 'ثانية', 'ثوان', 'ثواني'), ...forms(MIN, 'دقيقة', 'دقائق'), ...forms(HOUR, 'ساعة', 'ساعات'), ...forms(DAY, 'يوم', 'أيام', 'ايام'), ...forms(WEEK, 'أسبوع', 'أسابيع', 'اسبوع') },
    vague: ['شهر', 'أشهر', 'شهور', 'سنة', 'سنوات'],
    yesterday: ['أمس', 'امس'],
  },
  {
    lang: 'he',
    bare: true,
    ago: ['לפני {n}'],
    one: ['אחת', 'אחד'],
    units: { ...forms(1, 'שנייה', 'שניות'), ...forms(MIN, 'דקה', 'דקות'), ...forms(HOUR, 'שעה', 'שעות'), ...forms(DAY, 'יום', 'ימים'), ...forms(WEEK, 'שבוע', 'שבועות') },
    vague: ['חודש', 'חודשים', 'שנה', 'שנים'],
    yesterday: ['אתמול'],
  },
  {
    lang: 'hi',
    ago: ['{n} पहले'],
    one: ['एक'],
    units: { ...forms(1, 'सेकंड'), ...forms(MIN, 'मिनट'), ...forms(HOUR, 'घंटे', 'घंटा'), ...forms(DAY, 'दिन'), ...forms(WEEK, 'सप्ताह', 'हफ्ते', 'हफ़्ते') },
    vague: ['महीने', 'महीना', 'साल', 'वर्ष'],
    // "कल" is yesterday and tomorrow alike.
    yesterday: [],
  },
];
