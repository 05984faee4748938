/**
 * A section's breadcrumb before the headline: news feeds print the category a story sits in ahead
 * of its title, parted by a breadcrumb arrow ("National › Publisher ordered to …", "Sport » Cup
 * final postponed"). The arrow set off by spaces on both sides is a breadcrumb's, not punctuation
 * of a headline (a French « quote » opens with its mark, not with a capital); the section is a
 * few words that start with a capital, and a headline of its own words must remain.
 */
const CRUMB = /^(\p{Lu}[\p{L}\p{N}'’&.\- ]{0,40}?)\s+(?:›|»)\s+(.+)$/u;
const MAX_SECTION_WORDS = 4;
const MIN_HEADLINE_WORDS = 2;

/** The headline without the sections before it. */
export function withoutSectionPrefix(title: string): string {
  let rest = title.trim();
  for (let m = CRUMB.exec(rest); m; m = CRUMB.exec(rest)) {
    const [, section = '', headline = ''] = m;
    if (section.trim().split(/\s+/u).length > MAX_SECTION_WORDS || headline.trim().split(/\s+/u).length < MIN_HEADLINE_WORDS) break;
    rest = headline.trim();
  }
  return rest;
}
