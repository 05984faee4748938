import TurndownService from 'turndown';

/**
 * HTML bodies to Markdown with turndown (the card's choice, and Postlight's): ATX headings,
 * fenced code, "-" bullets.
 */
let service: TurndownService | null = null;

export function htmlToMarkdown(html: string): string {
  service ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  return service.turndown(html);
}
