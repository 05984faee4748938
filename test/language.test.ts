import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/doc.js';
import language from '../src/extractors/language.js';
import { scrub } from '../src/index.js';
import { canonicalTag, detectLanguage, francMin, MIN_DETECT_LENGTH } from '../src/metadata/language.js';

// Invented paragraphs, one per language, each a little over the detection threshold.
const SAMPLES: Record<string, string> = {
  en: 'The parish council met in the village hall on Tuesday evening to decide what to do with the old bus shelter, which has leaned towards the pond since the storm in March and is now held up by two planks and a great deal of hope.',
  de: 'Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke über den Mühlbach im Frühjahr zu erneuern. Die Arbeiten sollen im April beginnen und bis zum Sommer dauern, während die Fußgänger über einen Steg am Sportplatz umgeleitet werden.',
  fr: 'Le conseil municipal a décidé mardi soir de rénover le vieux lavoir situé au bord de la rivière. Les travaux commenceront au printemps et les habitants pourront suivre le chantier lors de visites organisées chaque samedi matin par les bénévoles.',
  es: 'El ayuntamiento aprobó el martes por la noche la reforma del antiguo mercado de abastos, que lleva cerrado desde el invierno pasado. Las obras empezarán en primavera y los vecinos podrán votar el color de los nuevos puestos en la biblioteca municipal.',
  pt: 'A câmara municipal aprovou na terça-feira à noite a recuperação do antigo coreto da praça central, fechado desde o inverno passado. As obras começam na primavera e os moradores vão poder escolher a cor dos novos bancos numa votação na biblioteca.',
  it: 'Il consiglio comunale ha approvato martedì sera il restauro della vecchia fontana in piazza, chiusa dall’inverno scorso. I lavori inizieranno in primavera e gli abitanti potranno scegliere il colore delle nuove panchine con un voto in biblioteca comunale.',
  nl: 'De gemeenteraad heeft dinsdagavond besloten de oude brug over de gracht bij de markt te vernieuwen. De werkzaamheden beginnen in het voorjaar en duren tot de zomer, terwijl fietsers en voetgangers via een tijdelijke brug bij de bibliotheek worden omgeleid.',
  ru: 'Городской совет во вторник вечером решил отремонтировать старый мост через реку у рынка. Работы начнутся весной и продлятся до лета, а пешеходов направят по временному мосту возле библиотеки, где также откроют небольшую выставку о его истории.',
};

describe('detectLanguage()', () => {
  it.each(Object.entries(SAMPLES))('%s', (tag, text) => {
    expect(text.length).toBeGreaterThanOrEqual(MIN_DETECT_LENGTH);
    expect(detectLanguage(text)).toBe(tag);
  });

  it('gives the same answer as franc-min’s own franc(), which it reimplements without the start-up cost', () => {
    const texts = [...Object.values(SAMPLES), Object.values(SAMPLES).join(' '), '12345 67890 !!!', 'ab', 'مرحبا بكم في المدينة', 'नमस्ते दुनिया', '東京の天気', '안녕하세요'];
    // From the third text of a script on, scoring goes through the index: both ways are checked.
    for (let round = 0; round < 3; round++) for (const text of texts) expect(francMin(text), text.slice(0, 30)).toBe(franc(text));
  });

  it('returns null below the threshold and when franc cannot tell', () => {
    expect(detectLanguage(SAMPLES.de?.slice(0, MIN_DETECT_LENGTH - 1) ?? '')).toBeNull();
    expect(detectLanguage('1234567890 '.repeat(30))).toBeNull();
  });
});

describe('canonicalTag()', () => {
  it.each([
    ['en', 'en'],
    ['en-us', 'en-US'],
    ['de_DE', 'de-DE'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['es-419', 'es-419'],
    ['DEU', 'de'],
    ['ceb', 'ceb'],
    ['en-x-private', 'en'],
    ['English', null],
    ['*', null],
  ])('%s -> %s', (value, tag) => {
    expect(canonicalTag(value)).toBe(tag);
  });
});

describe('the language of an article', () => {
  const dump = (body: string) => `A Title\n\n${body}\n`;

  it('is detected from the clean body', () => {
    expect(scrub(dump(SAMPLES.fr ?? ''))[0]?.language).toBe('fr');
  });

  it('is the declared one when the input declares it, whatever the body says', () => {
    const doc: Doc = { title: null, lines: [], candidates: [], removed: [], notes: [] };
    const declared = [
      { field: 'language' as const, value: 'Klingon', from: 'feed', line: 1, weight: 100 },
      { field: 'language' as const, value: 'de_at', from: 'feed', line: 2, weight: 100 },
    ];
    expect(language.extract({ candidates: declared, doc, decided: {}, text: SAMPLES.fr ?? '', removed: [] })).toBe('de-AT');
  });

  it('is null for a body too short to tell', () => {
    expect(scrub(dump('Ein kurzer Text.'))[0]?.language).toBeNull();
  });

  it('tells Japanese, Chinese and Korean from a paragraph as short as their scripts allow, and Latin text of that length not', () => {
    const ja = '駅前の図書館は雨の日になると学生でいっぱいになります。閲覧室の席は朝のうちに埋まってしまいます。館長によると、来月から開館時間を一時間延ばす予定です。';
    const zh = '这家面包店在老街的尽头已经开了四十年，每天早上都烤新鲜的面包。附近的居民说，没有这家店的早晨是不完整的，周末门口总是排着长队。';
    const ko = '골목 끝의 빵집은 사십 년 동안 같은 자리에서 아침마다 빵을 구웠습니다. 동네 사람들은 이 빵집이 없는 아침을 상상할 수 없다고 말합니다.';
    expect([ja, zh, ko].map((text) => detectLanguage(text))).toEqual(['ja', 'zh', 'ko']);
    expect(detectLanguage('Die Bäckerei am Ende der Gasse backt seit vierzig Jahren jeden Morgen Brot.')).toBeNull();
  });
});
