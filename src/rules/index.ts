import type { Rule } from '../rule.js';
import agencyCredit from './agency-credit.js';
import adSlot from './ad-slot.js';
import aggregatorMeta from './aggregator-meta.js';
import archiveMeta from './archive-meta.js';
import authorBio from './author-bio.js';
import bioParagraph from './bio-paragraph.js';
import appearedFirstOn from './appeared-first-on.js';
import automatedFiller from './automated-filler.js';
import clickHere from './click-here.js';
import clickToTweet from './click-to-tweet.js';
import commentCount from './comment-count.js';
import copyrightLine from './copyright-line.js';
import readingTime from './reading-time.js';
import creditSentence from './credit-sentence.js';
import cutFragment from './cut-fragment.js';
import disclaimer from './disclaimer.js';
import editorCredit from './editor-credit.js';
import enlargePrompt from './enlarge-prompt.js';
import codeChrome from './code-chrome.js';
import duplicateTitle from './duplicate-title.js';
import embedUrl from './embed-url.js';
import emailAuthor from './email-author.js';
import embedShortcode from './embed-shortcode.js';
import scriptLeftover from './script-leftover.js';
import feedMeta from './feed-meta.js';
import feedMoved from './feed-moved.js';
import feedzyFooter from './feedzy-footer.js';
import feedzyPlaceholder from './feedzy-placeholder.js';
import fivefiltersFooter from './fivefilters-footer.js';
import followCall from './follow-call.js';
import footerLinks from './footer-links.js';
import gluedFeedUrl from './glued-feed-url.js';
import headByline from './head-byline.js';
import headFields from './head-fields.js';
import headLabel from './head-label.js';
import jetpackLike from './jetpack-like.js';
import jetpackRelated from './jetpack-related.js';
import jetpackShare from './jetpack-share.js';
import labelledDate from './labelled-date.js';
import markdownComment from './markdown-comment.js';
import mediumFooter from './medium-footer.js';
import pageHead from './page-head.js';
import newsletterFooter from './newsletter-footer.js';
import pageWidget from './page-widget.js';
import pageNumbers from './page-numbers.js';
import permalinkLine from './permalink-line.js';
import postNav from './post-nav.js';
import poweredBy from './powered-by.js';
import podcastFooter from './podcast-footer.js';
import episodeCredits from './episode-credits.js';
import photoCredit from './photo-credit.js';
import htmlComment from './html-comment.js';
import sourceDateline from './source-dateline.js';
import physorgFooter from './physorg-footer.js';
import readMore from './read-more.js';
import redditFooter from './reddit-footer.js';
import relatedHeadlines from './related-headlines.js';
import relatedLink from './related-link.js';
import repeatedSummary from './repeated-summary.js';
import reprintNotice from './reprint-notice.js';
import seriesNotice from './series-notice.js';
import shareRow from './share-row.js';
import shareWidget from './share-widget.js';
import siteCall from './site-call.js';
import sponsorRead from './sponsor-read.js';
import slashdotFooter from './slashdot-footer.js';
import sourceLink from './source-link.js';
import substack from './substack.js';
import supporterRoll from './supporter-roll.js';
import syndicationCredit from './syndication-credit.js';
import taxonomyLabel from './taxonomy-label.js';
import tailBlock from './tail-block.js';
import tailByline from './tail-byline.js';
import headCreditEcho from './head-credit-echo.js';
import tailDateline from './tail-dateline.js';
import unreplacedTag from './unreplaced-tag.js';
import viaLine from './via-line.js';
import watchCall from './watch-call.js';

/**
 * Every built-in rule, in the order they run. The order is a decision:
 * - the head is settled first (the feed's credit fields, which are no body, so that a repeated
 *   title is judged against what is left; the repeated title; then bylines), and the patterns
 *   that cannot be prose wherever they stand;
 * - footers that name the site run before share-widget, which trusts a site it already knows;
 * - read-more and tail-byline run once the footers below them are gone;
 * - tail-block runs last because it looks at what the others removed.
 */
export const rules: readonly Rule[] = [
  headFields,
  duplicateTitle,
  pageHead,
  headLabel,
  repeatedSummary,
  unreplacedTag,
  markdownComment,
  htmlComment,
  feedzyPlaceholder,
  headByline,
  sourceDateline,
  creditSentence,
  syndicationCredit,
  viaLine,
  adSlot,
  sponsorRead,
  podcastFooter,
  episodeCredits,
  supporterRoll,
  archiveMeta,
  photoCredit,
  enlargePrompt,
  codeChrome,
  editorCredit,
  clickToTweet,
  substack,
  feedzyFooter,
  appearedFirstOn,
  mediumFooter,
  slashdotFooter,
  redditFooter,
  fivefiltersFooter,
  physorgFooter,
  embedShortcode,
  scriptLeftover,
  embedUrl,
  permalinkLine,
  jetpackShare,
  jetpackLike,
  jetpackRelated,
  relatedLink,
  postNav,
  seriesNotice,
  poweredBy,
  footerLinks,
  shareRow,
  pageWidget,
  pageNumbers,
  aggregatorMeta,
  feedMeta,
  feedMoved,
  commentCount,
  readingTime,
  gluedFeedUrl,
  newsletterFooter,
  siteCall,
  followCall,
  reprintNotice,
  copyrightLine,
  authorBio,
  bioParagraph,
  sourceLink,
  disclaimer,
  automatedFiller,
  readMore,
  cutFragment,
  clickHere,
  tailByline,
  headCreditEcho,
  emailAuthor,
  tailDateline,
  taxonomyLabel,
  agencyCredit,
  watchCall,
  labelledDate,
  shareWidget,
  relatedHeadlines,
  tailBlock,
];

export const ruleIds: readonly string[] = rules.map((r) => r.id);
