import { customRulesOf } from '../config/options.js';
import type { LoadedConfig } from '../config/types.js';
import { displayPath } from '../config/find.js';
import { builtInRules } from '../registry.js';
import type { Io } from './io.js';

export interface ListedRule {
  id: string;
  /** The zone a line rule looks in, or "markup" for a DOM rule. */
  where: string;
  description: string;
}

/** Every rule id `--disable` takes: line rules and DOM rules (every input), then the config's custom rules. */
export function ruleList(loaded: LoadedConfig, cwd: string): ListedRule[] {
  const source = loaded.path === null ? '' : displayPath(loaded.path, cwd);
  // Line rules first, as the README's tables have them; DOM rules say "markup" where a zone would be.
  // Checks are not cleaning rules: --disable has nothing to skip for them.
  return [
    ...builtInRules()
      .filter((r) => r.kind !== 'check')
      .map((r) => ({ id: r.id, where: r.where, description: r.description })),
    ...customRulesOf(loaded.config).map((r) => ({
      id: r.id,
      where: r.where,
      description: `[custom, ${[source, r.pack].filter(Boolean).join(', ')}] ${r.description}`,
    })),
  ];
}

export function listRules(io: Io, loaded: LoadedConfig): void {
  const list = ruleList(loaded, io.cwd);
  const width = Math.max(...list.map((r) => r.id.length));
  for (const r of list) io.stdout.write(`${r.id.padEnd(width)}  ${r.where.padEnd(8)}  ${r.description}\n`);
}
