import type { Rule } from '../rule.js';
import { key, startsLower } from '../util/fold.js';
import { isSiteName } from '../util/names.js';

// Yoast SEO's default RSS footer "The post %%POSTLINK%% appeared first on %%BLOGLINK%%." and All in
// One SEO's "The post #post_link first appeared on #site_link." Anchored on "The post " so that
// "first appeared on the market" in prose never matches.
const FOOTER = /^the post (.+?) (?:appeared first|first appeared) on (.+?)\.?$/i;

/**
 * The footer names this very post, or at least a title and a site. "The post of harbour master
 * first appeared on the town's records" has neither: a lower-case "post" and no site.
 */
function isFooter(post: string, site: string, title: string | null): boolean {
  if (title !== null && key(post.replace(/^"(.*)"$/, '$1')) === key(title)) return true;
  return !startsLower(post) && isSiteName(site, 8);
}

const rule: Rule = {
  id: 'appeared-first-on',
  description: 'Removes the Yoast / All in One SEO feed footer "The post <title> appeared first on <site>." and keeps the site name.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      const m = FOOTER.exec(line.folded);
      if (!m?.[1] || !m[2] || !isFooter(m[1], m[2], ctx.title)) continue;
      ctx.meta('site', m[2].trim(), line, 60);
      ctx.remove(line);
    }
  },
};
export default rule;
