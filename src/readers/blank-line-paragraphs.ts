// An HTML body whose paragraphs are parted by blank lines, not by <p> (WordPress stores post
// content that way and adds the <p> only when it renders; feeds, API records and exports hand the
// stored form on). HTML reads a blank line as a space, so every such paragraph would run into the
// next: a footer into the story's last sentence, a note into the call to action above it. Each run
// of lines between blank lines that holds no block element is made the paragraph it is, as
// WordPress's own autop does. Runs with a block element in them are markup already and stay;
// inside <pre> a blank line is the text's own.

const BLOCK = /<\/?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|figure|figcaption|section|article|header|footer|aside|nav|main|form|hr|address|details|summary|iframe|video|audio|object|embed|script|style|noscript|center|picture)(?:\s[^<>]*)?\/?>/i;
const PRE_OPEN = /<pre[\s>]/gi;
const PRE_CLOSE = /<\/pre\s*>/gi;
const TEXT = /[^\s]/;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The body's lines with each blank-line paragraph that has no block element wrapped in <p>. */
export function blankLineParagraphs(lines: readonly string[]): string[] {
  // Nothing to do unless a blank line stands between two lines of text.
  if (!lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1)) return [...lines];
  const out = [...lines];
  let pre = 0;
  let i = 0;
  while (i < out.length) {
    if ((out[i] as string).trim() === '') {
      i++;
      continue;
    }
    let end = i;
    while (end < out.length && (out[end] as string).trim() !== '') end++;
    const run = out.slice(i, end).join('\n');
    const inPre = pre > 0;
    pre = Math.max(0, pre + count(run, PRE_OPEN) - count(run, PRE_CLOSE));
    if (!inPre && !BLOCK.test(run) && !/^\s*<!--/.test(run) && TEXT.test(run.replace(/<[^>]*>/g, ''))) {
      out[i] = `<p>${out[i] as string}`;
      out[end - 1] = `${out[end - 1] as string}</p>`;
    }
    i = end;
  }
  return out;
}
