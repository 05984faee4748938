// The page extractors people reach for, run on the same inputs as feedscrub, each as its README
// shows, so the accuracy table says what feedscrub adds over them. They read documents, not dumps:
// an HTML dump is given as it is (wrapped in a document when it has none), a text, Markdown or feed
// dump as escaped paragraphs, which is what a user piping a dump into them would get.
// Each returns { title, author, published, text } or null when it found no article.
import { decodeHTML } from 'entities';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function asDocument(input, kind) {
  if (kind === 'html') return /<html[\s>]/i.test(input) ? input : `<!doctype html><html><head></head><body>${input}</body></html>`;
  const paragraphs = input.split(/\r?\n\s*\r?\n/).map((p) => `<p>${escape(p.trim()).replace(/\r?\n/g, '<br>')}</p>`);
  return `<!doctype html><html><head></head><body>${paragraphs.join('\n')}</body></html>`;
}

/** Visible text of an HTML fragment, one line per block, so that phrases never run across blocks. */
export function htmlText(html) {
  return decodeHTML(
    String(html ?? '')
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<\/(p|div|li|h[1-6]|blockquote|pre|tr|section|article|figure|figcaption)>|<br\s*\/?>/gi, '\n')
      .replace(/<[^>]+>/g, ' '),
  );
}

export async function loadPeers() {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const { Defuddle } = await import('defuddle/node');
  const Postlight = (await import('@postlight/parser')).default;
  const url = 'https://example.org/article';
  return [
    {
      id: 'readability',
      label: 'Readability 0.6 (linkedom)',
      async run(doc) {
        const { document } = parseHTML(doc);
        const a = new Readability(document).parse();
        return a && { title: a.title || null, author: a.byline || null, published: a.publishedTime || null, text: htmlText(a.content) };
      },
    },
    {
      id: 'defuddle',
      label: 'Defuddle (linkedom)',
      async run(doc) {
        const { document } = parseHTML(doc);
        // useAsync off: a page it finds empty is never fetched from a third party.
        const a = await Defuddle(document, url, { useAsync: false });
        return a && { title: a.title || null, author: a.author || null, published: a.published || null, text: htmlText(a.content) };
      },
    },
    {
      id: 'postlight',
      label: 'Postlight Parser',
      async run(doc) {
        // Given the html, it fetches nothing.
        const a = await Postlight.parse(url, { html: doc, contentType: 'html' });
        return a && { title: a.title || null, author: a.author || null, published: a.date_published || null, text: htmlText(a.content) };
      },
    },
  ];
}
