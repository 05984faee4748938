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

// en de fr es it pt nl | pl sv da no | ru uk | tr ro id | cs fi el, full names then abbreviations; Slavic
// rows carry both the nominative and the genitive a date uses ("5 марта", "12 stycznia").
export const MONTHS = table(
  [
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
  ],
  1,
);

// 0 = Sunday. Vietnamese "Thứ Hai" and "Chủ Nhật" are two words: datelines.ts drops them whole.
export const WEEKDAYS = table(
  [
    'sunday sun sonntag so dimanche dim domingo dom domenica zondag zo niedziela niedz söndag sön søndag воскресенье вс неділя нд pazar duminică minggu',
    'monday mon montag mo lundi lun lunes lunedì segunda segunda-feira seg maandag ma poniedziałek pon måndag mån mandag понедельник пн понеділок pazartesi luni senin',
    'tuesday tue tues dienstag di mardi martes martedì terça terca terça-feira terca-feira ter dinsdag wtorek wt tisdag tis tirsdag вторник вт вівторок salı sali marți marti selasa',
    'wednesday wed mittwoch mi mercredi mer miércoles mié mercoledì quarta quarta-feira qua woensdag wo środa śr onsdag ons среда ср середа çarşamba carsamba miercuri rabu',
    'thursday thu thur thurs donnerstag do jeudi jeu jueves jue giovedì gio quinta quinta-feira qui donderdag czwartek czw torsdag tor tors четверг чт четвер perşembe persembe joi kamis',
    'friday fri freitag fr vendredi ven viernes vie venerdì sexta sexta-feira sex vrijdag vr piątek pt fredag fre пятница пт пʼятниця п\'ятниця cuma vineri jumat',
    'saturday sat samstag sonnabend sa samedi sam sábado sab sabato zaterdag za sobota sob lördag lör lørdag суббота сб субота cumartesi sâmbătă sambata sabtu',
  ],
  0,
);

// Offsets in minutes. IST is read as India's (+05:30), the zone news feeds that write it mean;
// the obsolete US names still appear (CNN via FeedBurner sends EDT).
export const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ast: -240, adt: -180, nst: -210, ndt: -150, brt: -180, art: -180,
  bst: 60, cet: 60, mez: 60, west: 60, wat: 60, cest: 120, mesz: 120, eet: 120, sast: 120, cat: 120,
  eest: 180, msk: 180, eat: 180, trt: 180, ist: 330, pkt: 300, ict: 420, wib: 420,
  hkt: 480, sgt: 480, pht: 480, awst: 480, myt: 480, jst: 540, kst: 540, acst: 570, aest: 600,
  aedt: 660, nzst: 720, nzdt: 780,
};
