import { openers } from '../../util/regex.js';
import { publicationWords } from '../../phrases/publication-words.js';

/**
 * The words bylines are made of, as data: one row per language, so a new language is a new row.
 * Matching is on lower case with accents kept (the prefixes are short and exact).
 */

/** Words that open a byline: "By Jane Doe", "Por Ana Ruiz", "Автор: Иван Петров". */
export const BYLINE_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'by', 'written by', 'words by', 'words:', 'posted by', 'entry posted by', 'post written by', 'published by', 'authored by', 'submitted by', 'contributed by', 'story by',
    'reporting by', 'reported by', 'text by', 'article by', 'interview by', 'review by', 'guest post by', 'a guest post by',
    'words and photos by', 'text and photos by', 'story and photos by', 'author:', 'authors:', 'byline:', 'reporter:', 'report by',
  ],
  es: ['por', 'escrito por', 'autor:', 'autora:', 'autores:', 'texto:', 'redactado por', 'publicado por', 'redacción:', 'texto y fotos:', 'entrevista de'],
  pt: ['por', 'escrito por', 'autor:', 'autora:', 'texto:', 'reportagem:', 'publicado por', 'postado por', 'redação:', 'texto e fotos:'],
  fr: ['par', 'écrit par', 'auteur :', 'auteur:', 'autrice :', 'autrice:', 'texte :', 'texte:', 'rédigé par', 'publié par', 'posté par', 'propos recueillis par', 'un article de', 'texte et photos :'],
  de: ['von', 'autor:', 'autorin:', 'autoren:', 'text:', 'geschrieben von', 'verfasst von', 'veröffentlicht von', 'gepostet von', 'eingestellt von', 'text und fotos:'],
  it: ['di', 'scritto da', 'autore:', 'autrice:', 'a cura di', 'testo:', 'pubblicato da', 'postato da', 'articolo di', 'a firma di'],
  nl: ['door', 'auteur:', 'tekst:', 'geschreven door', 'geplaatst door', 'gepost door', 'gepubliceerd door'],
  pl: ['przez', 'autor:', 'autorka:', 'tekst:', 'napisał', 'napisała', 'opublikował', 'opublikowała', 'dodane przez', 'opublikowane przez'],
  sv: ['av', 'text:', 'skriven av', 'skrivet av', 'publicerad av', 'postat av', 'upplagd av'],
  no: ['av', 'tekst:', 'skrevet av', 'publisert av', 'postet av', 'lagt inn av'],
  da: ['af', 'tekst:', 'skrevet af', 'udgivet af', 'postet af', 'indsendt af'],
  ru: ['автор:', 'автор', 'текст:'],
  uk: ['автор:', 'автор', 'текст:'],
  // Chinese news opens a byline with its reporter's title, a space or nothing before the name: "記者 王小明", "本报记者 王小明".
  zh: ['作者：', '作者:', '作者 |', '作者｜', '作者', '文／', '文/', '文：', '文 |', '文｜', '记者：', '記者：', '记者', '記者', '本报记者', '本報記者', '撰文：', '撰文'],
  ja: ['著者：', '著者:', '文：', '文:', '筆者：', '執筆：', '文＝', '記者：'],
  id: ['oleh', 'oleh:', 'penulis:', 'penulis', 'diposting oleh', 'diposkan oleh'],
  ms: ['oleh', 'oleh:', 'penulis:'],
  vi: ['tác giả:', 'tác giả', 'bài:', 'đăng bởi', 'được đăng bởi'],
  tr: ['haber:', 'yazar:', 'muhabir:', 'yazan:'],
  ro: ['autor:', 'de', 'publicat de'],
  fi: ['kirjoittaja:', 'teksti:', 'toimittaja:', 'lähettänyt', 'kirjoittanut', 'kirjoittanut:'],
  cs: ['autor:', 'autorka:', 'text:', 'vystavil', 'vystavila'],
  hu: ['szerző:', 'írta:', 'szöveg:'],
  ko: ['글:', '글쓴이:', '작성자:'],
  ar: ['بقلم', 'بقلم:', 'كتب:', 'كتبت:', 'الكاتب:', 'المؤلف:', 'إعداد:', 'نُشرت بواسطة'],
  hi: ['लेखक:', 'लेखिका:', 'रिपोर्ट:'],
  // Greek writes "by" as the genitive article before a name in the genitive: "Του Γιώργου Παπαδόπουλου".
  el: ['του', 'της', 'συντάκτης:', 'συντάκτρια:', 'γράφει ο', 'γράφει η', 'δημοσιεύθηκε από'],
  he: ['מאת', 'מאת:', 'כתב:', 'כתבה:'],
  bg: ['автор:', 'текст:', 'публикувано от'],
  sk: ['autor:'],
  ca: ['publicat per'],
  fa: ['منتشرشده توسط'],
  th: ['เผยแพร่โดย'],
  sr: ['autor:', 'аутор:', 'piše:', 'пише:'],
  hr: ['autor:', 'piše:', 'napisao:', 'napisala:'],
};

/**
 * Roles printed after a name ("JANE DOE, Staff Writer", "Ana Ruiz, correspondent"): a comma part
 * holding one of these words is a role, not another author.
 */
export const ROLE_WORDS = new Set(
  (
    'staff writer reporter correspondent editor editors contributor contributing columnist ' +
    'senior chief associate managing deputy special freelance guest intern producer photographer ' +
    'redakteur redakteurin korrespondent korrespondentin reporterin ' +
    'corresponsal redactor redactora periodista enviado enviada especial ' +
    'correspondente repórter jornalista colaborador colaboradora ' +
    'journaliste correspondant correspondante rédacteur rédactrice envoyé envoyée ' +
    'giornalista corrispondente inviato inviata redattore ' +
    'verslaggever correspondent redacteur dziennikarz dziennikarka korespondent ' +
    'reporter muhabiri wartawan koresponden ' +
    // Job titles that sign a company's or a lab's post: "Posted by Jane Doe, VP of Maps", "Ana Ruiz, directora de…".
    'director directors vp svp evp president vice head manager lead engineer officer ceo cto cfo coo founder cofounder ' +
    'scientist professor researcher analyst designer developer programmer author writer blogger consultant executive ' +
    'secretary chairman chairwoman chair lecturer fellow student coordinator specialist evangelist advocate strategist architect principal ' +
    'directeur directrice président présidente responsable fondateur fondatrice chercheur chercheuse professeur ' +
    'direktor direktorin leiter leiterin geschäftsführer geschäftsführerin gründer gründerin professorin ' +
    'directora jefe jefa fundador fundadora presidente investigador investigadora profesor profesora ' +
    'diretor diretora pesquisador pesquisadora direttore direttrice fondatore fondatrice ricercatore ricercatrice professore ' +
    'oprichter hoogleraar onderzoeker dyrektor dyrektorka prezes założyciel директор руководитель основатель профессор ' +
    // Newsroom titles of the languages without a row above: "Автор: Иван Петров, корреспондент".
    'корреспондент журналист журналистка обозреватель редактор спецкор собкор кореспондент кореспондентка журналіст журналістка оглядач ' +
    'muhabir muhabiri gazeteci editör toimittaja kirjeenvaihtaja redaktör skribent redaktør novinář redaktorka zpravodaj'
  ).split(' '),
);

/** News and photo agencies credited after a name or instead of one: "Jane Doe, Reuters". */
export const AGENCIES = new Set(
  (
    'reuters ap afp dpa efe ansa lusa tass тасс ria риа pti ians ani bernama xinhua kyodo yonhap ' +
    'anadolu aa dha iha upi bloomberg epa kna apa sda ats anp belga ctk pap mti tanjug hina ' +
    'getty shutterstock'
  ).split(' '),
);
/** Agency names of more than one word, matched on the folded tail of a credit. */
export const AGENCY_PHRASES = ['associated press', 'agence france-presse', 'agence france presse', 'press trust of india', 'getty images', 'europa press', 'deutsche presse-agentur'];

/** An organisation's own words: a broadcaster, a magazine, a project or a society credits itself, and keeps them in its name. */
export const ORGANISATION_WORDS = new Set(
  (
    'radio tv television channel magazine blog podcast foundation project network studio studios ' +
    'association institute university verlag rundfunk fernsehen revista rádio télévision télé'
  ).split(' ').concat(publicationWords),
);

/**
 * Credits that name a desk, a team or a publication rather than a person ("Redacción", "Staff",
 * "The Editors", "Sponsor"): the line is still a credit line, but there is no author.
 */
export const DESK_WORDS = new Set([
  ...(
    'staff team editors editorial newsroom desk redaktion redacción redaccion redação redacao rédaction ' +
    'redazione redactie redakcja редакция редакція 编辑部 sponsor sponsored partner admin administrator ' +
    'webmaster press agency agencia agência agence agentur agenzia agencja агентство media news images photos wire service services inc ltd llc gmbh'
  ).split(' '),
  ...ORGANISATION_WORDS,
]);

/**
 * What a desk's credit adds to say which desk, naming no publication: "Redazione online",
 * "Redazione Web", "Redacción Digital", "Online-Redaktion". Left alone after the desk word, it is
 * no site. Languages side by side.
 */
export const DESK_QUALIFIERS: ReadonlySet<string> = new Set([
  ...['online', 'web', 'digital', 'internet', 'central', 'news', 'multimedia', 'local', 'sports', 'sport'], // en
  ...['centrale', 'digitale', 'cronaca', 'esteri', 'spettacoli'], // it
  ...['digitale', 'numérique', 'internet', 'centrale', 'locale'], // fr
  ...['online', 'digital', 'zentral', 'lokal', 'lokales'], // de
  ...['digital', 'central', 'local', 'deportes', 'internacional', 'nacional'], // es
  ...['digital', 'central', 'local', 'esportes', 'desporto', 'nacional'], // pt
]);

/**
 * Bylines written as a sentence, each with the name in the group `name` (and the site in `site`
 * when the sentence gives one): "This is a blog post by Jane Doe.", "This post was published at
 * Example Blog by Jane Doe.", "Dieser Beitrag wurde von Jana Roth verfasst."
 */
const N = String.raw`(?<name>[^.;:()]{2,80}?)`;
const S = String.raw`(?<site>[^.;:()]{2,60}?)`;
export const BYLINE_SENTENCES: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    new RegExp(String.raw`^this (?:is an? )?(?:blog |guest )?(?:post|article|story|piece|essay|column)(?: (?:is|was))?(?: (?:written|published|posted|contributed))? by ${N}\.?$`, 'iu'),
    new RegExp(String.raw`^this (?:post|article|entry) was (?:published|posted) (?:at|on) ${S} by ${N}\.?$`, 'iu'),
  ],
  es: [new RegExp(String.raw`^este (?:artículo|post|texto) (?:fue|ha sido) (?:escrito|publicado) por ${N}\.?$`, 'iu')],
  pt: [new RegExp(String.raw`^este (?:artigo|post|texto) foi (?:escrito|publicado) por ${N}\.?$`, 'iu')],
  fr: [new RegExp(String.raw`^(?:cet article a été (?:écrit|rédigé|publié) par|un article (?:de|signé)) ${N}\.?$`, 'iu')],
  de: [
    new RegExp(String.raw`^(?:dieser|der) (?:beitrag|artikel|text) wurde von ${N} (?:verfasst|geschrieben)\.?$`, 'iu'),
    new RegExp(String.raw`^ein (?:beitrag|gastbeitrag|artikel) von ${N}\.?$`, 'iu'),
  ],
  it: [new RegExp(String.raw`^questo articolo è stato scritto da ${N}\.?$`, 'iu')],
  nl: [new RegExp(String.raw`^dit (?:artikel|bericht|stuk) (?:is|werd) geschreven door ${N}\.?$`, 'iu')],
  pl: [new RegExp(String.raw`^(?:ten )?(?:artykuł|tekst|wpis) (?:został )?napisany przez ${N}\.?$`, 'iu')],
};

/**
 * The same credits as a line of their own at the end, without brackets, as wire copy in feeds
 * prints them: "Reporting by Jane Doe; Editing by John Roe".
 */
export const REPORTING_LINES: readonly RegExp[] = [
  /^(?:reporting|writing|reporting and writing) by (?<name>[^;()]{3,160}?)(?:;[^()]*)?\.?$/iu,
  /^(?:información|reportaje|texto) de (?<name>[^;()]{3,160}?)(?:;[^()]*)?\.?$/iu,
  /^(?:reportagem de) (?<name>[^;()]{3,160}?)(?:;[^()]*)?\.?$/iu,
];
export const REPORTING_LINE_OPENERS = openers(['reporting', 'writing', 'información', 'reportaje', 'texto', 'reportagem']);

/** The first words of BYLINE_SENTENCES, as a test that turns most lines down before their regexes compile. */
export const BYLINE_SENTENCE_OPENERS = openers(['this', 'este', 'cet', 'un', 'dieser', 'der', 'ein', 'questo', 'dit', 'ten', 'artykuł', 'tekst', 'wpis']);

/**
 * Wire-service credits closing a story: "(Reporting by Jane Doe in Madrid; Editing by John Roe)".
 * Only the reporters are authors; editors and additional reporters are not.
 */
export const REPORTING_CREDITS: readonly RegExp[] = [
  /\((?:reporting|writing|reporting and writing) by (?<name>[^;()]{3,160}?)(?:;[^()]*)?\)\.?$/iu,
  /\((?:información|reportaje|reporte|texto) de (?<name>[^;()]{3,160}?)(?:;[^()]*)?\)\.?$/iu,
  /\((?:reportagem|reportagem de|por) (?<name>[^;()]{3,160}?)(?:;[^()]*)?\)\.?$/iu,
  /\((?:reportage|rédigé par|reportage de) (?<name>[^;()]{3,160}?)(?:;[^()]*)?\)\.?$/iu,
  /\((?:berichterstattung|bericht|reporter|recherche):? (?<name>[^;()]{3,160}?)(?:;[^()]*)?\)\.?$/iu,
];
