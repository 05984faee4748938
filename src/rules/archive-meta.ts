import { archiveHeadings, archiveLabels, publicationLabels } from '../phrases/archive-meta.js';
import { isSiteName } from '../metadata/credit/names.js';
import { family, wholeLine } from '../phrases/match.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';

// Importers and knowledge-base ingesters wrap the article in a list of facts about the copy
// ("- **Imported to repo:** 2026-03-27", "## Source Metadata", "Read Time" over "9 mins"). The
// labels are data (src/phrases/archive-meta.ts); a label line stays short, and a heading alone goes
// only when it is the whole line. The wrapper's own summary section (a "Summary" heading, one
// paragraph, then an "Article" heading) is the importer's abstract, not the author's lead.
const LABELS = family(archiveLabels, '.{0,300}');
const HEADINGS = family(archiveHeadings);
const PUBLICATION = family(publicationLabels);
// A line of such a list: a short label and its value ("- **Author:** Jane Doe", "Published: 2024-03-23").
const LIST_LINE = /^(?:[-*+]\s+)?(?:\*\*|__)?[\p{L}][\p{L} ]{1,30}:(?:\*\*|__)?\s+\S/u;
/** A field the wrapper declares: below the reader's own, above a footer in the body. */
const PUBLICATION_WEIGHT = 70;
const DURATION = /^\d{1,3}\s*(?:min|mins|minutes?|Min\.?|Minuten|minutos?|minuti|minuten|minut|мин\.?|分钟)(?:\s+read)?$/iu;
const SUMMARY = /^(?:Summary|Abstract|TL;DR|Zusammenfassung|Résumé|Resumen|Resumo|Riassunto|Samenvatting)$/iu;
const BODY = /^(?:Article|Content|Full text|Body|Artikel|Inhalt|Texte|Contenido|Conteúdo|Articolo|Testo)$/iu;

/** The line without its Markdown list marker, heading hashes and bold/italic markers. */
function bare(text: string): string {
  return text.replace(/^\s*(?:[-*+]\s+|#{1,6}\s+)?/u, '').replace(/\*\*|__/gu, '').trim();
}

function dropSummary(ctx: RuleContext, line: LineRef): void {
  const i = ctx.all.findIndex((l) => l.n === line.n);
  const next = ctx.all.slice(i + 1);
  const end = next.findIndex((l) => /^#{1,6}\s/u.test(l.text));
  if (end < 1 || !BODY.test(bare(next[end]!.text))) return;
  const section = next.slice(0, end);
  if (new Set(section.map((l) => l.block)).size !== 1) return;
  ctx.remove(line);
  for (const l of section) ctx.remove(l);
  ctx.remove(next[end]!);
}

/**
 * The publication a wrapper's list names ("Original publication: Towards Data Science") is the
 * site. Its label alone could open a line of prose or a book's facts, so the line must stand in a
 * list of such fields (a labelled line next to it) and the value must read as a name.
 */
function publication(ctx: RuleContext, line: LineRef, text: string): void {
  const hit = wholeLine(PUBLICATION, text);
  const site = hit?.groups.site?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
  if (!hit || !site || !isSiteName(site, 8)) return;
  const all = ctx.all;
  const i = all.findIndex((l) => l.n === line.n);
  const listed = [all[i - 1], all[i + 1]].some((l) => l !== undefined && LIST_LINE.test(l.text.trim()));
  if (listed) ctx.meta('site', site, line, PUBLICATION_WEIGHT);
}

const rule: Rule = {
  id: 'archive-meta',
  description: 'Removes the metadata lists importers and archivers wrap around an article ("Imported to repo:", "Source Metadata", "Ingested At:", "Read Time"), in many languages.',
  zone: 'head',
  apply(ctx) {
    const all = ctx.all;
    for (const line of ctx.lines) {
      const text = bare(line.text);
      publication(ctx, line, text);
      const label = wholeLine(LABELS, text);
      if (label) {
        ctx.remove(line, label.lang);
        continue;
      }
      const heading = wholeLine(HEADINGS, text);
      if (heading) {
        ctx.remove(line, heading.lang);
        const value = all[all.findIndex((l) => l.n === line.n) + 1];
        if (value && DURATION.test(bare(value.text))) ctx.remove(value);
        continue;
      }
      if (/^#{1,6}\s/u.test(line.text) && SUMMARY.test(text)) dropSummary(ctx, line);
    }
  },
};
export default rule;
