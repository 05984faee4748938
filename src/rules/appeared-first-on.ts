import { lineRule } from './define.js';

// Yoast SEO's default RSS footer "The post %%POSTLINK%% appeared first on %%BLOGLINK%%." and All in
// One SEO's "The post #post_link first appeared on #site_link." Anchored on "The post " so that
// "first appeared on the market" in prose never matches.
export default lineRule({
  id: 'appeared-first-on',
  description: 'Removes the Yoast / All in One SEO feed footer "The post <title> appeared first on <site>." and keeps the site name.',
  zone: 'tail',
  patterns: [/^the post (.+?) (?:appeared first|first appeared) on (.+?)\.?$/i],
  meta: (m) => ({ site: m[2] ?? '' }),
  weight: 60,
});
