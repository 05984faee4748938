// A synthetic corpus of syndicated articles with known boilerplate, for `npm run bench`.
//
// Deterministic: the same seed and sizes give the same bytes on every machine (a seeded PRNG, no
// clock, no network). Four input kinds, each article carrying boilerplate families from the
// catalogue of feed junk (Feedzy, Yoast / All in One SEO, Jetpack, read-more links, bylines and
// date lines, FeedBurner, tracking pixels, AddToAny, photo credits, ad slots...):
//   text/   plain-text dumps, one article per file
//   html/   HTML posts as whole pages: a feed item's body in a bare document, or a saved page with
//           the site's masthead, menu, sidebar and footer around the article
//   feeds/  RSS 2.0 and Atom feeds, ten items each, the bodies as escaped HTML
//   export.ndjson  one record per line, the body as text (`content`) or markup (`html`)
// manifest.json holds the ground truth of every article: its body paragraphs and each piece of
// boilerplate (family, the text or URL it leaves, its line in a text dump).
//
//   node scripts/corpus.js --out dir [--articles N] [--seed S] [--ndjson-mb 10,100]
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** mulberry32: small, fast, and the same sequence everywhere. */
export function random(seed) {
  let s = seed | 0;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  next.chance = (p) => next() < p;
  return next;
}

// ---------------------------------------------------------------------------------------------
// Word lists. Prose is built from them by a few sentence shapes, so paragraphs read like local
// news, differ from each other, and run to realistic lengths (25 to 120 words).

const SUBJECTS = ['the council', 'the harbour board', 'residents', 'local traders', 'the parish committee', 'a spokesperson for the trust', 'the ferry operator', 'volunteers', 'the head teacher', 'engineers from the water company', 'the library', 'members of the rowing club', 'the county surveyor', 'shop owners on the high street', 'the bus company', 'the allotment society', 'a group of parents', 'the mayor', 'the fire service', 'the planning officer', 'the museum', 'the cricket club', 'farmers in the valley', 'the health board', 'the rail operator', 'the tenants’ association'];
const VERBS = ['approved', 'rejected', 'delayed', 'announced', 'questioned', 'welcomed', 'funded', 'reviewed', 'proposed', 'completed', 'postponed', 'defended', 'criticised', 'published', 'extended', 'backed', 'opposed', 'costed', 'paused', 'reopened'];
const OBJECTS = ['a plan to widen the towpath', 'the new timetable', 'the budget for the coming year', 'repairs to the old swing bridge', 'a trial of late opening hours', 'the second phase of the tram line', 'a bid for flood defence money', 'the lease on the market hall', 'changes to the parking charges', 'a survey of the sea wall', 'the closure of the branch line', 'plans for a community orchard', 'a new crossing outside the school', 'the rebuilding of the lido', 'the cycle lanes on the ring road', 'a scheme to insulate older houses', 'the sale of the former police station', 'a heritage trail through the old town', 'the extension of the health centre', 'the dredging of the inner harbour'];
const TIMES = ['on Tuesday', 'last week', 'at a meeting on Monday evening', 'before the summer holidays', 'after a long and wet winter', 'earlier this month', 'in March', 'for the third year running', 'within the next fortnight', 'at the annual general meeting', 'late on Thursday night', 'by the end of the year', 'over the bank holiday weekend', 'in a letter to members'];
const REASONS = ['because the cost of steel has risen sharply', 'after complaints from people living nearby', 'although several members voted against it', 'so that the work can finish before the autumn', 'while a consultation runs until the end of the month', 'as the old equipment is now more than forty years old', 'once the ground has dried out', 'in spite of a petition signed by hundreds of people', 'until an inspector has looked at the foundations', 'since the grant has to be spent by April'];
const DETAILS = ['The work is expected to cost £{n}.{d} million, most of it from a government grant.', 'About {n}0 households on the estate will be affected while it goes ahead.', 'Attendance has risen by {n} per cent since the spring, according to figures seen by this paper.', 'The scheme was first suggested {n} years ago and has been redrawn twice since.', 'A public meeting is planned for the {nth} of next month in the church hall.', 'The contract runs for {n} years, with an option to extend it for two more.', 'Only {n} of the {m} objections raised last year were about noise.', 'The nearest alternative is {n} miles away, along a road without a pavement.'];
const SPEAKERS = ['said the chair of the committee', 'a local councillor said', 'said one resident who has lived on the street for {n} years', 'the operator said in a statement', 'said the head of the trust', 'one of the volunteers said'];
const QUOTES = ['We have listened to what people told us, and the plan is better for it', 'It is a small change, but it matters to the people who use it every day', 'Nobody wants to see the work drag on into another winter', 'We would rather get it right than get it done quickly', 'The money is there, and now it is a question of time', 'People have been asking for this for years, and they deserve an answer', 'There is still a lot of work to do before anyone can say it has worked'];
// Prose that looks like boilerplate and is not: a stripper that matches substrings takes it out.
const BAITS = [
  'Residents who share the towpath with cyclists said the new signs had made little difference, and asked for a painted line down the middle instead.',
  'The post office on Mill Road first appeared on the town’s maps in 1851, and the building has kept its counter, its brass scales and its tiled floor ever since, according to the local history society.',
  'Read more carefully, the report says the bridge can carry buses for another ten years, but only if the weight limit on lorries is kept and the parapet is rebuilt before the next winter.',
  'Share prices of the company that runs the ferry have fallen by a third this year, which the council says makes a takeover of the service more likely than a rescue.',
  'Generated by the wind farm off the point, the electricity that powers the harbour lights now costs less than half what it did, the harbour master told the meeting.',
];
const FIRST = ['Joanna', 'Marta', 'Ned', 'Ines', 'Priya', 'Tom', 'Ruth', 'Ilse', 'Sam', 'Nadia', 'Owen', 'Lena', 'Hugo', 'Aisha', 'Pavel', 'Grace', 'Tyler', 'Dara'];
const LAST = ['Pike', 'Quill', 'Pollard', 'Varga', 'Lockhart', 'Ashdown', 'Okafor', 'Holm', 'Durden', 'Marsh', 'Keane', 'Moreno', 'Brandt', 'Ellison', 'Nowak', 'Reyes'];
const SITES = [['Harbour News', 'harbournews.example'], ['Millbrook Gazette', 'millbrookgazette.example'], ['Tramwatch', 'tramwatch.example'], ['DeepPol', 'deeppol.example'], ['Station Road News', 'stationroadnews.example'], ['The Quiet Kitchen', 'quietkitchen.example'], ['Ferry Notes', 'ferrynotes.example'], ['Valley Courier', 'valleycourier.example']];
const CATEGORIES = ['News', 'Town Centre', 'Transport', 'Harbour', 'Schools', 'Planning', 'Sport', 'Environment'];
const HEADLINE_NOUNS = ['Bridge', 'Ferry', 'Library', 'Market Hall', 'Tram Line', 'Sea Wall', 'Lido', 'Orchard', 'Bus Route', 'Health Centre', 'Towpath', 'Allotments', 'School Crossing', 'Harbour'];
const HEADLINE_VERBS = ['Gets Go-Ahead', 'Plans Delayed Again', 'Reopens After Repairs', 'Faces Cuts', 'Wins Funding', 'To Close For Winter', 'Plan Divides Residents', 'Costs Rise', 'Changes Approved', 'Consultation Opens'];
const HEADLINE_WHEN = ['This Winter', 'Next Spring', 'After Storm Damage', 'Despite Objections', 'For Another Year', 'In Time For Summer'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const pad = (n) => String(n).padStart(2, '0');
const ordinal = (n) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const fill = (s, r) => s.replace('{n}', String(r.int(2, 19))).replace('{m}', String(r.int(20, 90))).replace('{d}', String(r.int(1, 9))).replace('{nth}', ordinal(r.int(2, 28)));

function sentence(r) {
  switch (r.int(0, 5)) {
    case 0:
    case 1:
      return `${cap(r.pick(SUBJECTS))} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(TIMES)}, ${r.pick(REASONS)}.`;
    case 2:
      return `${cap(r.pick(TIMES))}, ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}.`;
    case 3:
      return fill(r.pick(DETAILS), r);
    case 4:
      return `“${r.pick(QUOTES)},” ${fill(r.pick(SPEAKERS), r)}.`;
    default:
      return `${cap(r.pick(SUBJECTS))} said ${r.pick(OBJECTS)} would be ${r.pick(VERBS)} ${r.pick(REASONS)}, and ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(TIMES)}.`;
  }
}

const paragraph = (r) => Array.from({ length: r.int(2, 5) }, () => sentence(r)).join(' ');

/** A date in 2016-2024 at a minute of the day, in UTC fields (the dump's own clock). */
function randomDate(r) {
  return new Date(Date.UTC(2016 + r.int(0, 8), r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59)));
}
const fmt = {
  drupal: (d, dash = '–') => `${DAYS[d.getUTCDay()].slice(0, 3)}, ${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${dash} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  long: (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  clock: (d) => `${d.getUTCHours() % 12 || 12}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'am' : 'pm'}`,
  ymd: (d) => d.toISOString().slice(0, 10),
  rfc822: (d) => d.toUTCString().replace('GMT', '+0000'),
  iso: (d) => d.toISOString().replace('.000', ''),
};

/** One article before it becomes a file: metadata and body, no boilerplate yet. */
export function makeArticle(r, id) {
  const [site, host] = r.pick(SITES);
  const title = `${r.pick(HEADLINE_NOUNS)} ${r.pick(HEADLINE_VERBS)}${r.chance(0.3) ? ` ${r.pick(HEADLINE_WHEN)}` : ''}`;
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${id}`;
  const date = randomDate(r);
  const paragraphs = [];
  const n = r.int(4, 11);
  for (let i = 0; i < n; i++) {
    const p = r.chance(0.04) ? r.pick(BAITS) : paragraph(r);
    if (!paragraphs.includes(p)) paragraphs.push(p);
  }
  return {
    id,
    title,
    site,
    host,
    author: `${r.pick(FIRST)} ${r.pick(LAST)}`,
    date,
    url: `https://${host}/${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${slug}/`,
    categories: [r.pick(CATEGORIES), r.pick(CATEGORIES)].filter((c, i, xs) => xs.indexOf(c) === i),
    paragraphs,
    related: Array.from({ length: 3 }, () => `${r.pick(HEADLINE_NOUNS)} ${r.pick(HEADLINE_VERBS)}`),
  };
}

// ---------------------------------------------------------------------------------------------
// Boilerplate. Each family is written as text lines (for dumps) and as markup (for HTML); what it
// leaves in an output is recorded as a needle: `line` (an output line equal to it), `text` (found
// anywhere in the output text) or `url` (found in the raw output, for markup-only junk).

/** Picks the families of one article: head, middle and tail, in the order the plugins write them. */
function chooseFamilies(r, a) {
  const f = new Set();
  if (r.chance(0.6)) f.add('duplicate-title');
  const headByline = r.chance(0.45);
  if (headByline) f.add(r.pick(['byline-by', 'byline-by', 'byline-authored', 'byline-submitted', 'byline-feedzy']));
  if (r.chance(0.15)) f.add('dateline');
  if (r.chance(0.2)) f.add('photo-credit');
  if (r.chance(0.15)) f.add('ad-slot');
  if (r.chance(0.08)) f.add('click-to-tweet');
  if (r.chance(0.3)) f.add(r.pick(['excerpt-more', 'read-more', 'read-more', 'continue-reading', 'more-link']));
  if (f.has('read-more') && r.chance(0.5)) f.add('categories');
  if (r.chance(0.08)) f.add('syndication-credit');
  if (!headByline && r.chance(0.4)) f.add('tail-byline');
  if (r.chance(0.05)) f.add('embed-shortcode');
  if (r.chance(0.25)) f.add('jetpack-share');
  if (r.chance(0.15)) f.add('jetpack-like');
  if (r.chance(0.1)) f.add('jetpack-related');
  if (r.chance(0.35)) f.add(r.chance(0.8) ? 'yoast' : 'aioseo');
  if (r.chance(0.05)) f.add('fivefilters');
  // Three families that are not in the catalogue, so not in feedscrub's rules either: how far the
  // rules reach past what they were written from (reported like the others, marked offCatalogue).
  if (r.chance(0.07)) f.add('author-box');
  if (r.chance(0.07)) f.add('yarpp-related');
  if (r.chance(0.07)) f.add('newsletter');
  if (r.chance(0.35)) f.add('share-site');
  if (r.chance(0.5)) f.add('feedzy-footer');
  a.families = f;
  return f;
}

/** Text-dump boilerplate: [family, lines, needles]; needles default to each line, matched whole. */
function textBlocks(a) {
  const f = a.families;
  const quote = (s) => `“${s}”`;
  const head = [];
  const tail = [];
  if (f.has('byline-by')) head.push(['byline', [`By ${a.author}`]]);
  if (f.has('byline-authored')) head.push(['byline', [`Authored by ${a.author} via ${a.site},`]]);
  if (f.has('byline-submitted')) head.push(['byline', [`Submitted by ${a.author} on ${fmt.drupal(a.date, '-')}`]]);
  if (f.has('byline-feedzy')) head.push(['byline', [`by ${a.author} on ${fmt.long(a.date)} at ${fmt.clock(a.date)}`]]);
  if (f.has('dateline')) head.push(['dateline', [fmt.long(a.date)]]);
  if (f.has('read-more')) tail.push(['read-more', ['Read More']]);
  if (f.has('continue-reading')) tail.push(['read-more', [r2(a) ? 'Continue reading →' : `Continue reading ${quote(a.title)}`]]);
  if (f.has('more-link')) tail.push(['read-more', ['(more…)']]);
  if (f.has('categories')) tail.push(['categories', [a.categories.join(', ')]]);
  if (f.has('syndication-credit')) tail.push(['syndication-credit', [`This article was originally published on ${a.site}.`]]);
  if (f.has('tail-byline')) tail.push(['tail-byline', [a.author, fmt.drupal(a.date)]]);
  if (f.has('embed-shortcode')) tail.push(['embed-shortcode', [`[embed]https://www.youtube.com/watch?v=${a.id.replace(/\W/g, '')}x[/embed]`]]);
  if (f.has('jetpack-share')) tail.push(['jetpack-share', ['Share this:', 'Click to share on X (Opens in new window)', 'X', 'Click to share on Facebook (Opens in new window)', 'Facebook']]);
  if (f.has('jetpack-like')) tail.push(['jetpack-like', ['Like this:', 'Like', 'Loading...']]);
  if (f.has('jetpack-related')) tail.push(['jetpack-related', ['Related', ...a.related.flatMap((t, i) => [t, i === 0 ? fmt.long(a.date) : `In "${a.categories[0]}"`])]]);
  if (f.has('yoast')) tail.push(['yoast', [`The post ${a.title} appeared first on ${a.site}.`]]);
  if (f.has('aioseo')) tail.push(['aioseo', [`The post ${a.title} first appeared on ${a.site}.`]]);
  if (f.has('fivefilters')) tail.push(['fivefilters', ['Let’s block ads! (Why?)']]);
  if (f.has('author-box')) tail.push(['author-box', ['About the author', authorBio(a)]]);
  if (f.has('yarpp-related')) tail.push(['yarpp-related', ['Related posts:', ...a.related]]);
  if (f.has('newsletter')) tail.push(['newsletter', [`Get the ${a.site} newsletter`, 'Enter your email address', 'Subscribe']]);
  if (f.has('share-site')) tail.push(['share-site', [`Share ${a.site}`]]);
  if (f.has('feedzy-footer')) tail.push(['feedzy-footer', ['Generated by Feedzy']]);
  return { head, tail };
}
const OFF_CATALOGUE = new Set(['author-box', 'yarpp-related', 'newsletter']);
const authorBio = (a) => `${a.author} is a reporter at ${a.site}, covering transport, planning and the harbour.`;
// A second coin for variants, derived from the article's id so that it needs no extra draw.
const r2 = (a) => [...a.id].reduce((n, c) => n + c.charCodeAt(0), 0) % 2 === 0;

/** A plain-text dump and its ground truth (1-based line numbers of every boilerplate line). */
export function renderText(a, r) {
  const lines = [];
  const boilerplate = [];
  const add = (text, family) => {
    lines.push(text);
    if (family) boilerplate.push({ family, match: text.length > 60 ? 'text' : 'line', needle: text, line: lines.length, ...(OFF_CATALOGUE.has(family) ? { offCatalogue: true } : {}) });
  };
  const { head, tail } = textBlocks(a);
  add(a.title);
  add('');
  if (a.families.has('duplicate-title')) {
    add(r2(a) ? `${a.title} | ${a.site}` : a.title, 'duplicate-title');
    add('');
  }
  for (const [family, ls] of head) {
    for (const l of ls) add(l, family);
    add('');
  }
  const wrap = r.chance(0.1);
  const body = [...a.paragraphs];
  a.paragraphs.forEach((p, i) => {
    let text = p;
    if (i === 1 && a.families.has('click-to-tweet')) {
      const q = a.paragraphs[i];
      add(`${q} Click To Tweet`);
      boilerplate.push({ family: 'click-to-tweet', match: 'text', needle: 'Click To Tweet', line: lines.length });
      add('');
      return;
    }
    if (i === a.paragraphs.length - 1 && a.families.has('excerpt-more')) {
      text = `${p} [&hellip;]`;
      boilerplate.push({ family: 'excerpt-more', match: 'text', needle: '[…]', line: lines.length + 1 });
    }
    for (const l of wrap ? hardWrap(text, 72) : [text]) add(l);
    add('');
    if (i === 0 && a.families.has('photo-credit')) {
      add(`Photo by ${r.pick(FIRST)} ${r.pick(LAST)} on Unsplash`, 'photo-credit');
      add('');
    }
    if (i === 1 && a.families.has('ad-slot')) {
      add('Advertisement', 'ad-slot');
      add('');
    }
  });
  for (const [family, ls] of tail) {
    for (const l of ls) add(l, family);
    add('');
  }
  while (lines.at(-1) === '') lines.pop();
  return { text: `${lines.join('\n')}\n`, truth: { body, boilerplate } };
}

function hardWrap(text, width) {
  const out = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s) => esc(s).replace(/"/g, '&quot;');

/** A body paragraph as markup, with a link or emphasis now and then, as editors write them. */
function bodyMarkup(p, a, r) {
  const words = p.split(' ');
  if (words.length > 12 && r.chance(0.3)) {
    const at = r.int(2, words.length - 5);
    const tag = r.chance(0.6) ? [`<a href="https://${a.host}/tag/${words[at].toLowerCase().replace(/\W/g, '')}/">`, '</a>'] : ['<em>', '</em>'];
    return `<p>${esc(words.slice(0, at).join(' '))} ${tag[0]}${esc(words.slice(at, at + 3).join(' '))}${tag[1]} ${esc(words.slice(at + 3).join(' '))}</p>`;
  }
  return `<p>${esc(p)}</p>`;
}

/** The article's body as a feed item or post carries it: markup and the boilerplate around it. */
export function renderBody(a, r) {
  const f = a.families;
  const out = [];
  const bp = [];
  const need = (family, match, needle) => bp.push({ family, match, needle, ...(OFF_CATALOGUE.has(family) ? { offCatalogue: true } : {}) });
  const u = a.url;
  if (r.chance(0.3)) out.push(`<p><img src="https://${a.host}/wp-content/uploads/${a.date.getUTCFullYear()}/${pad(a.date.getUTCMonth() + 1)}/${a.id}.jpg" title="${attr(a.title)}" /></p>`);
  if (f.has('byline-by') || f.has('byline-feedzy')) {
    out.push(`<p class="byline">By <a href="https://${a.host}/author/${a.author.split(' ')[0].toLowerCase()}/" rel="author">${esc(a.author)}</a></p>`);
    need('byline', 'line', `By ${a.author}`);
  }
  if (f.has('byline-authored')) (out.push(`<p><em>Authored by ${esc(a.author)} via ${esc(a.site)},</em></p>`), need('byline', 'text', `Authored by ${a.author} via ${a.site}`));
  if (f.has('byline-submitted')) (out.push(`<p class="submitted">Submitted by ${esc(a.author)} on ${fmt.drupal(a.date, '-')}</p>`), need('byline', 'text', `Submitted by ${a.author}`));
  if (f.has('dateline')) (out.push(`<p class="dateline"><time datetime="${fmt.iso(a.date)}">${fmt.long(a.date)}</time></p>`), need('dateline', 'line', fmt.long(a.date)));
  a.paragraphs.forEach((p, i) => {
    if (i === 1 && f.has('click-to-tweet')) {
      out.push(`<div class="sw-tweet-clear"></div><a class="swp_CTT style1" href="https://twitter.com/intent/tweet?text=${encodeURIComponent(p.slice(0, 60))}" rel="nofollow noopener" target="_blank"><span class="sw-click-to-tweet"><span class="sw-ctt-text">${esc(p)}</span><span class="sw-ctt-btn">Click To Tweet<i class="sw swp_twitter_icon"></i></span></span></a>`);
      need('click-to-tweet', 'text', 'Click To Tweet');
    } else if (i === a.paragraphs.length - 1 && f.has('excerpt-more')) {
      out.push(`<p>${esc(p)} [&hellip;]</p>`);
      need('excerpt-more', 'text', '[…]');
    } else out.push(bodyMarkup(p, a, r));
    if (i === 0 && f.has('photo-credit')) {
      const who = `${r.pick(FIRST)} ${r.pick(LAST)}`;
      out.push(`<figure class="wp-block-image"><img src="https://images.unsplash.example/photo-${a.id}.jpg" alt="" /><figcaption>Photo by ${esc(who)} on Unsplash</figcaption></figure>`);
      need('photo-credit', 'text', `Photo by ${who} on Unsplash`);
    }
    if (i === 1 && f.has('ad-slot')) {
      out.push('<div class="ad-container"><p class="ad-label">Advertisement</p><script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js"></script></div>');
      need('ad-slot', 'line', 'Advertisement');
    }
    if (i === 2 && r.chance(0.1)) {
      out.push(`<script>window._paq = window._paq || []; _paq.push(['trackPageView', '${a.id}']);</script>`);
      need('script', 'url', "_paq.push(['trackPageView'");
    }
  });
  if (f.has('read-more')) {
    out.push(r2(a) ? `<p><a href="${u}" class="feedzy-rss-link-icon" target="_blank" rel="noopener">Read More</a></p>` : `<p><a href="${u}" target="_blank">Read More</a></p>`);
    need('read-more', 'line', 'Read More');
  }
  if (f.has('continue-reading')) (out.push(`<p><a href="${u}" class="more-link">Continue reading <span class="meta-nav">&rarr;</span></a></p>`), need('read-more', 'text', 'Continue reading'));
  if (f.has('more-link')) (out.push(`<p><a href="${u}#more-${a.id}" class="more-link">(more&hellip;)</a></p>`), need('read-more', 'text', '(more…)'));
  if (f.has('categories')) (out.push(`<p>Posted in ${a.categories.map((c) => `<a href="https://${a.host}/category/${c.toLowerCase().replace(/\W+/g, '-')}/" rel="category tag">${c}</a>`).join(', ')}</p>`), need('categories', 'text', `Posted in ${a.categories[0]}`));
  if (f.has('syndication-credit')) (out.push(`<p><em>This article was originally published on <a href="https://${a.host}/">${esc(a.site)}</a>.</em></p>`), need('syndication-credit', 'text', `This article was originally published on ${a.site}`));
  if (f.has('tail-byline')) {
    out.push(`<p>${esc(a.author)}</p>`, `<p>${fmt.drupal(a.date)}</p>`);
    need('tail-byline', 'line', a.author);
    need('tail-byline', 'text', fmt.drupal(a.date));
  }
  if (f.has('embed-shortcode')) (out.push(`<p>[embed]https://www.youtube.com/watch?v=${a.id.replace(/\W/g, '')}x[/embed]</p>`), need('embed-shortcode', 'text', '[embed]'));
  if (f.has('jetpack-share')) {
    const btn = (s, name) => `<li class="share-${s}"><a rel="nofollow noopener noreferrer" class="share-${s} sd-button share-icon" href="${u}?share=${s}" target="_blank" title="Click to share on ${name} (Opens in new window)"><span>${name}</span></a></li>`;
    out.push(`<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>${btn('x', 'X')}${btn('facebook', 'Facebook')}<li class="share-end"></li></ul></div></div></div>`);
    need('jetpack-share', 'line', 'Share this:');
    need('jetpack-share', 'url', '?share=x');
    need('jetpack-share', 'url', '?share=facebook');
  }
  if (f.has('jetpack-like')) {
    out.push(`<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-${a.id}"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>`);
    need('jetpack-like', 'line', 'Like this:');
    need('jetpack-like', 'text', 'Loading...');
  }
  if (f.has('jetpack-related')) {
    const items = a.related.map((t, i) => `<p class="jp-relatedposts-post jp-relatedposts-post${i}"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://${a.host}/related-${i}/">${esc(t)}</a></span> <span class="jp-relatedposts-post-date">${fmt.long(a.date)}</span> <span class="jp-relatedposts-post-context">In "${a.categories[0]}"</span></p>`);
    out.push(`<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">${items.join('')}</div></div>`);
    need('jetpack-related', 'line', 'Related');
    need('jetpack-related', 'text', `In "${a.categories[0]}"`);
  }
  if (r.chance(0.12)) {
    out.push(`<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="${u}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl=${encodeURIComponent(u)}" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl=${encodeURIComponent(u)}" title="Email" rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share">Share</a></div></div>`);
    need('addtoany', 'url', 'addtoany.com');
  }
  if (f.has('yoast')) (out.push(`<p>The post <a rel="nofollow" href="${u}">${esc(a.title)}</a> appeared first on <a rel="nofollow" href="https://${a.host}">${esc(a.site)}</a>.</p>`), need('yoast', 'text', `appeared first on ${a.site}`));
  if (f.has('aioseo')) (out.push(`<p>The post <a href="${u}">${esc(a.title)}</a> first appeared on <a href="https://${a.host}">${esc(a.site)}</a>.</p>`), need('aioseo', 'text', `first appeared on ${a.site}`));
  if (f.has('fivefilters')) (out.push('<p><strong><a href="https://blockads.fivefilters.org">Let’s block ads!</a></strong> <a href="https://blockads.fivefilters.org/acceptable.html">(Why?)</a></p>'), need('fivefilters', 'text', 'Let’s block ads!'));
  if (f.has('author-box')) {
    out.push(`<div class="author-box"><img src="https://${a.host}/avatars/${a.id}.jpg" alt="" width="80" height="80"><h4 class="author-box-title">About the author</h4><p class="author-box-bio">${esc(authorBio(a))}</p></div>`);
    need('author-box', 'line', 'About the author');
    need('author-box', 'text', authorBio(a));
  }
  if (f.has('yarpp-related')) {
    out.push(`<div class="yarpp yarpp-related yarpp-related-website yarpp-template-list"><h3>Related posts:</h3><ol>${a.related.map((t, i) => `<li><a href="https://${a.host}/yarpp-${i}/" rel="bookmark" title="${attr(t)}">${esc(t)}</a></li>`).join('')}</ol></div>`);
    need('yarpp-related', 'line', 'Related posts:');
  }
  if (f.has('newsletter')) {
    out.push(`<div class="newsletter-signup"><p><strong>Get the ${esc(a.site)} newsletter</strong></p><form action="https://${a.host}/subscribe" method="post"><label for="nl-${a.id}">Enter your email address</label><input id="nl-${a.id}" type="email" name="email"><button type="submit">Subscribe</button></form></div>`);
    need('newsletter', 'text', `Get the ${a.site} newsletter`);
  }
  if (r.chance(0.15)) {
    const feed = a.site.replace(/\W/g, '');
    out.push(`<div class="feedflare"><a href="https://feeds.feedburner.com/~ff/${feed}?a=${a.id}:A1"><img src="https://feeds.feedburner.com/~ff/${feed}?d=yIl2AUoC8zA" border="0"></img></a> <a href="https://feeds.feedburner.com/~ff/${feed}?a=${a.id}:B2"><img src="https://feeds.feedburner.com/~ff/${feed}?d=qj6IDK7rITs" border="0"></img></a></div><img src="https://feeds.feedburner.com/~r/${feed}/~4/${a.id}" height="1" width="1" alt=""/>`);
    need('feedburner', 'url', 'feeds.feedburner.com/~ff/');
    need('feedburner', 'url', 'feeds.feedburner.com/~r/');
  }
  if (r.chance(0.15)) {
    out.push(`<img src="https://stats.wordpress.com/b.gif?host=${a.host}&#038;blog=1234567&#038;post=${a.id.replace(/\D/g, '')}&#038;subd=x&#038;ref=&#038;feed=1" width="1" height="1" />`);
    need('tracking-pixel', 'url', 'stats.wordpress.com/b.gif');
  }
  if (f.has('share-site')) (out.push(`<p>Share ${esc(a.site)}</p>`), need('share-site', 'line', `Share ${a.site}`));
  if (f.has('feedzy-footer')) (out.push('<p>Generated by Feedzy</p>'), need('feedzy-footer', 'line', 'Generated by Feedzy'));
  return { html: out.join('\n'), truth: { body: [...a.paragraphs], boilerplate: bp } };
}

/** A whole page: a feed item's body in a bare document, or a saved page with the site around it. */
export function renderPage(a, r) {
  const { html, truth } = renderBody(a, r);
  const head = `<head>\n<meta charset="utf-8">\n<title>${esc(a.title)} | ${esc(a.site)}</title>\n<link rel="canonical" href="${a.url}">\n<meta property="og:site_name" content="${attr(a.site)}">\n</head>`;
  if (r.chance(0.5)) {
    return { html: `<!DOCTYPE html>\n<html lang="en">\n${head}\n<body>\n<article>\n<h1>${esc(a.title)}</h1>\n${html}\n</article>\n</body>\n</html>\n`, truth: { ...truth, page: 'bare' } };
  }
  const chrome = [
    ['page-chrome', 'line', 'Popular this week'],
    ['page-chrome', 'text', `© ${a.date.getUTCFullYear()} ${a.site}. All rights reserved.`],
    ['page-chrome', 'text', 'Get new posts by email'],
    ['page-chrome', 'text', 'Leave a Reply'],
  ];
  const popular = a.related.map((t, i) => `<li><a href="https://${a.host}/popular-${i}/">${esc(t)}</a></li>`).join('');
  const nav = CATEGORIES.slice(0, 5).map((c) => `<li><a href="/category/${c.toLowerCase().replace(/\W+/g, '-')}/">${c}</a></li>`).join('');
  const page = `<!DOCTYPE html>
<html lang="en">
${head}
<body class="post-template-default single single-post">
<header class="site-header"><a class="site-title" href="https://${a.host}/">${esc(a.site)}</a><nav class="main-navigation"><ul>${nav}</ul></nav></header>
<main id="main" class="site-main">
<article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">${esc(a.title)}</h1></header>
<div class="entry-content">
${html}
</div>
</article>
<section id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://${a.host}/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="Post Comment"></form></div></section>
</main>
<aside id="secondary" class="widget-area sidebar"><section class="widget"><h2 class="widget-title">Popular this week</h2><ul>${popular}</ul></section></aside>
<footer class="site-footer"><form action="/subscribe"><label>Get new posts by email <input type="email" name="email"></label><button>Subscribe</button></form><p class="copyright">© ${a.date.getUTCFullYear()} ${esc(a.site)}. All rights reserved.</p></footer>
</body>
</html>
`;
  return { html: page, truth: { body: truth.body, boilerplate: [...truth.boilerplate, ...chrome.map(([family, match, needle]) => ({ family, match, needle }))], page: 'site' } };
}

function renderFeed(items, r, atom) {
  const [a0] = items;
  if (atom) {
    const entries = items.map(({ a, html }) => `  <entry>\n    <title type="html">${esc(esc(a.title))}</title>\n    <link rel="alternate" type="text/html" href="${a.url}"/>\n    <id>${a.url}</id>\n    <published>${fmt.iso(a.date)}</published>\n    <updated>${fmt.iso(a.date)}</updated>\n    <author><name>${esc(a.author)}</name></author>\n${a.categories.map((c) => `    <category term="${c.toLowerCase()}" label="${c}"/>`).join('\n')}\n    <content type="html">${esc(html)}</content>\n  </entry>`);
    return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n  <title type="text">${esc(a0.a.site)}</title>\n  <link rel="alternate" type="text/html" href="https://${a0.a.host}/"/>\n  <id>https://${a0.a.host}/</id>\n  <updated>${fmt.iso(a0.a.date)}</updated>\n${entries.join('\n')}\n</feed>\n`;
  }
  const its = items.map(({ a, html }) => `  <item>\n    <title>${esc(a.title)}</title>\n    <link>${a.url}</link>\n    <guid isPermaLink="false">${a.url}</guid>\n    <dc:creator><![CDATA[${a.author}]]></dc:creator>\n    <pubDate>${fmt.rfc822(a.date)}</pubDate>\n${a.categories.map((c) => `    <category><![CDATA[${c}]]></category>`).join('\n')}\n    <description><![CDATA[${a.paragraphs[0].slice(0, 120)} [&#8230;]]]></description>\n    <content:encoded><![CDATA[${html}]]></content:encoded>\n  </item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n  <title>${esc(a0.a.site)}</title>\n  <link>https://${a0.a.host}/</link>\n  <description>News from ${esc(a0.a.site)}</description>\n  <language>en-GB</language>\n${its.join('\n')}\n</channel>\n</rss>\n`;
}

/** One NDJSON record: the body as a text dump's lines (`content`) or as markup (`html`). */
function ndjsonRecord(a, r) {
  const meta = { id: a.id, title: a.title, author: a.author, date: fmt.iso(a.date), url: a.url, tags: a.categories };
  if (r.chance(0.7)) {
    const { text, truth } = renderText(a, r);
    const lines = text.split('\n');
    const body = lines.slice(2).join('\n'); // the title is a field of its own
    truth.boilerplate = truth.boilerplate.map((b) => ({ ...b, line: b.line - 2 }));
    return { line: JSON.stringify({ ...meta, content: body }), truth };
  }
  const { html, truth } = renderBody(a, r);
  return { line: JSON.stringify({ ...meta, html }), truth };
}

/** An article with its boilerplate families chosen. */
function born(r, id) {
  const a = makeArticle(r, id);
  chooseFamilies(r, a);
  return a;
}

const entry = (a, format, file, index, truth) => ({
  id: a.id, format, file, index, title: a.title, site: a.site, author: a.author, published: fmt.iso(a.date), url: a.url, ...truth,
});

/**
 * The corpus in memory: { texts, pages, feeds, ndjson, manifest }. Each of texts and pages is
 * [{ name, data, truth }]; feeds is [{ name, data }]; ndjson is one string. `articles` of each
 * kind, unless `counts` ({ text, html, feed, ndjson }) says otherwise. Every kind draws from its
 * own stream of the seed, so that growing one kind leaves the others as they were.
 */
export function generate({ articles = 200, seed = 1, feedItems = 10, counts = {} } = {}) {
  const n = { text: articles, html: articles, feed: articles, ndjson: articles, ...counts };
  const manifest = { generator: 'feedscrub corpus 1', seed, counts: n, entries: [] };
  const stream = (k) => random((seed * 7919 + k) | 0);
  const name = (prefix, i) => `${prefix}-${String(i + 1).padStart(5, '0')}`;

  // One file per article: text dumps and pages.
  const files = (kind, k, prefix, ext, render) => {
    const r = stream(k);
    return Array.from({ length: n[kind] }, (_, i) => {
      const a = born(r, name(prefix, i));
      const { data, truth } = render(a, r);
      const file = `${kind}/${a.id}.${ext}`;
      manifest.entries.push(entry(a, kind, file, 0, truth));
      return { name: file, data, truth };
    });
  };
  const texts = files('text', 1, 't', 'txt', (a, r) => {
    const { text, truth } = renderText(a, r);
    return { data: text, truth };
  });
  const pages = files('html', 2, 'h', 'html', (a, r) => {
    const { html, truth } = renderPage(a, r);
    return { data: html, truth };
  });
  const feeds = [];
  let r = stream(3);
  for (let i = 0; i * feedItems < n.feed; i++) {
    const atom = i % 3 === 2;
    const file = `feeds/${name('f', i)}.${atom ? 'atom' : 'xml'}`;
    const items = [];
    for (let k = 0; k < feedItems && i * feedItems + k < n.feed; k++) {
      const a = born(r, `${name('f', i)}-${k + 1}`);
      const { html, truth } = renderBody(a, r);
      items.push({ a, html });
      manifest.entries.push(entry(a, 'feed', file, k, truth));
    }
    feeds.push({ name: file, data: renderFeed(items, r, atom) });
  }
  r = stream(4);
  const records = [];
  for (let i = 0; i < n.ndjson; i++) {
    const a = born(r, name('n', i));
    const { line, truth } = ndjsonRecord(a, r);
    records.push(line);
    manifest.entries.push(entry(a, 'ndjson', 'export.ndjson', i, truth));
  }
  return { texts, pages, feeds, ndjson: `${records.join('\n')}\n`, manifest };
}

/** Writes the corpus under dir (text/, html/, feeds/, export.ndjson, manifest.json); returns generate()'s result. */
export function writeCorpus(dir, options = {}) {
  const corpus = generate(options);
  for (const sub of ['text', 'html', 'feeds']) mkdirSync(path.join(dir, sub), { recursive: true });
  for (const f of [...corpus.texts, ...corpus.pages, ...corpus.feeds]) writeFileSync(path.join(dir, f.name), f.data);
  writeFileSync(path.join(dir, 'export.ndjson'), corpus.ndjson);
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(corpus.manifest, null, 1)}\n`);
  return corpus;
}

/** An NDJSON export of about `megabytes` MB (10^6 bytes), streamed to `file`; resolves to its size and record count. */
export async function writeNdjson(file, megabytes, seed = 1) {
  const r = random((seed * 104729 + megabytes) | 0);
  const out = createWriteStream(file);
  const limit = megabytes * 1e6;
  let bytes = 0;
  let records = 0;
  let chunk = '';
  while (bytes < limit) {
    const a = born(r, `big-${records + 1}`);
    const line = `${ndjsonRecord(a, r).line}\n`;
    bytes += Buffer.byteLength(line);
    records++;
    chunk += line;
    if (chunk.length > 1 << 20) {
      const ok = out.write(chunk);
      chunk = '';
      if (!ok) await once(out, 'drain');
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { bytes, records };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      articles: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      'ndjson-mb': { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.out) {
    console.log('node scripts/corpus.js --out dir [--articles N] [--seed S] [--ndjson-mb 10,100]');
    process.exit(values.help ? 0 : 2);
  }
  const seed = Number(values.seed);
  const c = writeCorpus(values.out, { articles: Number(values.articles), seed });
  console.log(`${values.out}: ${c.texts.length} text dumps, ${c.pages.length} HTML pages, ${c.feeds.length} feeds, ${c.manifest.entries.length} articles in manifest.json`);
  for (const mb of values['ndjson-mb'].split(',').filter(Boolean)) {
    const file = path.join(values.out, `big-${mb}mb.ndjson`);
    const { bytes, records } = await writeNdjson(file, Number(mb), seed);
    console.log(`${file}: ${(bytes / 1e6).toFixed(1)} MB, ${records} records`);
  }
}
