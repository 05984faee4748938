import { lineRule } from './define.js';

// Feedzy appends "[embed]<url>[/embed]" to YouTube items; the shortcode was
// never expanded because the text left WordPress. Only a line that is nothing but the shortcode
// around one URL: a WordPress tutorial sentence quoting "[embed]...[/embed]" is prose.
export default lineRule({
  id: 'embed-shortcode',
  description: 'Removes an unexpanded "[embed]https://…[/embed]" shortcode line, as Feedzy appends to YouTube items.',
  zone: 'tail',
  // Folding makes no "[" but from a character reference: a line opening with anything else is not folded.
  cannotMatch: (text) => /^\s*[^\s&[]/.test(text),
  patterns: [/^\[embed(?: [^\]]*)?\] ?https?:\/\/\S+? ?\[\/embed\]$/i],
});
