import type { Renderer } from '../renderer.js';

/**
 * Every output format. Each loads on demand: Markdown pulls in gray-matter (and js-yaml), which a
 * JSON conversion should not pay for at start-up.
 */
export const renderers = {
  json: () => import('./json.js'),
  ndjson: () => import('./ndjson.js'),
  md: () => import('./md.js'),
  html: () => import('./html.js'),
  text: () => import('./text.js'),
} as const satisfies Record<string, () => Promise<{ default: Renderer }>>;

export type RendererName = keyof typeof renderers;

/** Other names users type for the same formats. */
export const aliases: Record<string, RendererName> = { markdown: 'md', txt: 'text', jsonl: 'ndjson' };

export function rendererName(name: string): RendererName | null {
  const id = aliases[name] ?? name;
  return Object.hasOwn(renderers, id) ? (id as RendererName) : null;
}

export async function loadRenderer(name: RendererName): Promise<Renderer> {
  return (await renderers[name]()).default;
}
