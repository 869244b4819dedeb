import type { LoadedModel } from './schemas/loadModels.js';
import { generateSchemas } from './schemas/generateSchemas.js';
import { parseSchemaFiles } from './readSchemas.js';
import { generateTypes } from './generateTypes.js';
import { generateValidators } from './generateValidators.js';
import { generateCatalog } from './generateCatalog.js';
import { contractNotes, notesPage, spliceNotes } from './readmeTables.js';
import { overrides } from './overrides.js';
import { generateEvents } from './events/generateEvents.js';
import { generateHarValidator } from './generateHarValidator.js';

/**
 * Everything generated from the models, as relative path → text: schemas, SOURCES.json, types, validators, catalog,
 * and docs/contract.md with its generated section replaced; then the event schemas, types and validators, and the HAR
 * validator (from har-schema), which need no model. Pure, so the drift test can compare it with the tree.
 */
export async function generateAll(models: readonly LoadedModel[], notesText: string): Promise<Map<string, string>> {
  const { files, findings } = generateSchemas(models);
  const parsed = parseSchemaFiles(files);
  files.set('src/generated/types.ts', await generateTypes(parsed));
  files.set('src/generated/validators.ts', generateValidators(parsed));
  files.set('src/generated/catalog.ts', generateCatalog(parsed));
  files.set(notesPage, spliceNotes(notesText, contractNotes(overrides, findings)));
  for (const [path, text] of await generateEvents()) files.set(path, text);
  files.set('src/generated/harValidator.ts', generateHarValidator());
  return files;
}
