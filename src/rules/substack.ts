import { family, wholeLine } from '../phrases/match.js';
import { substackNotices } from '../phrases/subscribe-calls.js';
import type { LineRef, Rule } from '../rule.js';
import { isProse } from '../text/fold.js';
import { isSiteName } from '../metadata/credit/names.js';

// Substack's buttons and the subscribe widget become whole lines in its feeds, in the middle of a
// post as well as at the end (simonw.substack.com/feed): "Subscribe now", "Thanks for reading
// <Pub>! Subscribe for free to receive new posts and support my work.", "Give a gift subscription",
// "<Pub> is a reader-supported publication…", and the same notices where a writer has translated
// them (src/phrases/subscribe-calls.ts). "Subscribe now to ..." inside a sentence is promotional
// prose and stays: only the bare button text goes. A lone "Share" or "Share <Pub>" is the widget's
// too, but in a feed that is not Substack's it is share-row's (the label) and share-widget's (the
// name) business, so it needs a Substack mark; so does "Subscribe to <Pub>" over the publication's "Launched 2 years ago".
// The notices that open with the publication's name are tried apart, on lines that say "reader-supported".
const pubFirst = (first: boolean) => substackNotices.map((set) => ({ lang: set.lang, phrases: set.phrases.filter((p) => p.startsWith('{pub}') === first) })).filter((set) => set.phrases.length > 0);
const NOTICES = family(pubFirst(false), String.raw`\s*[.!]?`);
const PUB_FIRST = family(pubFirst(true), String.raw`\s*[.!]?`);
const MAX_LENGTH = 320;
const SHARE = /^share(?: (.{1,60}))?$/i;
const SUBSCRIBE_TO = /^subscribe to (.{1,60})$/i;
const LAUNCHED = /^launched (?:a|an|one|\d+) (?:days?|weeks?|months?|years?) ago$/i;

const rule: Rule = {
  id: 'substack',
  description: 'Removes Substack (and Ghost) button and widget lines ("Subscribe now", "Thanks for reading <Pub>! ...", "Give a gift subscription", "Share") and takes the publication name as the site.',
  zone: 'anywhere',
  apply(ctx) {
    let substack = false;
    for (const line of ctx.lines) {
      if (line.text.length > MAX_LENGTH) continue;
      const hit = wholeLine(NOTICES, line.text.trim()) ?? (/reader-supported/iu.test(line.text) ? wholeLine(PUB_FIRST, line.text.trim()) : null);
      if (!hit) continue;
      if (hit.groups.pub && isSiteName(hit.groups.pub, 8)) ctx.meta('site', hit.groups.pub.trim(), line, 50);
      substack = true;
      ctx.remove(line, hit.lang);
    }
    const proseAfter = (line: LineRef) => ctx.all.some((l) => l.n > line.n && isProse(l.text));
    ctx.lines.forEach((line, i) => {
      if (line.text.length > 80) return;
      const text = line.folded;
      const share = SHARE.exec(text);
      const subscribeTo = SUBSCRIBE_TO.exec(text);
      const next = ctx.lines[i + 1];
      if (substack && share && (share[1] === undefined || isSiteName(share[1], 6))) ctx.remove(line);
      else if (subscribeTo && isSiteName(subscribeTo[1] ?? '', 6) && (substack || (next !== undefined && LAUNCHED.test(next.folded)) || !proseAfter(line))) ctx.remove(line);
      else if (LAUNCHED.test(text) && (substack || ctx.removals.some((r) => r.line === line.n - 1))) ctx.remove(line);
    });
  },
};
export default rule;
