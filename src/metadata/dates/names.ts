/**
 * Month, weekday and zone names as datelines write them, one row per month or day with every
 * language side by side. Words are stored through plain() (lower case, accents dropped), so
 * "Março", "marco" and "MARÇO" are one key. A word may name a month in several languages only if
 * it names the same month in each; a weekday abbreviation that is also a month's ("mar" is
 * Tuesday in French and Spanish, March in English) is left out of the weekday table.
 */

/** Lower case without combining accents: "Février" -> "fevrier", "май" -> "маи". */
export function plain(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function table(rows: readonly string[], first: number): Map<string, number> {
  const out = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const word of row.split(' ')) if (word) out.set(plain(word), first + i);
  });
  return out;
}

/** Each row with the same row of a second table: the languages added later, kept apart for reading. */
function withMore(more: readonly string[], rows: readonly string[]): string[] {
  return rows.map((row, i) => `${row} ${more[i] ?? ''}`);
}

// sk sl hr sr (Latin, Cyrillic) bg mk | et lt lv hu is | ca gl tl sw af ms | ar (Egypt and the Gulf,
// the Maghreb, Algeria and Tunisia, the Levant) fa ur he hi mr bn th. A name the main table has
// already ("januar", "mart", "august") is not repeated. The Levant's two-word months ("كانون
// الثاني") and Thai's abbreviations are not single words: parse.ts reads them. Croatian "listopad"
// (October) is left out: Polish and Czech, with more dates written, mean November by it.
const MORE_MONTHS = [
  'januára oca januári siječanj siječnja јануар януари јануари jaanuar sausio sausis janvāris janvārī janúar gener xaneiro enero januarie يناير جانفي ژانویه جنوری ינואר בינואר जनवरी जानेवारी জানুয়ারি জানুয়ারী มกราคม',
  'februára şub februári veljača veljače фебруар февруари феврувари veebruar vasario vasaris februāris februārī febrúar febrer febreiro pebrero februarie فبراير فيفري شباط فوریه فروری פברואר בפברואר फ़रवरी फरवरी फेब्रुवारी ফেব্রুয়ারি ফেব্রুয়ারী กุมภาพันธ์',
  'marec marca ožujak ožujka март марта märts kovo kovas marts martā március márc marc mars março machi maart mac مارس آذار مارچ מרץ מרס במרץ במרס मार्च মার্চ มีนาคม',
  'apríl apríla nis travanj travnja април aprill balandžio balandis aprīlis aprīlī április ápr apríl abril abril aprili أبريل ابريل إبريل أفريل افريل نيسان آوریل اپریل אפריל באפריל अप्रैल अप्रेल एप्रिल এপ্রিল เมษายน',
  'máj mája svibanj svibnja мај мая maijs maijā május máj maí maig maio mayo mei mayo مايو ماي أيار ايار مه مئی מאי במאי मई मे মে พฤษภาคม',
  'jún júna haz junij lipanj lipnja јун юни јуни juuni birželio birželis jūnijs jūnijā június jún júní juny xuño hunyo juni junie jun يونيو يونيه جوان حزيران ژوئن جون יוני ביוני जून জুন มิถุนายน',
  'júl júla tem julij srpanj srpnja јул юли јули juuli liepos liepa jūlijs jūlijā július júl júlí juliol xullo hulyo julai julie يوليو يوليه يوليوز جويلية تموز ژوئیه ژوییه جولائی יולי ביולי जुलाई जुलै জুলাই กรกฎาคม',
  'augusta avgust kolovoz kolovoza август augusts augustā augusztus ágúst agost agosto agosti augustus ogos أغسطس اغسطس غشت أوت اوت آب اگست אוגוסט באוגוסט अगस्त ऑगस्ट আগস্ট สิงหาคม',
  'septembra septembar eyl rujan rujna септембар септември rugsėjo rugsėjis septembris septembrī szeptember szept setembre setembro setyembre septemba سبتمبر شتنبر أيلول ايلول سپتامبر ستمبر ספטמבר בספטמבר सितंबर सितम्बर सप्टेंबर সেপ্টেম্বর กันยายน',
  'októbra oktobar eki октобар октомври oktoober spalio spalis oktobris oktobrī október octubre outubro oktubre oktoba أكتوبر اكتوبر اکتبر اکتوبر אוקטובר באוקטובר अक्टूबर अक्तूबर ऑक्टोबर অক্টোবর ตุลาคม',
  'novembra novembar kas studeni studenoga studenog новембар ноември lapkričio lapkritis novembris novembrī nóvember novembre novembro nobyembre novemba نوفمبر نونبر نوامبر نومبر נובמבר בנובמבר नवंबर नवम्बर नोव्हेंबर নভেম্বর พฤศจิกายน',
  'decembra decembar ara prosinac prosinca децембар декември detsember gruodžio gruodis decembris decembrī desember desembre decembro disyembre desemba disember ديسمبر دجنبر دسامبر دسمبر דצמבר בדצמבר दिसंबर दिसम्बर डिसेंबर ডিসেম্বর ธันวาคม',
];

// cs sk | sl hr sr bg | hu fi et lt lv is | el | ms tl ca | ar fa ur | hi bn | zh ja ko (Chinese
// and Japanese weekdays are several characters, one word).
const MORE_WEEKDAYS = [
  'neděle nedeľa nedelja nedjelja недеља неделя vasárnap sunnuntai su pühapäev sekmadienis svētdiena sunnudagur κυριακή κυρ ahad linggo diumenge الأحد الاحد یکشنبه اتوار रविवार রবিবার 星期日 星期天 周日 週日 日曜日 일요일',
  'pondělí pondelok ponedeljek ponedjeljak ponedeljak понедељак понеделник hétfő maanantai esmaspäev pirmadienis pirmdiena mánudagur δευτέρα δευ isnin lunes dilluns الاثنين الإثنين دوشنبه پیر सोमवार সোমবার 星期一 周一 週一 月曜日 월요일',
  'úterý utorok torek utorak уторак вторник kedd tiistai ti teisipäev antradienis otrdiena þriðjudagur τρίτη τρι martes dimarts الثلاثاء سه‌شنبه منگل मंगलवार মঙ্গলবার 星期二 周二 週二 火曜日 화요일',
  'středa streda sreda srijeda среда сряда szerda keskiviikko ke kolmapäev trečiadienis trešdiena miðvikudagur τετάρτη τετ miyerkules dimecres الأربعاء الاربعاء چهارشنبه بدھ बुधवार বুধবার 星期三 周三 週三 水曜日 수요일',
  'čtvrtek štvrtok četrtek četvrtak четвртак четвъртък csütörtök torstai to neljapäev ketvirtadienis ceturtdiena fimmtudagur πέμπτη πεμ khamis huwebes dijous الخميس پنجشنبه جمعرات गुरुवार বৃহস্পতিবার 星期四 周四 週四 木曜日 목요일',
  'pátek piatok petek petak петак петък péntek perjantai pe reede penktadienis piektdiena föstudagur παρασκευή παρ jumaat jum\'at biyernes divendres الجمعة جمعه جمعہ शुक्रवार শুক্রবার 星期五 周五 週五 金曜日 금요일',
  'sobota subota субота събота szombat lauantai la laupäev šeštadienis sestdiena laugardagur σάββατο σαβ sabado dissabte السبت شنبه ہفتہ शनिवार শনিবার 星期六 周六 週六 土曜日 토요일',
];

// en de fr es it pt nl | pl sv da no | ru uk | tr ro id | cs fi el, full names then abbreviations; Slavic
// rows carry both the nominative and the genitive a date uses ("5 марта", "12 stycznia").
export const MONTHS = table(
  withMore(MORE_MONTHS, [
    'january jan januar jänner janner janvier janv enero ene gennaio gen janeiro januari styczeń stycznia sty январь января янв січень січня січ ocak ianuarie ian leden ledna tammikuuta tammikuu ιανουαρίου ιανουάριος ιαν',
    'february feb februar février fevr fév febrero febbraio fevereiro fev februari luty lutego lut февраль февраля фев февр лютий лютого лют şubat subat februarie únor února helmikuuta helmikuu φεβρουαρίου φεβρουάριος φεβ',
    'march mar märz maerz mrz mars marts marzo março maart mrt marzec marca март марта мар березень березня бер mart martie maret březen března maaliskuuta maaliskuu μαρτίου μάρτιος',
    'april apr avril avr abril aprile abr kwiecień kwietnia kwi апрель апреля апр квітень квітня квіт kvi nisan aprilie duben dubna huhtikuuta huhtikuu απριλίου απρίλιος απρ',
    'may mai mayo maggio mag maio mei maj май мая травень травня трав mayıs mayis květen května toukokuuta toukokuu μαΐου μάιος',
    'june jun juni juin junio giugno giu junho czerwiec czerwca cze июнь июня июн червень червня черв haziran iunie iun červen června kesäkuuta kesäkuu ιουνίου ιούνιος',
    'july jul juli juillet juil julio luglio lug julho lipiec lipca lip июль июля июл липень липня лип temmuz iulie iul červenec července heinäkuuta heinäkuu ιουλίου ιούλιος',
    'august aug août aout agosto ago augustus augusti sierpień sierpnia sie август августа авг серпень серпня серп ağustos agustos agustus agu ags srpen srpna elokuuta elokuu αυγούστου αύγουστος αυγ',
    'september sep sept septembre septiembre setiembre settembre set setembro wrzesień września wrz сентябрь сентября сен сент вересень вересня вер eylül eylul septembrie září syyskuuta syyskuu σεπτεμβρίου σεπτέμβριος σεπ',
    'october oct oktober okt octobre octubre ottobre ott outubro out październik października paź paz oktober октябрь октября окт жовтень жовтня жовт ekim octombrie říjen října lokakuuta lokakuu οκτωβρίου οκτώβριος οκτ',
    'november nov novembre noviembre novembro listopad listopada lis ноябрь ноября ноя листопад листопада лист kasım kasim noiembrie noi listopadu marraskuuta marraskuu νοεμβρίου νοέμβριος νοε',
    'december dec dezember dez décembre decembre diciembre dic dicembre dezembro grudzień grudnia gru декабрь декабря дек грудень грудня груд aralık aralik decembrie desember des prosinec prosince joulukuuta joulukuu δεκεμβρίου δεκέμβριος δεκ',
  ]),
  1,
);

// 0 = Sunday. Vietnamese "Thứ Hai" and "Chủ Nhật" are two words: datelines.ts drops them whole.
export const WEEKDAYS = table(
  withMore(MORE_WEEKDAYS, [
    'sunday sun sonntag so dimanche dim domingo dom domenica zondag zo niedziela niedz söndag sön søndag воскресенье вс неділя нд pazar duminică minggu',
    'monday mon montag mo lundi lun lunes lunedì segunda segunda-feira seg maandag ma poniedziałek pon måndag mån mandag понедельник пн понеділок pazartesi luni senin',
    'tuesday tue tues dienstag di mardi martes martedì terça terca terça-feira terca-feira ter dinsdag wtorek wt tisdag tis tirsdag вторник вт вівторок salı sali marți marti selasa',
    'wednesday wed mittwoch mi mercredi mer miércoles mié mercoledì quarta quarta-feira qua woensdag wo środa śr onsdag ons среда ср середа çarşamba carsamba miercuri rabu',
    'thursday thu thur thurs donnerstag do jeudi jeu jueves jue giovedì gio quinta quinta-feira qui donderdag czwartek czw torsdag tor tors четверг чт четвер perşembe persembe joi kamis',
    'friday fri freitag fr vendredi ven viernes vie venerdì sexta sexta-feira sex vrijdag vr piątek pt fredag fre пятница пт пʼятниця п\'ятниця cuma vineri jumat',
    'saturday sat samstag sonnabend sa samedi sam sábado sab sabato zaterdag za sobota sob lördag lör lørdag суббота сб субота cumartesi sâmbătă sambata sabtu',
  ]),
  0,
);

// Offsets in minutes. IST is read as India's (+05:30), the zone news feeds that write it mean;
// the obsolete US names still appear (CNN via FeedBurner sends EDT).
export const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ast: -240, adt: -180, nst: -210, ndt: -150, brt: -180, art: -180,
  bst: 60, cet: 60, mez: 60, west: 60, wat: 60, cest: 120, mesz: 120, eet: 120, sast: 120, cat: 120,
  eest: 180, msk: 180, мск: 180, eat: 180, trt: 180, ist: 330, pkt: 300, ict: 420, wib: 420,
  hkt: 480, sgt: 480, pht: 480, awst: 480, myt: 480, jst: 540, kst: 540, acst: 570, aest: 600,
  aedt: 660, nzst: 720, nzdt: 780,
};

let trailingWeekdayPattern: RegExp | undefined;

/**
 * Where a full weekday name that ends `text` starts ("Aaron Pell Monday" -> 11), or -1: a byline
 * glued to its date puts the weekday after the name ("By Aaron Pell Monday, March 4, 2019"). Full
 * names in the Latin-script languages only ("Sun" is a surname).
 */
export function trailingWeekday(text: string): number {
  trailingWeekdayPattern ??= new RegExp(String.raw`\s(?:${[...WEEKDAYS.keys()].filter((w) => w.length >= 5 && /^[a-z-]+$/.test(w)).join('|')})$`, 'u');
  // plain() keeps a Latin name's length, so an index into it is one into the text.
  const folded = plain(text.trimEnd());
  if (folded.length !== text.trimEnd().length) return -1;
  const m = trailingWeekdayPattern.exec(folded);
  return m ? m.index + 1 : -1;
}
