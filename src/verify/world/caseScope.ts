import { AsyncLocalStorage } from 'node:async_hooks';

/** What one generated case made on the target: the voice profiles and domains its Create requests were answered. */
export interface CaseResources {
  readonly profiles: Set<string>;
  readonly domains: Set<string>;
}

const cases = new AsyncLocalStorage<CaseResources>();

/** Runs one case, noting what it makes (see janitor.ts): every request it sends, however deep, is in its scope. */
export function runCase<T>(body: () => Promise<T>): { readonly made: CaseResources; readonly done: Promise<T> } {
  const made: CaseResources = { profiles: new Set(), domains: new Set() };
  return { made, done: cases.run(made, body) };
}

/** The case whose request this is, if any. */
export const currentCase = (): CaseResources | undefined => cases.getStore();

/**
 * Makes something for every case, not for the one that happens to ask first (the pool's domain, the shared
 * domain): it is never cleaned up with that case.
 */
export const forAllCases = <T>(make: () => T): T => cases.exit(make);
