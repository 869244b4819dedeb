import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** ../shared beside the repo: reference material that CI provides and a user's clone may lack. */
export const sharedDir = resolve(repoRoot, '../shared');
export const seedsDir = resolve(sharedDir, 'seeds');
export const hasSeeds = existsSync(seedsDir);
