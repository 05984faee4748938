/**
 * feedscrub as a library:
 *
 *   import { scrub, render } from 'feedscrub';
 *   const [article] = scrub(dump, { path: 'dump.txt' });
 *   const markdown = await render(article, 'md');
 */
import type { Article } from './article.js';
import type { RenderOptions } from './renderer.js';
import { loadRenderer, rendererName } from './renderers/index.js';

export type { Article, Note, Removal, ArticleSource, MetaField } from './article.js';
export { META_FIELDS } from './article.js';
export type { Rule, RuleContext, LineRef, Zone } from './rule.js';
export type { DomRule, DomRuleContext } from './dom-rule.js';
export type { Renderer, RenderOptions } from './renderer.js';
export type { Reader } from './reader.js';
export type { Extractor } from './extractor.js';
export { scrub, type ScrubOptions } from './pipeline.js';
export type {
  Config,
  CustomMatch,
  CustomRuleConfig,
  LoadedConfig,
  RuleSetting,
  SitePack,
  SitePackConfig,
} from './config/index.js';
export { rules } from './rules/index.js';
export { domRules } from './rules/dom/index.js';
export { readers } from './readers/index.js';
export { extractors } from './extractors/index.js';
export { renderers, type RendererName } from './renderers/index.js';

/** Render one article, or several into one output, as `json`, `ndjson`, `md` (`markdown`), `html` or `text`. */
export async function render(
  articles: Article | readonly Article[],
  format: string,
  options: RenderOptions = {},
): Promise<string> {
  const name = rendererName(format);
  if (!name) throw new TypeError(`Unknown format "${format}": use json, ndjson, md, html or text`);
  const list: readonly Article[] = Array.isArray(articles) ? articles : [articles as Article];
  return (await loadRenderer(name)).render(list, options);
}
