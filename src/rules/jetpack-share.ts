import type { Rule } from '../rule.js';
import { key } from '../text/fold.js';
import { foldsLonger } from '../text/fold-start.js';

// Jetpack Sharing (sharedaddy): the label "Share this:", then per button its title attribute
// ("Click to share on %s", "Click to email a link to a friend", "Click to print", with
// " (Opens in new window)" in newer releases) and its text, the bare service name. A bare "Facebook"
// or "Print" can also be a one-word paragraph, so it goes only right after a line of the widget.
const LABEL = /^share this:?$/i;
const BUTTON = /^click to (?:share on (.{1,40}?)|email (?:this|a link) to a friend|print)(?: \(opens in new window\))?$/i;
const MAX_FOLDED = 80;
const SERVICES = new Set([
  'x', 'twitter', 'facebook', 'linkedin', 'email', 'e-mail', 'print', 'reddit', 'whatsapp', 'tumblr', 'pinterest',
  'pocket', 'telegram', 'skype', 'mastodon', 'threads', 'bluesky', 'nextdoor', 'stumbleupon', 'digg', 'google',
  'google+', 'press this', 'more',
]);

const rule: Rule = {
  id: 'jetpack-share',
  description: 'Removes the Jetpack "Share this:" block: the label, the "Click to share on X" lines and the service name after each.',
  zone: 'tail',
  apply(ctx) {
    // The service the previous widget line named; '' after the label; null once prose intervenes.
    let after: string | null = null;
    for (const line of ctx.lines) {
      // Longer than any widget line ("click to share on" a 40-character name "(opens in new
      // window)"): prose, and not folded.
      if (foldsLonger(line.text, MAX_FOLDED)) {
        after = null;
        continue;
      }
      const button = BUTTON.exec(line.folded);
      if (LABEL.test(line.folded) || button) {
        after = button?.[1] ? key(button[1]) : '';
        ctx.remove(line);
      } else if (after !== null && (SERVICES.has(key(line.folded)) || (after !== '' && key(line.folded) === after))) {
        ctx.remove(line);
      } else {
        after = null;
      }
    }
  },
};
export default rule;
