import type { BigIntStats } from 'node:fs';
import { stat } from '../inputs/fs-async.js';
import path from 'node:path';
import { isArticle, type Article, type Item } from '../article.js';
import type { RenderOptions, Renderer } from '../renderer.js';
import { reason } from '../errors.js';
import { writeAtomic } from './io.js';
import { FolderWriter } from './replace-file.js';
import { createNamer, type NameParts } from './names.js';

/**
 * Where a run's articles go, as they come (in input order): stdout, one file, or one file per
 * article in a folder. Each kind holds only what its format needs: NDJSON and a folder hold
 * nothing, JSON one article (to tell an object from an array), the whole-document formats all.
 */
export interface Sink {
  /** The items of one input; `relative` is its path within its operand, '' for stdin. */
  add(items: readonly Item[], relative: string): Promise<void>;
  /** Writes what was held back. False when something could not be written (already reported). */
  finish(): Promise<boolean>;
}

export interface SinkOptions {
  renderer: Renderer;
  render: RenderOptions;
  /** `-o`: a file, a folder, or null for stdout. */
  output: { kind: 'file' | 'dir'; path: string; label: string } | null;
  /** `--name` template for a folder; null mirrors the inputs. */
  template: string | null;
  stdout: NodeJS.WritableStream;
  cwd: string;
  /** Absolute paths of every input, which no output may replace. */
  inputs: readonly string[];
  fail(message: string): void;
}

export async function createSink(options: SinkOptions): Promise<Sink> {
  const guard = await inputGuard(options.inputs);
  if (options.output?.kind === 'dir') return folderSink(options, options.output.path, guard);
  if (options.renderer.id === 'ndjson' && !options.output) return ndjsonSink(options.stdout);
  if (options.renderer.id === 'json' && !options.output) return jsonSink(options.stdout, options.render.array === true);
  return wholeSink(options, guard);
}

/** Waits for the stream to take more when it says it is full, so memory stays bounded. */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (stream.write(text)) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', resolve));
}

/** One line out per record in, errors included, so a pipeline never desyncs. */
function ndjsonSink(stdout: NodeJS.WritableStream): Sink {
  return {
    async add(items) {
      for (const item of items) await write(stdout, `${JSON.stringify(item)}\n`);
    },
    finish: async () => true,
  };
}

/** An object for one article, an array for more: the first is held until a second shows up. */
function jsonSink(stdout: NodeJS.WritableStream, array: boolean): Sink {
  let first: Article | null = null;
  let count = 0;
  const indent = (a: Article) => JSON.stringify(a, null, 2).replace(/\n/g, '\n  ');
  return {
    async add(items) {
      for (const article of items.filter(isArticle)) {
        count += 1;
        if (count === 1) first = article;
        else await write(stdout, count === 2 ? `[\n  ${indent(first as Article)},\n  ${indent(article)}` : `,\n  ${indent(article)}`);
      }
    },
    async finish() {
      if (count === 1) await write(stdout, array ? `[\n  ${indent(first as Article)}\n]\n` : `${JSON.stringify(first, null, 2)}\n`);
      else if (count > 1) await write(stdout, '\n]\n');
      // An empty array rather than nothing: what a script that asked for an array can parse.
      else if (array) await write(stdout, '[]\n');
      return true;
    },
  };
}

/** Markdown, HTML and text to stdout or one file: one document, rendered at the end. */
function wholeSink(options: SinkOptions, guard: Guard): Sink {
  const articles: Article[] = [];
  const items: Item[] = [];
  return {
    async add(list) {
      for (const item of list) {
        items.push(item);
        if (isArticle(item)) articles.push(item);
      }
    },
    async finish() {
      const ndjson = options.renderer.id === 'ndjson';
      if (articles.length === 0 && !ndjson) return true;
      if (!options.output && !ndjson && options.renderer.pieces) {
        // Written as it is made: a big article is never held whole as text and again as bytes.
        for (const piece of await options.renderer.pieces(articles, options.render)) await write(options.stdout, piece);
        return true;
      }
      const text = ndjson ? items.map((i) => `${JSON.stringify(i)}\n`).join('') : await options.renderer.render(articles, options.render);
      if (!options.output) {
        await write(options.stdout, text);
        return true;
      }
      if (await guard(options.output.path)) {
        options.fail(`${options.output.label}: refusing to overwrite an input`);
        return false;
      }
      if (options.renderer.id === 'md' && options.render.frontMatter !== false && articles.length > 1) {
        // Several front-matter blocks in one file: no Markdown tool reads past the first.
        options.fail(`${options.output.label}: ${articles.length} articles would give one Markdown file ${articles.length} front matters; write them to a folder (-o ${options.output.label.replace(/\.[^./]+$/, '')}/) or use --no-front-matter`);
        return false;
      }
      return save(options.output.path, text, options.output.label, options.fail);
    },
  };
}

/**
 * One file per article, named by the namer in input order and written as soon as it is ready,
 * through a temporary file and a rename (see replace-file.ts for why synchronously and without fsync).
 */
async function folderSink(options: SinkOptions, folder: string, guard: Guard): Promise<Sink> {
  const name = await createNamer({ template: options.template, extension: options.renderer.extension });
  const writer = new FolderWriter();
  let ok = true;
  // Named in messages only: path.relative() for every file cost more than the rename.
  const label = (file: string) => path.relative(options.cwd, file);
  const write = (file: string, text: string) => {
    try {
      const existing = writer.existing(file);
      if (guard.replaces(file, existing)) {
        options.fail(`${label(file)}: refusing to overwrite an input`);
        return false;
      }
      writer.write(file, text, existing);
      return true;
    } catch (error) {
      options.fail(`${label(file)}: cannot write: ${reason(error)}`);
      return false;
    }
  };
  return {
    async add(items, relative) {
      // Numbered by record, not by article: after a broken NDJSON line, export-4 still holds record 4.
      for (const article of items.filter(isArticle)) {
        const parts: NameParts = { relative, index: article.source.index + 1, count: items.length, title: article.title, published: article.published, site: article.site };
        const file = path.join(folder, name(parts));
        ok = write(file, await options.renderer.render([article], options.render)) && ok;
      }
    },
    finish: async () => ok,
  };
}

interface Guard {
  (file: string): Promise<boolean>;
  /** The same, given the file's stat (undefined: nothing there). */
  replaces(file: string, existing: BigIntStats | undefined): boolean;
}

/**
 * Whether writing `file` would replace an input: the same path, or the same file reached another
 * way (a symlink to it, `-o` naming the file a symlinked input points at, a hard link).
 */
async function inputGuard(inputs: readonly string[]): Promise<Guard> {
  const paths = new Set(inputs);
  const identity = async (file: string) => {
    try {
      const s = await stat(file, { bigint: true });
      return `${s.dev}:${s.ino}`;
    } catch {
      return null;
    }
  };
  // A batch of 100,000 inputs: their identities are read once, not per output.
  const ids = new Set((await Promise.all([...paths].map(identity))).filter((id) => id !== null));
  const guard = async (file: string) => {
    if (paths.has(file)) return true;
    const id = await identity(file);
    return id !== null && ids.has(id);
  };
  const replaces = (file: string, existing: BigIntStats | undefined) => paths.has(file) || (existing !== undefined && ids.has(`${existing.dev}:${existing.ino}`));
  return Object.assign(guard, { replaces });
}

async function save(file: string, data: string, label: string, fail: (m: string) => void): Promise<boolean> {
  try {
    await writeAtomic(file, data);
    return true;
  } catch (error) {
    fail(`${label}: cannot write: ${reason(error)}`);
    return false;
  }
}
