import { resolve } from 'node:path';
import { repoRoot } from './paths.js';

/** The CLI as the package ships it; vitest's global setup (freshBuild.ts) keeps it built from this tree. */
export const cliMain = resolve(repoRoot, 'dist/src/cli/main.js');
