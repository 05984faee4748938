import matter from 'gray-matter';
import { META_FIELDS, type Article } from '../article.js';
import { stringifyToml, tomlDate } from '../readers/front-matter.js';
import { KEYS, type Field } from '../readers/record.js';

/** Key names the user chose per field (`--key published=date`): they win over every other name. */
export type KeyNames = Partial<Record<Field, string>>;

const FIELDS: readonly Field[] = [...META_FIELDS, 'tags'];

/**
 * Names for fields a front matter did not have: what Jekyll, Hugo and Eleventy all call them. An
 * input with front matter follows that convention; any other input gets feedscrub's own names.
 */
const CONVENTION: Partial<Record<Field, string>> = { published: 'date' };

function valueOf(a: Article, field: Field): unknown {
  if (field === 'tags') return a.tags.length > 0 ? a.tags : null;
  return a[field];
}

/** Which of the input's keys declared each field: the first one present, as the reader takes it. */
function inputKeys(keys: readonly string[]): Map<string, Field> {
  const byName = new Map(keys.map((k) => [k.toLowerCase(), k]));
  const out = new Map<string, Field>();
  for (const field of FIELDS) {
    const key = KEYS[field].map((n) => byName.get(n.toLowerCase())).find((k) => k !== undefined && !out.has(k));
    if (key !== undefined) out.set(key, field);
  }
  return out;
}

/**
 * The front matter: the input's keys under their own names and in their order, then the fields
 * the input had no key for, then anything else.
 */
export function frontMatterData(a: Article, names: KeyNames = {}): Record<string, unknown> {
  const fm = a.source.frontMatter;
  const data: Record<string, unknown> = {};
  const done = new Set<Field>();
  const put = (field: Field, key: string) => {
    done.add(field);
    const value = valueOf(a, field);
    if (value !== null) data[names[field] ?? key] = value;
  };
  // A key in extra is one no field took (an unreadable date, a relative permalink): it stays itself.
  const declaring = inputKeys((fm?.keys ?? []).filter((k) => !(k in a.extra)));
  for (const key of fm?.keys ?? []) {
    const field = declaring.get(key);
    if (key in a.extra) data[key] = a.extra[key];
    else if (field) put(field, key);
  }
  for (const field of FIELDS) if (!done.has(field)) put(field, (fm && CONVENTION[field]) || field);
  for (const [k, v] of Object.entries(a.extra)) if (!(k in data)) data[k] = v;
  return data;
}

/** The front matter block in the input's syntax (YAML when the input had none), body after it. */
export function writeFrontMatter(a: Article, data: Record<string, unknown>, text: string): string {
  const format = a.source.frontMatter?.format ?? 'yaml';
  const body = text ? `\n${text}\n` : '';
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n${body}`;
  if (format === 'toml') {
    const published = Object.keys(data).find((k) => data[k] === a.published && a.published !== null);
    const typed = published === undefined ? data : { ...data, [published]: tomlDate(a.published ?? '') };
    return `+++\n${stringifyToml(typed).trimEnd()}\n+++\n${body}`;
  }
  // js-yaml (through gray-matter) quotes whatever YAML would otherwise read as another type or
  // syntax; lineWidth -1 keeps long titles on one line instead of folding them.
  return matter.stringify(body, data, { lineWidth: -1 } as matter.GrayMatterOption<string, never>);
}
