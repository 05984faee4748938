import type { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentRoot, showsAtLeast } from '../src/html/page.js';
import { jsonLdFields } from '../src/html/json-ld.js';
import { cleanAuthor } from '../src/html/meta/author.js';
import { metaDate, shownDate } from '../src/html/meta/date.js';
import { lineText, parseHtml } from '../src/html/parse.js';
import { attr, elements, visibleText } from '../src/html/dom.js';
import { retitles } from '../src/html/meta/headline.js';

/**
 * Saved pages: the credit and date variants page metadata carries, and which element content
 * scoring takes for the article. The fixtures page-meta-* show each source end to end.
 */
describe('cleanAuthor', () => {
  it.each([
    ['By TOM ROE, Metro Desk Writer', 'TOM ROE'],
    ['Jane Roe | Coast Media for coast.example', 'Jane Roe'],
    ['Jane Roe. Example International', 'Jane Roe'],
    ['Jane Roe, Harbour', 'Jane Roe'],
    ['Texto: João Almeida', 'João Almeida'],
    ['Текст: Анна Петрова', 'Анна Петрова'],
    ['Von Erika Muster', 'Erika Muster'],
    ['Von Trapp', 'Von Trapp'],
    ['Lisa Hale and Trevor J. Mott', 'Lisa Hale, Trevor J. Mott'],
    ['Marlow, Ines', 'Ines Marlow'],
    ['김민수 기자', '김민수'],
  ])('%s -> %s', (raw, want) => {
    expect(cleanAuthor(raw, 'Example Ledger')).toBe(want);
  });
  it.each(['Valley News wire services', 'Staff Reports', '@ledger', 'https://social.example/jane', 'Redação'])('names no one in %s', (raw) => {
    expect(cleanAuthor(raw)).toBeNull();
  });
});

describe('page dates', () => {
  it.each([
    ['2015-07-10 09:53:00 -0400', '2015-07-10T09:53:00-04:00'],
    ['2019-11-19 02:24:00 UTC', '2019-11-19T02:24:00+00:00'],
    ['20241005', '2024-10-05'],
    ['1700000000', '2023-11-14T22:13:20+00:00'],
  ])('reads %s', (raw, iso) => {
    expect(metaDate(raw)).toBe(iso);
  });
  it('takes a template placeholder for no date', () => {
    expect(metaDate('0001-01-01T00:00:00Z')).toBeNull();
  });
  it('reads a visible date with its label and the clock first', () => {
    expect(shownDate('Published 10:02 AM EST Nov 19, 2019')).toMatch(/^2019-11-19T10:02:00/);
  });
  it('reads metadata written as shown, the clock first with seconds and a zone it may not know', () => {
    expect(metaDate('03:15:42 PM IST Mar 4, 2021')).toMatch(/^2021-03-04T15:15:42/);
    expect(metaDate('Tue 7:05 AM, Jan 12, 2021')).toMatch(/^2021-01-12T07:05:00/);
    expect(metaDate('7:05 in the morning')).toBeNull();
  });
});

describe('jsonLdFields', () => {
  const fields = (s: string) => Object.fromEntries(jsonLdFields(s));
  it('reads JSON-LD wrapped in CDATA, with the author a reference into the @graph', () => {
    const got = fields('//<![CDATA[\n{"@graph":[{"@type":"NewsArticle","headline":"H","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Ines Marlow"}]}\n//]]>');
    expect(got).toMatchObject({ title: 'H', author: 'Ines Marlow' });
  });
  it('reads JSON-LD in a comment with a trailing comma, and credits no Organization as author', () => {
    const got = fields('<!-- [{"@type":"BlogPosting","headline":"H","author":[{"@type":"Organization","name":"Ledger"},{"name":"Tobias Crane"}],}] -->');
    expect(got.author).toBe('Tobias Crane');
  });
});

describe('retitles', () => {
  const title = 'Harbour bridge repairs delayed to spring, city engineer says - Bayside Tribune';
  it('takes a shown headline that tells the <title>\'s story in other words', () => {
    expect(retitles('Bridge repairs slip to spring, engineer says, after worse steel is found', title)).toBe(true);
  });
  it.each(['Local News', 'Council votes to close the east pool for the winter', 'Bridge'])('keeps the <title> over %s', (h1) => {
    expect(retitles(h1, title)).toBe(false);
  });
});

describe('contentRoot', () => {
  const para = (n: number) => `<p>${'The cooperative pressed its cider late this year, after a cold spring, and sold it all. '.repeat(n)}</p>`;
  const rootOf = (body: string) => contentRoot(parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`).document).element;

  it('takes one clear <article> as it is', () => {
    expect(rootOf(`<div>${para(1)}</div><article id="post">${para(2)}${para(2)}</article>`)?.attribs.id).toBe('post');
  });
  it('never takes a comment for the post, however long', () => {
    const comments = `<article class="comment-body">${para(6)}</article><article class="comment-body">${para(6)}</article>`;
    const root = rootOf(`<div id="story">${para(2)}${para(2)}</div><section>${comments}</section>`);
    expect(root && attr(root, 'id')).toBe('story');
  });
  it('takes the post over a teaser <article> with more words in links', () => {
    const teaser = `<article id="teaser"><a href="/x">${'A long teaser headline for another story. '.repeat(6)}</a></article>`;
    const root = rootOf(`${teaser}<div id="story">${para(2)}${para(3)}</div>`);
    expect(root && attr(root, 'id')).toBe('story');
  });
});

describe('showsAtLeast', () => {
  // Characters that compose, pair, drop or collapse at the place a long text's start is cut.
  const unit = fc.constantFrom('a', 'Z', '.', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\u0001', '\u0301', '\u0323', '\u1100', '\u1161', '\u11a8', '\ud83d', '\ude00', '\u00e9', '&amp;', '<br>', '<b>x</b>', '<script>var a;</script>');
  it('tells what the length of the whole paragraph\'s lineText() tells, from its start where it is long', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 400 }), fc.constantFrom(1, 5, 20, 80), (units, n) => {
        const p = elements(parseHtml(`<p>${units.join('')}</p>`).document).find((el) => el.name === 'p') as Element;
        expect(showsAtLeast(p, n)).toBe(lineText(visibleText(p)).length >= n);
      }),
      { numRuns: 400 },
    );
  });
});
