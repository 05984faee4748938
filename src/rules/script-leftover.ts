import { family, wholeLine } from '../phrases/match.js';
import { scriptNotices } from '../phrases/script-notices.js';
import type { Rule } from '../rule.js';

// WordPress leftovers that never became markup: a widget's notice for readers without scripts
// (src/phrases/script-notices.ts) and a plugin's shortcode the theme did not expand, left as text:
// `[button link="…" type="big"]Send us your photos[/button]`. A shortcode line is told by its
// shape, never its name: a tag with at least one key="value" attribute, alone or around a short
// label closed by the same tag. A sentence that quotes a shortcode is prose.
const NOTICES = family(scriptNotices, String.raw`\s*[.!]?`);
const Q = `["“”″'‘’]`;
const ATTRS = String.raw`(?:\s+[\w-]+=${Q}[^\]"“”″]*${Q})+\s*`;
const SHORTCODE = new RegExp(String.raw`^\[([a-z][\w-]*)${ATTRS}\/?\](?:([^\[\]]{0,80})\[\/\1\])?$`, 'i');
const MAX_LABEL_WORDS = 10;

function shortcodeLine(text: string): boolean {
  const m = SHORTCODE.exec(text.trim());
  if (!m) return false;
  const label = (m[2] ?? '').trim();
  return label.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.!?]\s+\S/.test(label);
}

const rule: Rule = {
  id: 'script-leftover',
  description: 'Removes what scripts and shortcodes left as text: "This slideshow requires JavaScript." (in many languages) and an unexpanded shortcode line such as [button link="…"]Label[/button].',
  zone: 'anywhere',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const hit = wholeLine(NOTICES, line.text.trim());
      if (hit) ctx.remove(line, hit.lang);
      else if (shortcodeLine(line.text)) ctx.remove(line);
    }
  },
};
export default rule;
