import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ServiceModel } from './model.js';
import { selection, type ServiceName } from './selection.js';

export interface LoadedModel {
  readonly service: ServiceName;
  readonly model: ServiceModel;
  readonly origin: string;
  /** sha256 of the model JSON text, to tell one model revision from another. */
  readonly sha256: string;
}

export const defaultModelDir = resolve(import.meta.dirname, '../../../shared/reference/botocore');

function botocoreDataDir(): string | undefined {
  try {
    const out = execFileSync('python3', ['-c', 'import botocore,os;print(os.path.dirname(botocore.__file__))'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return join(out.trim(), 'data');
  } catch {
    return undefined;
  }
}

function candidates(service: ServiceName, modelDir: string | undefined): string[] {
  const sel = selection.find((s) => s.service === service);
  if (!sel) throw new Error(`generate: unknown service ${service}`);
  const found = [join(modelDir ?? defaultModelDir, sel.modelFile)];
  const botocore = modelDir === undefined ? botocoreDataDir() : undefined;
  if (botocore) found.push(join(botocore, sel.botocoreData, 'service-2.json.gz'), join(botocore, sel.botocoreData, 'service-2.json'));
  return found;
}

function readText(path: string): string {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
}

/**
 * Finds the model of each selected service: in `modelDir` when given, else in ../shared/reference/botocore,
 * else in python botocore's data folder. Returns undefined, with the places tried, when one is missing.
 */
export function loadModels(modelDir?: string): { models: LoadedModel[] } | { missing: string[] } {
  const models: LoadedModel[] = [];
  const missing: string[] = [];
  for (const { service } of selection) {
    const path = candidates(service, modelDir).find((p) => existsSync(p));
    if (!path) {
      missing.push(...candidates(service, modelDir));
      continue;
    }
    const text = readText(path);
    const sha256 = createHash('sha256').update(text).digest('hex');
    models.push({ service, model: JSON.parse(text) as ServiceModel, origin: path, sha256 });
  }
  return missing.length > 0 ? { missing } : { models };
}
