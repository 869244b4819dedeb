// Run by `npm run build` after tsc: writes a CommonJS twin (.d.cts) of every declaration file under dist/src.
//
// Why: the package is ESM, so TypeScript reads its .d.ts files as ES modules, and their `import fc from
// 'fast-check'` resolves fast-check's ESM declarations. A CommonJS project's own `import fc from 'fast-check'`
// resolves fast-check's CJS declarations: the same classes declared twice, whose private members make one
// never assignable to the other (TS2345 when our arbitrary meets their fc.property). The twins are CommonJS
// declaration files, so the same import in them resolves fast-check's CJS declarations, as the project's does;
// package.json's `types` condition gives them to `require`. Only the declarations differ: both point at the
// same ES module JavaScript, which Node >= 20.19 loads by require(), with the named exports both declare.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A relative specifier ending in .js, after `from`, `import(` or a bare `import`: `./x.js` becomes `./x.cjs` (declared by ./x.d.cts). */
const relativeJs = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"\n]*?)\.js\2/g;

const dir = process.argv[2] ?? 'dist/src';
let count = 0;
for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), readFileSync(file, 'utf8').replace(relativeJs, '$1$2$3.cjs$2'));
  count++;
}
if (count === 0) throw new Error(`cjs-declarations: no .d.ts files under ${dir}; run tsc first`);
