import { describe, expect, it } from 'vitest';
import { scrub } from '../src/index.js';
import { jsonLdFields } from '../src/html/json-ld.js';
import { cleanAuthor } from '../src/html/meta/author.js';
import { publicationPart, shownDate } from '../src/html/meta/date.js';

/**
 * Saved pages that state their metadata in one place only: a theme's meta row, a class name, a
 * JSON-LD page description. scripts/probe/page-sources.js measures the same on real pages.
 */
const STORY =
  '<p>The ferry to the island now leaves the mainland pier at seven every morning, an hour earlier than last summer, so that commuters reach their offices before nine.</p>' +
  '<p>The operator said the earlier crossing needed one more crew shift, paid for by the island council, which had heard the same complaint at every meeting for two years.</p>';
const HEADLINE = 'Earlier ferry to the island from next week';

function page(head: string, body: string) {
  const html = `<!DOCTYPE html><html lang="en"><head><title>${HEADLINE}</title>${head}</head><body>${body}</body></html>`;
  const [article] = scrub(html, { from: 'html' });
  return { author: article?.author ?? null, published: article?.published ?? null };
}
const post = (meta: string) => page('', `<div class="post"><h1>${HEADLINE}</h1>${meta}${STORY}</div>`);

describe('dates a theme shows', () => {
  it.each([
    ['a camelCase class', '<span class="storyDate"><span>Fri 6:45 PM, Feb 16, 2018</span></span>', '2018-02-16T18:45:00'],
    ["WordPress's posted-on", '<div class="posted-on">November 19th, 2019 at 8:40 AM</div>', '2019-11-19T08:40:00'],
    ['a page builder widget', '<div class="elementor-widget elementor-widget-post-info"><span class="elementor-post-info__item--type-date">July 2, 2018</span></div>', '2018-07-02'],
    ['a "no-promo" modifier above it', '<header class="content__header--no-promo"><time datetime="2019-11-19T10:07:00-0500">Nov 19</time></header>', '2019-11-19T10:07:00-05:00'],
    ['a row of spans, the published one first', '<ul class="article__time"><li><span>18 Nov 2019,</span><span> 19:09</span></li><li>Updated: 19 Nov 2019, 08:11</li></ul>', '2019-11-18T19:09:00'],
    ['a byline set as a linked heading over it', '<div class="post__author-date"><h6 class="byline">By <a href="/authors/jane-roe/">Jane Roe</a></h6><p><em>November 15, 2019</em></p></div>', '2019-11-15'],
  ])('reads %s', (_, meta, want) => {
    expect(post(meta).published).toBe(want);
  });
});

describe('credits a theme shows', () => {
  it('does not read a widget a broken page nests in the byline box', () => {
    const meta = '<div class="author-contact"><div class="widget_top_five"><h4 class="widget__title">Most Popular Today</h4><a href="/other/">Another story</a></div></div>';
    expect(post(meta).author).toBeNull();
  });
  it('reads the name of a byline heading with a link to the profile', () => {
    expect(post('<h6 class="byline">By <a href="/authors/jane-roe/">Jane Roe</a></h6>').author).toBe('Jane Roe');
  });
  it('reads "Posted by" beside the date, and not an "Updated" for a name', () => {
    expect(post('<span class="byline"> Posted by Jane Roe</span> on <span class="posted-on"><span class="entry-date published">November 19, 2019, 6:21 AM EST</span></span>').author).toBe('Jane Roe');
    expect(post('<div class="c-byline"><span>Updated</span> <time datetime="2019-11-20T09:00:00Z">Nov 20</time></div>').author).toBeNull();
  });
  it('reads the name of a contact card, not its address and number', () => {
    expect(cleanAuthor('By Jane Roe jroe@example.com(509) 555-0100')).toBe('Jane Roe');
  });
  it.each(['By', 'Por:', 'Published by', 'jdadmin', 'webnata'])('names no one in %s', (raw) => {
    expect(cleanAuthor(raw)).toBeNull();
  });
  it('keeps a one-word name that is a name', () => {
    expect(cleanAuthor('Regan')).toBe('Regan');
  });
});

describe('shown dates in parts', () => {
  it('takes the original of "Updated … / Original …"', () => {
    const part = publicationPart('Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET');
    expect(part && shownDate(part)).toMatch(/^2019-11-19T08:02/);
  });
  it('reads a zone after a comma', () => {
    expect(shownDate('Wednesday 20 November 2019 11:42, UK')).toMatch(/^2019-11-20T11:42/);
  });
  it('takes no date from an update alone', () => {
    expect(publicationPart('Last updated: 19 Nov 2019')).toBeNull();
  });
});

describe('JSON-LD that describes the page, not an article', () => {
  it("reads Yoast's WebPage for its date and author, not its name, as a weaker source", () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Ferry - Gazette', datePublished: '2021-02-09T08:30:00+00:00', author: { '@id': '#p' } },
        { '@type': 'Person', '@id': '#p', name: 'Ines Marlow' },
      ],
    });
    expect(jsonLdFields(graph)).toEqual([
      ['author', 'Ines Marlow', 'weak'],
      ['published', '2021-02-09T08:30:00+00:00', 'weak'],
    ]);
  });
  it('leaves the page to the Open Graph date where there is one', () => {
    const graph = `<script type="application/ld+json">{"@type":"WebPage","datePublished":"2021-02-09T20:30:00+00:00"}</script>`;
    expect(page(`${graph}<meta property="article:published_time" content="2021-02-09T14:30:00+00:00">`, STORY).published).toBe('2021-02-09T14:30:00+00:00');
  });
});
