import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/read.js';
import { scanUtf8 } from '../src/text/utf8.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
const latin1 = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

describe('decode() finds the encoding', () => {
  it('reads UTF-8, with or without a BOM, without a warning', () => {
    expect(decode(bytes('Itâ€™s café')).text).toBe('Itâ€™s café');
    const bom = decode(bytes([0xef, 0xbb, 0xbf], 'It’s café'));
    expect(bom).toEqual({ text: 'It’s café', encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Grüße “x”', 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from('Grüße “x”', 'utf16le').swap16()]);
    expect(decode(le)).toEqual({ text: 'Grüße “x”', encoding: 'utf-16le', warnings: [] });
    expect(decode(be)).toEqual({ text: 'Grüße “x”', encoding: 'utf-16be', warnings: [] });
  });

  it('reads invalid UTF-8 without a multi-byte sequence as Windows-1252, with every 0x80-0x9F character right', () => {
    const decoded = decode(bytes('It', [0x92], 's a caf', [0xe9], ' ', [0x93, 0x80, 0x85, 0x94]));
    expect(decoded.text).toBe('It’s a café “€…”');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings).toEqual([expect.stringMatching(/not valid UTF-8 \(first at byte offset 2\).*windows-1252/)]);
  });

  it('keeps UTF-8 when the text also holds valid multi-byte sequences: the bad byte is damage', () => {
    const decoded = decode(bytes('It’s here', [0xff], ' and\nthere', [0xc3]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('It’s here\uFFFD and\nthere\uFFFD');
    expect(decoded.warnings).toEqual(['2 invalid UTF-8 sequences replaced by U+FFFD at byte offsets 11, 22 (the first is 0xFF, on line 1)']);
  });

  it('reads a byte Windows-1252 leaves undefined as damaged UTF-8, not as Windows-1252', () => {
    const decoded = decode(bytes('caf', [0xe9, 0x81]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('caf\uFFFD');
  });

  it('names the first five offsets and counts the rest', () => {
    const decoded = decode(bytes('é', [0xff, 0x41, 0xff, 0x41, 0xff, 0x41, 0xff, 0x41, 0xff, 0x41, 0xff, 0x41, 0xff]));
    expect(decoded.warnings).toEqual([expect.stringContaining('7 invalid UTF-8 sequences replaced by U+FFFD at byte offsets 2, 4, 6, 8, 10 and 2 more')]);
  });

  it('follows <meta charset>, <meta http-equiv> and the XML declaration', () => {
    const meta = decode(latin1('<html><head><meta charset="ISO-8859-1"></head><body>Caf\u00e9 \x93ok\x94</body></html>'));
    expect(meta.encoding).toBe('windows-1252');
    expect(meta.text).toContain('Café “ok”');
    const equiv = decode(latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n\x85'));
    expect(equiv.text.endsWith('…')).toBe(true);
    const xml = decode(Uint8Array.from(Buffer.from('<?xml version="1.0" encoding="koi8-r"?><rss>\xf0\xd2\xc9\xd7\xc5\xd4</rss>', 'latin1')));
    expect(xml).toEqual({ text: '<?xml version="1.0" encoding="koi8-r"?><rss>Привет</rss>', encoding: 'koi8-r', warnings: [] });
  });

  it('reads as UTF-8 a page that declares a single-byte charset but is valid UTF-8, and says so', () => {
    const decoded = decode(bytes('<meta charset="iso-8859-1"><p>Café</p>'));
    expect(decoded.text).toBe('<meta charset="iso-8859-1"><p>Café</p>');
    expect(decoded.warnings).toEqual(['declares charset "iso-8859-1", but the bytes are valid UTF-8: read as UTF-8']);
  });

  it('ignores a charset no decoder knows, with a warning', () => {
    const decoded = decode(bytes('<meta charset="klingon"><p>Café</p>'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toEqual(['declares charset "klingon", which no decoder knows: ignored']);
  });

  it('lets `encoding` override a BOM, a declaration and detection', () => {
    expect(decode(bytes('Café'), { encoding: 'latin1' }).text).toBe('CafÃ©');
    expect(decode(latin1('<meta charset="utf-8">Caf\u00e9'), { encoding: 'windows-1252' }).text).toBe('<meta charset="utf-8">Café');
    expect(() => decode(bytes('x'), { encoding: 'klingon' })).toThrow(/unknown encoding "klingon"/);
  });

  it('reports bytes a forced single-byte encoding leaves undefined', () => {
    const decoded = decode(Uint8Array.from([0x41, 0x81, 0x42]), { encoding: 'windows-1252' });
    expect(decoded.text).toBe('A\uFFFDB');
    expect(decoded.warnings).toEqual(['1 byte not defined in windows-1252 replaced by U+FFFD at byte offset 1']);
  });

  it('reports a lone surrogate in UTF-16', () => {
    const decoded = decode(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]));
    expect(decoded.text).toBe('A\uFFFDB');
    expect(decoded.warnings).toEqual([expect.stringMatching(/^1 byte sequence not valid in utf-16le replaced by U\+FFFD at byte offset \d+$/)]);
  });
});

describe('decode() reads undeclared legacy charsets of non-Latin scripts', () => {
  const encoded = (text: string, charset: string) => Uint8Array.from(iconv.encode(text, charset));
  const cases: [string, string, string][] = [
    ['Shift_JIS', 'shift_jis', '<rss><channel><item><title>雨の日の図書館</title><description>駅前の図書館は雨の日になると学生でいっぱいになります。閲覧室の席は朝のうちに埋まってしまいます。</description></item></channel></rss>'],
    ['EUC-KR', 'euc-kr', '<item><title>시장 골목의 오래된 빵집</title><description>골목 끝의 빵집은 사십 년 동안 같은 자리에서 아침마다 빵을 구웠습니다.</description></item>'],
    ['GBK', 'gb18030', '<item><title>老街的面包店</title><description>这家面包店在老街的尽头已经开了四十年，每天早上都烤新鲜的面包。</description></item>'],
    ['Big5', 'big5', '<item><title>老街的麵包店</title><description>這家麵包店在老街的盡頭已經開了四十年，每天早上都烤新鮮的麵包。</description></item>'],
    ['KOI8-R', 'koi8-r', 'Городская библиотека открылась после ремонта\n\nПосле двух лет ремонта читальный зал снова принимает посетителей каждый день, кроме понедельника.'],
    ['windows-1251', 'windows-1251', 'Міська бібліотека відкрилася після ремонту\n\nПісля двох років ремонту читальна зала знову приймає відвідувачів щодня, крім понеділка.'],
  ];
  for (const [charset, expected, text] of cases) {
    it(`reads ${charset} as ${expected}, with a warning that names it`, () => {
      const decoded = decode(encoded(text, charset));
      expect(decoded.encoding).toBe(expected);
      expect(decoded.text).toBe(text);
      expect(decoded.warnings).toEqual([`not valid UTF-8 and no charset declared: read as ${expected} (detected); --encoding overrides`]);
    });
  }

  it('keeps Western text, long or short, as Windows-1252', () => {
    for (const text of ['Ça été', 'Les élèves de la classe de première sont allés à la fête du village, où l’orchestre a joué des valses.']) {
      const decoded = decode(encoded(text, 'windows-1252'));
      expect(decoded.encoding).toBe('windows-1252');
      expect(decoded.text).toBe(text);
    }
  });

  it('lets a declaration and `encoding` win over the guess', () => {
    const text = 'Городская библиотека открылась после ремонта, читальный зал снова принимает посетителей.';
    expect(decode(encoded(text, 'koi8-r'), { encoding: 'windows-1251' }).encoding).toBe('windows-1251');
    expect(decode(encoded(`<meta charset="windows-1251">${text}`, 'koi8-r')).encoding).toBe('windows-1251');
  });
});

describe('scanUtf8 agrees with TextDecoder', () => {
  it('counts one invalid sequence per U+FFFD the decoder emits, and never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
        const literal = (Buffer.from(input).toString('latin1').match(/\xef\xbf\xbd/g) ?? []).length;
        expect(scanUtf8(input).invalid).toBe((text.match(/\uFFFD/g) ?? []).length - literal);
        expect(() => decode(input)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
