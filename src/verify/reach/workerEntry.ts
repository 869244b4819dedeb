import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * What to start a worker thread of this folder with. Built, `name` is a .js file beside this one. From the
 * sources (tsx, vitest) it is a .ts file, which a Node 20 worker does not load even with tsx's loader in its
 * execArgv: tsx's tsImport loads it instead.
 */
export function workerEntry(name: string): { entry: string | URL; eval: boolean } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return { entry: url, eval: false };
  const tsx = createRequire(import.meta.url)
    .resolve('tsx/package.json')
    .replace(/package\.json$/, 'dist/esm/api/index.mjs');
  const code = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => api.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
  return { entry: code, eval: true };
}
