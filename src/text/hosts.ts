/**
 * The sites a dump names by address: the hosts of its links and of the addresses in its text, and
 * the name each host gives its site ("utdelningsseglaren.blogspot.com" -> "utdelningsseglaren",
 * "www.dpreview.com" -> "dpreview", "feeds.braingle.com" -> "braingle"). A credit that is one
 * token is a login or a publication; the same word as the site label of an address in the dump
 * says which.
 */

// A web address's host, as a link's href or the text writes it.
const ADDRESS = /\bhttps?:\/\/([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})(?::\d+)?(?=[/?#"'\s<>)\]]|$)/giu;

// Blog platforms: a blog is the one label right before them ("name.blogspot.com"); a deeper host
// ("name.files.wordpress.com", where WordPress.com keeps a login's uploads) is the platform's own.
const PLATFORMS = [
  'wordpress.com', 'tumblr.com', 'substack.com', 'medium.com', 'livejournal.com', 'typepad.com', 'over-blog.com', 'canalblog.com',
  'hatenablog.com', 'hatenablog.jp', 'hateblo.jp', 'ameblo.jp', 'github.io', 'gitlab.io', 'wixsite.com', 'weebly.com', 'ghost.io',
  'hashnode.dev', 'blogg.se', 'bloggplatsen.se', 'blog.hu', 'blox.pl', 'blogfa.com', 'narod.ru', 'ucoz.ru', 'home.blog', 'jimdofree.com',
];
// Blogger's hosts, under every country's domain: "name.blogspot.com", "name.blogspot.com.br".
const BLOGSPOT = /^([a-z0-9-]+)\.blogspot\.[a-z]{2,3}(?:\.[a-z]{2})?$/;
// A country's second level ("example.co.uk", "example.com.br"): the site's label is the one before.
const SECOND_LEVEL = /\.(?:co|com|net|org|gov|edu|ac|or|ne|go|gob|nic|info|biz)\.[a-z]{2}$/;

/** Every host a text names by a web address, lower case, without "www.". */
export function hostsIn(text: string, into: Set<string> = new Set()): Set<string> {
  if (!text.includes('://')) return into;
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) into.add((m[1] ?? '').toLowerCase().replace(/^www\d?\./, ''));
  return into;
}

/** The name a host gives its site: its registrable label, or a blog's label on a platform; null for a platform's own host. */
export function siteLabel(host: string): string | null {
  const h = host.toLowerCase().replace(/^www\d?\./, '');
  const blogger = BLOGSPOT.exec(h);
  if (blogger) return blogger[1] ?? null;
  for (const p of PLATFORMS) {
    if (h === p) return null;
    if (h.endsWith(`.${p}`)) {
      const rest = h.slice(0, -p.length - 1);
      return rest.includes('.') ? null : rest;
    }
  }
  const labels = h.split('.');
  const tail = SECOND_LEVEL.test(h) ? 3 : 2;
  return labels.length >= tail ? (labels[labels.length - tail] ?? null) : null;
}

/** A name as a site label would spell it: "Utdelningsseglaren" -> "utdelningsseglaren", "Bourse-Info" -> "bourseinfo". */
export function asLabel(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
