import { createRequire } from 'node:module';

/**
 * The one mechanism for dependencies loaded on first use. Readers and rules are synchronous, which
 * rules out import(), so callers write `esmRequire ? esmRequire('pkg') : require('pkg')`:
 * - in ES module builds (the library, the tests) esmRequire loads from node_modules;
 * - in the command's CommonJS bundle import.meta is empty, esmRequire is null, and esbuild turns
 *   the literal require('pkg') into bundled code (or, for the packages scripts/build.js lists as
 *   external, a require from node_modules) that runs only when called.
 * The literal require('pkg') must stay at each call site: esbuild only sees string literals.
 */
export const esmRequire: NodeJS.Require | null = import.meta.url ? createRequire(import.meta.url) : null;

/** node:crypto on first use: only dedupe and check's duplicate search hash, and a conversion starts without it. */
export function nodeCrypto(): typeof import('node:crypto') {
  return (esmRequire ? esmRequire('node:crypto') : require('node:crypto')) as typeof import('node:crypto');
}
