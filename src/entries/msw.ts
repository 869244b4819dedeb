import { createRequire } from 'node:module';
import type * as mswEntry from '../msw.js';
import { missingPeer } from './missingPeer.js';

/**
 * chime-conformance/msw under Node: the same handlers as ../msw.ts (which bundlers and browsers get), loaded
 * through require() of our own ES module so that a missing msw is one line saying what to install rather
 * than a link error naming a file inside dist/.
 */
type MswEntry = typeof mswEntry;

const msw = ((): MswEntry => {
  try {
    return createRequire(import.meta.url)('../msw.js') as MswEntry;
  } catch (e) {
    throw missingPeer(e, 'chime-conformance/msw', 'msw');
  }
})();

export const createChimeHandlers: MswEntry['createChimeHandlers'] = msw.createChimeHandlers;
export type { ChimeHandlersOptions } from '../msw.js';
