import type { Rule } from '../rule.js';
import { dateLine } from '../metadata/dates/dates.js';
import { readCredit } from '../metadata/credit/credit.js';
import { countWords, startsCapital } from '../text/fold.js';
import { takeCredit } from './tail-byline.js';

// A portal's or an aggregator's header over a copied story: the source, a comma, then the
// publication date with its label ("AFP, publié le mardi 18 mai 2021 à 17h04", "Europa Press,
// publicado el 3 de mayo de 2024", "dpa, veröffentlicht am 12.03.2024 um 10:15 Uhr"). The label
// says it is the item's date, not a dateline. The date is the portal's local time, so a record's
// own date field (in UTC) says it better: both are taken weakly.
const SOURCE_COMMA_DATE = /^(?<who>[^,.;:!?]{2,60}),\s+(?<when>\S.{5,80})$/u;
const MAX_SOURCE_WORDS = 6;
const WEAK = 20;

const rule: Rule = {
  id: 'source-dateline',
  description: 'Removes the source-and-publication-date line a portal puts over a copied story ("AFP, publié le …", "Europa Press, publicado el …", "dpa, veröffentlicht am …"), in many languages.',
  zone: 'head',
  // Whether a line goes rests on its text alone; the site the credit is read against shapes only
  // the metadata of a line that goes in the same turn.
  meta: { extracts: ['author', 'published'], lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const m = SOURCE_COMMA_DATE.exec(line.text.trim());
      const who = m?.groups?.who?.trim() ?? '';
      if (!m?.groups?.when || !startsCapital(who) || countWords(who, MAX_SOURCE_WORDS + 1) > MAX_SOURCE_WORDS) continue;
      const date = dateLine(m.groups.when, { now: ctx.now });
      if (!date?.label || date.by !== undefined) continue;
      ctx.meta('published', date.iso, line, WEAK, date.dayFirst);
      const credit = readCredit(who, { placed: true, site: ctx.site });
      if (credit) takeCredit(ctx, line, credit, WEAK);
      ctx.remove(line);
    }
  },
};
export default rule;
