import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overrides } from '../../generators/overrides.js';
import { buildOperationSchema } from '../../generators/schemas/buildOperationSchema.js';
import { loadModels } from '../../generators/schemas/loadModels.js';
import type { ServiceModel } from '../../generators/schemas/model.js';
import { catalog } from '../../src/index.js';
import { missingTool } from '../support/missingTool.js';
import { hasSeeds, seedsDir } from '../support/paths.js';

const found = loadModels();
const voiceModel = 'models' in found ? found.models.find((m) => m.service === 'voice')?.model : undefined;
const skipDocuments = missingTool('the seed documents (overrides test)', hasSeeds ? undefined : `no seed documents at ${seedsDir}`, '.ci/run runs with ../shared beside the clone, which holds seeds/');
const skipModel = missingTool(
  'the AWS service model (overrides test)',
  voiceModel ? undefined : 'no AWS service model here',
  '.ci/run runs with ../shared beside the clone: its reference/botocore holds the model',
);

describe('overrides', () => {
  it('each one is applied somewhere in the schemas', () => {
    const applied = new Set(catalog.flatMap((op) => [...JSON.stringify(op.document).matchAll(/"x-override":"([^"]+)"/g)].map((m) => m[1])));
    expect(overrides.map((o) => o.id).filter((id) => !applied.has(id))).toEqual([]);
  });

  it.skipIf(skipDocuments)('the values taken from the documents are in those documents', () => {
    for (const o of overrides.filter((x) => x.evidence)) {
      const text = readFileSync(resolve(seedsDir, o.evidence?.seed ?? ''), 'utf8');
      for (const value of o.evidence?.mustContain ?? []) expect(text, `${o.id}: ${value}`).toContain(value);
    }
  });

  it.skipIf(skipModel)('generation stops when the model no longer says what an override expects', () => {
    const model = structuredClone(voiceModel) as ServiceModel & { shapes: Record<string, object> };
    model.shapes['ClientRequestId'] = { type: 'string', pattern: '^[-_a-zA-Z0-9]{2,64}$' };
    expect(() => buildOperationSchema({ service: 'voice', model }, 'StartSpeakerSearchTask')).toThrow(
      /override "voice-client-request-id" expects the model to say .* Review the entry in generators\/overrides.ts/,
    );
  });

  it.skipIf(skipModel)('generation stops, naming the shape, on a pattern no override repairs', () => {
    const model = structuredClone(voiceModel) as ServiceModel & { shapes: Record<string, object> };
    model.shapes['NonEmptyString256'] = { type: 'string', pattern: '[\\_a]+' };
    expect(() => buildOperationSchema({ service: 'voice', model }, 'GetVoiceProfile')).toThrow(/pattern "\[\\\\_a\]\+" of voice shape NonEmptyString256 is not an ECMAScript regex with the u flag/);
  });
});
