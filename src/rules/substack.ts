import type { Rule } from '../rule.js';

// Substack's buttons and the subscribe widget become whole lines in its feeds, in the middle of a
// post as well as at the end (simonw.substack.com/feed). "Subscribe now to ..." inside a sentence is
// promotional prose and stays: only the bare button text goes. A lone "Share" is the widget's too,
// but in a feed that is not Substack's it is share-widget's business, so it needs a Substack mark.
const THANKS = /^thanks for reading(?: (.+?))?! (?:subscribe (?:for free )?to receive new posts and support my work|this post is public so feel free to share it)\.?$/i;
const MARKS = [/^subscribe now$/i, /^this post is public so feel free to share it\.?$/i, /^leave a comment$/i];
const SHARE = /^share$/i;
// Every line above opens with "tha", "thi", "sub", "lea" or "sha", and folding changes no letter:
// another line is not folded (its folded copy is kept per line). A character reference ("&")
// may fold to a letter.
const OPENS = /^\s*(?:&|t(?:&|h(?:&|[ai]))|s(?:&|u(?:&|b)|h(?:&|a))|l(?:&|e(?:&|a)))/i;

const rule: Rule = {
  id: 'substack',
  description: 'Removes Substack button and widget lines ("Subscribe now", "Thanks for reading <Pub>! ...", "Share") and takes the publication name as the site.',
  zone: 'anywhere',
  apply(ctx) {
    let substack = false;
    for (const line of ctx.lines) {
      if (!OPENS.test(line.text)) continue;
      const thanks = THANKS.exec(line.folded);
      if (thanks?.[1]) ctx.meta('site', thanks[1].trim(), line, 50);
      if (thanks || MARKS.some((p) => p.test(line.folded))) {
        substack = true;
        ctx.remove(line);
      }
    }
    if (!substack) return;
    for (const line of ctx.lines) if (OPENS.test(line.text) && SHARE.test(line.folded)) ctx.remove(line);
  },
};
export default rule;
