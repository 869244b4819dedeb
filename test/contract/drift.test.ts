import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../../generators/generateAll.js';
import { generateCatalog } from '../../generators/generateCatalog.js';
import { generateHarValidator } from '../../generators/generateHarValidator.js';
import { generateTypes } from '../../generators/generateTypes.js';
import { generateValidators } from '../../generators/generateValidators.js';
import { readSchemaDir } from '../../generators/readSchemas.js';
import { loadModels } from '../../generators/schemas/loadModels.js';
import { missingTool } from '../support/missingTool.js';
import { repoRoot } from '../support/paths.js';

const onDisk = (path: string): string => readFileSync(resolve(repoRoot, path), 'utf8');
const recorded = JSON.parse(onDisk('schemas/SOURCES.json')) as { service: string; sha256: string }[];

/** Why the model-driven drift check cannot run here, or undefined when it can. */
function skipReason(): string | undefined {
  const found = loadModels();
  if ('missing' in found) return `no AWS service model here (looked in ${found.missing.join(', ')})`;
  const other = found.models.find((m) => recorded.find((r) => r.service === m.service)?.sha256 !== m.sha256);
  return other ? `the ${other.service} model at ${other.origin} is another revision than schemas/SOURCES.json records` : undefined;
}

const skip = missingTool('the AWS service model (drift test)', skipReason(), '.ci/run runs with ../shared beside the clone: its reference/botocore holds the model schemas/SOURCES.json records');

describe('generation is deterministic and committed', () => {
  it.skipIf(skip)('regenerating from the model reproduces schemas/, src/generated/ and the contract notes of docs/contract.md', async () => {
    const found = loadModels();
    if ('missing' in found) throw new Error('unreachable');
    const files = await generateAll(found.models, onDisk('docs/contract.md'));
    for (const [path, text] of files) expect(onDisk(path), `${path} drifted: run npm run generate`).toBe(text);
    const schemaFiles = readSchemaDir(resolve(repoRoot, 'schemas')).map((f) => f.path);
    expect(
      schemaFiles.filter((p) => !files.has(p)),
      'schema files the generator no longer writes',
    ).toEqual([]);
  });

  it('types, validators and catalog match the schemas on disk, the HAR validator har-schema (needs no model)', async () => {
    const schemas = readSchemaDir(resolve(repoRoot, 'schemas'));
    expect(schemas).toHaveLength(22);
    expect(onDisk('src/generated/types.ts')).toBe(await generateTypes(schemas));
    expect(onDisk('src/generated/validators.ts')).toBe(generateValidators(schemas));
    expect(onDisk('src/generated/catalog.ts')).toBe(generateCatalog(schemas));
    expect(onDisk('src/generated/harValidator.ts'), 'src/generated/harValidator.ts drifted: run npm run generate').toBe(generateHarValidator());
  });
});
