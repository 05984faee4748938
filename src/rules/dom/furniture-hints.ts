/**
 * Class and id names that page templates give their furniture, one family per entry. Each is
 * matched against every class token and the id as a whole word between `-`/`_` separators, so
 * "jp-relatedposts" and "related_posts_box" match "relatedposts" and "related", but "unrelated" does
 * not. Names are mostly English whatever the page's language; the others are listed with them.
 */
export const FURNITURE_HINTS = {
  related: [
    'related', 'relatedposts', 'related-posts', 'yarpp', 'crp_related', 'rp4wp', 'taboola', 'outbrain', 'ob-widget',
    'trc_related_container', 'more-stories', 'morestories', 'read-next', 'readnext', 'recirc', 'recommended',
    'you-may-like', 'also-read', 'most-popular', 'mostpopular', 'most-read', 'mostread', 'trending',
    'relacionados', 'relacionadas', 'correlati', 'verwandte', 'similaires', 'zemanta',
  ],
  comments: [
    'comments', 'comment-list', 'commentlist', 'comments-area', 'comment-respond', 'comment-form', 'respond',
    'disqus_thread', 'disqus', 'fb-comments', 'comentarios', 'kommentare', 'commentaires', 'commenti', 'reacties',
  ],
  signup: [
    'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign-up', 'mailchimp', 'mc4wp',
    'mc_embed_signup', 'optin', 'opt-in', 'email-signup', 'convertkit', 'mailpoet',
  ],
  authorBox: [
    'author-box', 'authorbox', 'author-bio', 'authorbio', 'about-author', 'about-the-author', 'author-about',
    'author-profile', 'author-description', 'saboxplugin-wrap', 'abh_box', 'molongui-author-box', 'bio-box',
  ],
  consent: [
    'cookie', 'cookies', 'cookie-notice', 'cookie-banner', 'cookie-bar', 'cookie-law-info-bar', 'consent',
    'cookie-consent', 'gdpr', 'cc-banner', 'cc-window', 'onetrust-consent-sdk', 'cybotcookiebotdialog', 'cmp-container',
  ],
  share: [
    'share', 'shares', 'sharing', 'share-buttons', 'share-bar', 'sharebar', 'share-tools', 'sharetools', 'social-share',
    'socialshare', 'sharedaddy', 'sharethis', 'shareaholic', 'a2a_kit', 'ssba', 'social-buttons', 'social-icons',
    'compartilhar', 'compartir', 'compartilhe', 'teilen', 'partager', 'partage', 'condividi', 'condivisione',
  ],
  breadcrumbs: ['breadcrumb', 'breadcrumbs', 'rank-math-breadcrumb', 'yoast-breadcrumb', 'miga-de-pan'],
  player: [
    'video-js', 'vjs-control-bar', 'vjs-text-track-display', 'vjs-modal-dialog', 'vjs-big-play-button', 'jw-controls',
    'jw-display', 'jwplayer', 'mejs-controls', 'mejs-offscreen', 'plyr__controls', 'ytp-chrome-bottom',
    'video-player', 'videoplayer', 'audio-player', 'player-controls', 'media-controls', 'wp-video', 'wp-audio-shortcode',
  ],
} as const;

export type FurnitureFamily = keyof typeof FURNITURE_HINTS;
