// Scoring of one tool's article against a case's expected.json, as the corpus README states it:
// phrases compared after NFC, no-break and zero-width spaces made spaces, whitespace runs made one
// space and case ignored; title and author equal after the same folding; the date equal to the
// minute (or to the day for a date-only answer). Null expected fields are not scored. The site,
// which that README leaves out of its suggestion, is scored as the author is.

export const norm = (s) =>
  String(s ?? '')
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const sameDate = (want, got) => {
  if (!got) return false;
  const w = String(want);
  const g = String(got);
  return w.length > 10 ? g.slice(0, 16) === w.slice(0, 16) : g.slice(0, 10) === w.slice(0, 10);
};

export const FIGURES = ['keep', 'drop', 'title', 'author', 'date', 'site'];

/**
 * One case's checks, each { figure, id, ok, why }: `id` names the check without quoting the
 * corpus's text (keep#3, drop#0, title...), so a results file holds no one else's words.
 */
export function checks(want, article) {
  const body = norm(article?.text);
  const out = [];
  (want.must_keep ?? []).forEach((s, i) => {
    const ok = !!article && body.includes(norm(s));
    out.push({ figure: 'keep', id: `keep#${i}`, ok, why: ok ? '' : `lost: ${s.slice(0, 70)}` });
  });
  (want.must_drop ?? []).forEach((s, i) => {
    const ok = !!article && !body.includes(norm(s));
    out.push({ figure: 'drop', id: `drop#${i}`, ok, why: ok ? '' : `left: ${s.slice(0, 70)}` });
  });
  if (want.title) {
    const ok = norm(want.title) === norm(article?.title);
    out.push({ figure: 'title', id: 'title', ok, why: ok ? '' : `title: ${JSON.stringify(article?.title ?? null).slice(0, 70)}` });
  }
  if (want.author) {
    const ok = norm(want.author) === norm(article?.author);
    out.push({ figure: 'author', id: 'author', ok, why: ok ? '' : `author: ${JSON.stringify(article?.author ?? null)} want ${JSON.stringify(want.author)}` });
  }
  if (want.site) {
    const ok = norm(want.site) === norm(article?.site);
    out.push({ figure: 'site', id: 'site', ok, why: ok ? '' : `site: ${JSON.stringify(article?.site ?? null)} want ${JSON.stringify(want.site)}` });
  }
  if (want.published) {
    const ok = sameDate(want.published, article?.published);
    out.push({ figure: 'date', id: 'date', ok, why: ok ? '' : `date: ${article?.published ?? null} want ${want.published}` });
  }
  return out;
}

/** Totals per figure: { keep: [passed, scored], ... }. */
export function tally(results) {
  const t = Object.fromEntries(FIGURES.map((f) => [f, [0, 0]]));
  for (const r of results) {
    for (const c of r.checks) {
      t[c.figure][1] += 1;
      if (c.ok) t[c.figure][0] += 1;
    }
  }
  return t;
}

export const cell = ([ok, all]) => (all === 0 ? '–' : `${ok}/${all} (${Math.round((100 * ok) / all)}%)`);
