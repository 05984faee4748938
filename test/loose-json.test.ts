import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strictJson } from '../src/util/loose-json.js';

describe('strictJson', () => {
  it('drops a field commented out by hand and the comma it leaves', () => {
    const text = '{"@type": "NewsArticle", // "Person",\n "author": {"name": "Ines Marlow"},\n /* "dateModified": "x", */\n}';
    expect(JSON.parse(strictJson(text))).toEqual({ '@type': 'NewsArticle', author: { name: 'Ines Marlow' } });
  });
  it('escapes a line break pasted into a string, keeping it', () => {
    expect(JSON.parse(strictJson('{"description": "one\ntwo\tthree"}'))).toEqual({ description: 'one\ntwo\tthree' });
  });
  it('leaves slashes, commas and escaped quotes inside strings alone', () => {
    const text = '{"url": "https://ledger.example/a,b/", "q": "say \\"hi\\" // not a comment", "list": [1, 2,]}';
    expect(JSON.parse(strictJson(text))).toEqual({ url: 'https://ledger.example/a,b/', q: 'say "hi" // not a comment', list: [1, 2] });
  });
  it('changes nothing in JSON that parses', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(strictJson(text)).toBe(text);
      }),
    );
  });
  it('reads back any value written with comments after its commas and a comma before each close', () => {
    const loose = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map((x) => `${loose(x)}, // item\n`).join('')}]`
        : v !== null && typeof v === 'object'
          ? `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${loose(x)}, /* field */ `).join('')}}`
          : JSON.stringify(v);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(strictJson(loose(value)))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
