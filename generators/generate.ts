/**
 * npm run generate [-- --models DIR]: regenerates schemas/, src/generated/ and the contract notes of docs/contract.md
 * from the AWS service models (default ../shared/reference/botocore, else python botocore's data folder).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateAll } from './generateAll.js';
import { notesPage } from './readmeTables.js';
import { loadModels } from './schemas/loadModels.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { models: { type: 'string' } } });
const found = loadModels(values.models);
if ('missing' in found) {
  console.error(`generate: no AWS service model found. Looked for:\n  ${found.missing.join('\n  ')}\nPass --models DIR.`);
  process.exit(2);
}
for (const m of found.models) console.log(`model ${m.model.metadata.uid} from ${m.origin}`);
const files = await generateAll(found.models, readFileSync(resolve(root, notesPage), 'utf8'));
for (const [path, text] of files) {
  mkdirSync(dirname(resolve(root, path)), { recursive: true });
  writeFileSync(resolve(root, path), text);
}
console.log(`wrote ${files.size} files`);
