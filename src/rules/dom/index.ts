import type { DomRule } from '../../dom-rule.js';
import authorBox from './author-box.js';
import breadcrumbs from './breadcrumbs.js';
import bylineElement from './byline-element.js';
import commentSection from './comment-section.js';
import cookieBanner from './cookie-banner.js';
import hiddenContent from './hidden-content.js';
import playerChrome from './player-chrome.js';
import relatedPosts from './related-posts.js';
import signupForm from './signup-form.js';
import adIframe from './ad-iframe.js';
import addtoany from './addtoany.js';
import emptyWrapper from './empty-wrapper.js';
import feedburner from './feedburner.js';
import feedsportal from './feedsportal.js';
import feedzyLink from './feedzy-link.js';
import hiddenElement from './hidden-element.js';
import iframeEmbed from './iframe-embed.js';
import jetpackWidget from './jetpack-widget.js';
import pageChrome from './page-chrome.js';
import shareLinks from './share-links.js';
import shareLinkRow from './share-link-row.js';
import homeLinkFooter from './home-link-footer.js';
import socialWarfare from './social-warfare.js';
import trackingPixel from './tracking-pixel.js';
import imageCaption from './image-caption.js';
import tagList from './tag-list.js';
import adLabel from './ad-label.js';
import listHeading from './list-heading.js';
import galleryChrome from './gallery-chrome.js';
import screenReaderText from './screen-reader-text.js';
import linkList from './link-list.js';
import supportAppeal from './support-appeal.js';
import staffList from './staff-list.js';
import commentPrompt from './comment-prompt.js';
import commentPolicy from './comment-policy.js';
import captionCredit from './caption-credit.js';
import promoRun from './promo-run.js';
import standfirst from './standfirst.js';
import subscribeCall from './subscribe-call.js';
import networkRow from './network-row.js';
import uiControl from './ui-control.js';
import pagination from './pagination.js';

/**
 * Every built-in DOM rule, in the order they run on an HTML body, before its lines exist:
 * - code first, so that no later rule reads a script's text;
 * - ad frames before the other frames, and FeedBurner's and Feedsportal's pixels before any 1x1
 *   image, so that each removal names its source;
 * - page-chrome once the junk inside the article is gone, so that it weighs articles by their text;
 * - empty-wrapper last: it sweeps up what the others emptied.
 */
export const domRules: readonly DomRule[] = [
  hiddenElement,
  hiddenContent,
  adIframe,
  iframeEmbed,
  feedburner,
  feedsportal,
  trackingPixel,
  feedzyLink,
  jetpackWidget,
  addtoany,
  socialWarfare,
  shareLinks,
  shareLinkRow,
  homeLinkFooter,
  playerChrome,
  relatedPosts,
  commentSection,
  signupForm,
  authorBox,
  cookieBanner,
  breadcrumbs,
  imageCaption,
  captionCredit,
  tagList,
  adLabel,
  listHeading,
  galleryChrome,
  screenReaderText,
  linkList,
  supportAppeal,
  staffList,
  commentPrompt,
  commentPolicy,
  promoRun,
  standfirst,
  subscribeCall,
  networkRow,
  // After the rows and lists that a control belongs to ("Submit Correction" in a link row).
  uiControl,
  pagination,
  bylineElement,
  pageChrome,
  emptyWrapper,
];
