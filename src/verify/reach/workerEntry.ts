import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * Set by the test setup once it has built dist/ from the sources under test: a thread started from the sources
 * then loads the build, as users' threads do, instead of transforming the sources again (half its start-up CPU,
 * and the suite starts a few hundred).
 */
export const builtWorkersVariable = 'CHIME_CONFORMANCE_WORKERS_FROM_BUILD';

/**
 * What to start a worker thread of this folder with. Built, `name` is a .js file beside this one. From the
 * sources (tsx, vitest) it is a .ts file, which a Node 20 worker does not load even with tsx's loader in its
 * execArgv: tsx's tsImport loads it instead.
 */
export function workerEntry(name: string): { entry: string | URL; eval: boolean } {
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) return { entry: new URL(`./${name}.js`, import.meta.url), eval: false };
  // This file is src/verify/reach/workerEntry.ts; its build is dist/src/verify/reach/.
  if (process.env[builtWorkersVariable] === '1') return { entry: new URL(`../../../dist/src/verify/reach/${name}.js`, import.meta.url), eval: false };
  const url = new URL(`./${name}.ts`, import.meta.url);
  const tsx = createRequire(import.meta.url)
    .resolve('tsx/package.json')
    .replace(/package\.json$/, 'dist/esm/api/index.mjs');
  const code = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => api.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
  return { entry: code, eval: true };
}
