import { createRequire } from 'node:module';
import type * as chimePact from '../pact/chimePact.js';
import { missingPeer } from './missingPeer.js';

export type PactModule = typeof chimePact;

const require = createRequire(import.meta.url);
let loaded: PactModule | undefined;

/**
 * The Pact builders, loaded on first use. A static import would fail at link time, before any code of ours
 * could say which package is missing; require() of our own ES module (Node >= 20.19, no top-level await in
 * that graph) loads it synchronously instead, so the entries that use it stay importable by require() too.
 */
export function loadPact(entry: string): PactModule {
  if (loaded) return loaded;
  try {
    return (loaded = require('../pact/chimePact.js') as PactModule);
  } catch (e) {
    throw missingPeer(e, entry, '@pact-foundation/pact');
  }
}
