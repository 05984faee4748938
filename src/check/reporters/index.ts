import type { Reporter } from '../report.js';

/**
 * Every `feedscrub check --format`. Each loads on demand, so a check in a terminal does not load
 * the HTML page's styles or the SARIF writer's hashing.
 */
export const reporters = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  github: () => import('./github.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  html: () => import('./html.js'),
} as const satisfies Record<string, () => Promise<{ default: Reporter }>>;

export type ReporterName = keyof typeof reporters;

export function reporterName(name: string): ReporterName | null {
  return Object.hasOwn(reporters, name) ? (name as ReporterName) : null;
}

export async function loadReporter(name: ReporterName): Promise<Reporter> {
  return (await reporters[name]()).default;
}
