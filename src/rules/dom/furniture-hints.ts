/**
 * Class and id names that page templates give their furniture, one family per entry. Each is
 * matched against every class token and the id as a whole word between `-`/`_` separators, so
 * "jp-relatedposts" and "related_posts_box" match "relatedposts" and "related", but "unrelated" does
 * not; "_" and "-" are one separator ("et_pb_post_nav" is "post-nav"). Names are mostly English whatever the page's language; the others are listed with them.
 */
export const FURNITURE_HINTS = {
  related: [
    'related', 'relatedposts', 'related-posts', 'yarpp', 'crp_related', 'rp4wp', 'taboola', 'outbrain', 'ob-widget',
    'trc_related_container', 'more-stories', 'morestories', 'read-next', 'readnext', 'recirc', 'recommended',
    'you-may-like', 'also-read', 'most-popular', 'mostpopular', 'most-read', 'mostread', 'trending',
    'relacionados', 'relacionadas', 'correlati', 'verwandte', 'similaires', 'zemanta',
    'more-on-this-story', 'top-stories', 'latest-news', 'latest-posts', 'latest-stories', 'latest-articles',
    'popular-posts', 'more-news', 'more-from', 'post-navigation', 'nav-previous', 'nav-next', 'prev-post',
    'next-post', 'previous-post', 'post-nav', 'leia-tambem', 'veja-tambem', 'mais-lidas', 'ultimas-noticias',
    'mas-leidas', 'meistgelesen', 'piu-letti', 'prevnext', 'prev-next', 'previous-next', 'next-previous',
    // WordPress's embed of another post (a card with its title), Jetpack's top-posts widget, Blogger's pager.
    'wp-embedded-content', 'is-type-wp-embed', 'top-posts', 'blog-pager', 'next-prev', 'post-pager',
  ],
  comments: [
    'comments', 'comment-list', 'commentlist', 'comments-area', 'comment-respond', 'comment-form', 'respond',
    'disqus_thread', 'disqus', 'fb-comments', 'comentarios', 'kommentare', 'commentaires', 'commenti', 'reacties',
    'comment-wrapper', 'comments-wrapper', 'coral_thread', 'spotim', 'viafoura', 'wpdiscuz', 'wpdcom', 'wpd-threads',
  ],
  signup: [
    'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign-up', 'mailchimp', 'mc4wp',
    'mc_embed_signup', 'optin', 'opt-in', 'email-signup', 'convertkit', 'mailpoet',
    // ConvertKit's, MailerLite's, Brevo's, Klaviyo's and The Newsletter Plugin's embedded forms.
    'formkit-form', 'ml-embedded', 'ml-form-embedcontainer', 'sib-form', 'klaviyo-form', 'tnp-subscription',
  ],
  authorBox: [
    'author-box', 'authorbox', 'author-bio', 'authorbio', 'about-author', 'about-the-author', 'author-about',
    'author-profile', 'author-description', 'saboxplugin-wrap', 'abh_box', 'molongui-author-box', 'bio-box',
    'author-details', 'author-card', 'sobre-o-autor', 'autor-box',
    // Twenty Fifteen and its kin, Molongui's slim box.
    'author-info', 'm-a-box', 'post-author-box', 'multiple-authors-boxes', 'wp-block-post-author',
  ],
  consent: [
    'cookie', 'cookies', 'cookie-notice', 'cookie-banner', 'cookie-bar', 'cookie-law-info-bar', 'consent',
    'cookie-consent', 'gdpr', 'cc-banner', 'cc-window', 'onetrust-consent-sdk', 'cybotcookiebotdialog', 'cmp-container',
    // Consent platforms by their roots (Didomi, Quantcast, iubenda, Usercentrics, consentmanager,
    // CookieYes, TrustArc, Sourcepoint, Osano), and the GDPR's names in French, Spanish and Portuguese.
    'didomi-host', 'didomi-popup', 'qc-cmp2-container', 'iubenda-cs-banner', 'usercentrics-root', 'cmpbox', 'cky-consent-container',
    'truste-consent-track', 'sp_message_container', 'osano-cm-window', 'rgpd', 'lgpd',
  ],
  share: [
    'share', 'shares', 'sharing', 'share-buttons', 'share-bar', 'sharebar', 'share-tools', 'sharetools', 'social-share',
    'socialshare', 'sharedaddy', 'sharethis', 'shareaholic', 'a2a_kit', 'ssba', 'social-buttons', 'social-icons',
    'compartilhar', 'compartir', 'compartilhe', 'teilen', 'partager', 'partage', 'condividi', 'condivisione',
  ],
  breadcrumbs: [
    'breadcrumb', 'breadcrumbs', 'bread-crumb', 'bread-crumbs', 'rank-math-breadcrumb', 'yoast-breadcrumb', 'miga-de-pan',
    // tagDiv's crumbs (not "crumbs" alone: a story may be about them), the French "fil d'Ariane",
    // the Spanish "migas", the Japanese "pankuzu".
    'entry-crumbs', 'entry-crumb', 'crumb-container', 'crumb-trail', 'crumbtrail', 'fil-ariane', 'fil-d-ariane', 'migas', 'pankuzu',
  ],
  player: [
    'video-js', 'vjs-control-bar', 'vjs-text-track-display', 'vjs-modal-dialog', 'vjs-big-play-button', 'jw-controls',
    'jw-display', 'jwplayer', 'mejs-controls', 'mejs-offscreen', 'plyr__controls', 'ytp-chrome-bottom',
    'video-player', 'videoplayer', 'audio-player', 'player-controls', 'media-controls', 'wp-video', 'wp-audio-shortcode',
  ],
  // Captions and credit lines under pictures: the article's text is the prose, not what the pictures say.
  caption: [
    'caption', 'captions', 'wp-caption-text', 'wp-element-caption', 'figcaption', 'media-caption', 'image-caption',
    'img-caption', 'photo-caption', 'caption-text', 'credit', 'credits', 'image-credit', 'photo-credit', 'media-credit',
    'img-credit', 'image-attribution', 'photo-attribution', 'legenda', 'legende', 'bildunterschrift', 'didascalia', 'leyenda', 'pie-de-foto',
  ],
  tags: [
    'tags', 'tag-list', 'taglist', 'tags-list', 'post-tags', 'entry-tags', 'article-tags', 'story-tags', 'tags-links',
    'tag-links', 'tagcloud', 'tag-cloud', 'tags-container', 'tags-box', 'topics', 'related-topics', 'article-topics',
    'cat-links', 'post-categories', 'entry-categories', 'blog-categories', 'filed-under', 'etiquetas', 'schlagworte', 'schlagwoerter',
  ],
  // A slideshow's controls and counters ("1 / 23", "Back to gallery"), not its pictures.
  gallery: [
    'carousel-control', 'carousel-controls', 'carousel-indicators', 'carousel-nav', 'slick-arrow', 'slick-dots',
    'owl-nav', 'owl-dots', 'swiper-pagination', 'swiper-button-next', 'swiper-button-prev', 'gallery-overlay',
    'gallery-nav', 'gallery-controls', 'gallery-counter', 'slideshow-nav', 'slideshow-controls', 'slide-counter',
    'slideshow-counter', 'lightbox-nav', 'pswp__ui', 'flex-direction-nav', 'flex-control-nav',
  ],
  // Text for screen readers only ("Image copyright", "Opens in a new window"): never on the page as read.
  // So are the copies of the metadata a theme prints for search engines (Enfold's av-structured-data).
  screenReader: [
    'av-structured-data', 'structured-data', 'hidden-structured-data',
    'sr-only', 'screen-reader-text', 'screen-reader-only', 'screenreader-only', 'visually-hidden', 'visuallyhidden',
    'off-screen', 'offscreen', 'element-invisible', 'a11y-only', 'assistive-text', 'hidden-visually', 'u-visually-hidden',
  ],
  ad: [
    'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'ad-slot', 'ad-container', 'ad-wrapper',
    'ad-unit', 'ad-label', 'adsbygoogle', 'adsense', 'dfp', 'gpt-ad', 'google-ad', 'banner-ad', 'anuncio',
    'publicidad', 'publicidade', 'werbung', 'anzeige', 'pubblicita', 'reklama', 'iklan',
  ],
  // Donation and membership appeals, and a paywall's call to subscribe: not the wall's container
  // ("paywall", "premium" wrap the article itself on some sites), the box that asks.
  appeal: [
    'donate', 'donation', 'donations', 'donate-box', 'support-us', 'supportus', 'support-box', 'how-to-support',
    'become-member', 'become-a-member', 'membership-appeal', 'membership-prompt', 'contribute-box', 'contributions-epic',
    'cta', 'call-to-action', 'gofundme', 'patreon', 'paywall-prompt', 'paywall-message', 'paywall-offer', 'snippet-login',
    'regwall', 'subscribe-wall', 'subscription-wall', 'meter-wall', 'piano-offer', 'spenden', 'doacao', 'apoie', 'donazione',
  ],
  // The site's staff or contributors as a list of names: who works there, not who wrote this.
  staff: [
    'team', 'team-member', 'team-members', 'team-list', 'our-team', 'staff', 'staff-list', 'staff-members',
    'staff-directory', 'contributors-list', 'contributor-list', 'equipe', 'redaktion', 'redazione', 'redaccion',
  ],
  // The label over a headline that names its section or story ("BLACK DEATH FEARS", "Tech").
  kicker: [
    'kicker', 'article-kicker', 'eyebrow', 'overline', 'supertitle', 'super-title', 'surtitle', 'surtitre', 'overtitle',
    'topline', 'dachzeile', 'rubric', 'rubrik', 'chapeu', 'antetitulo', 'occhiello', 'section-label', 'category-label',
  ],
  // The sentence under a headline that sums the story up; the article starts after it.
  standfirst: [
    'dek', 'deck', 'standfirst', 'sub-head', 'subhead', 'sub-headline', 'subheadline', 'strapline', 'subtitle', 'sub-title',
    'article-subtitle', 'summary', 'article-summary', 'excerpt', 'lead', 'lede', 'intro', 'abstract', 'chapo', 'teaser',
    'description', 'sottotitolo', 'untertitel', 'bajada', 'linha-fina', 'sous-titre', 'podzagolovok',
  ],
} as const;

export type FurnitureFamily = keyof typeof FURNITURE_HINTS;
