import { buildOperationSchema } from './buildOperationSchema.js';
import { patternFindings, type PatternFinding } from './findings.js';
import type { LoadedModel } from './loadModels.js';
import { selection } from './selection.js';
import type { JsonSchema } from './shapeToSchema.js';

export interface SchemaSet {
  /** Relative path (under the repo root) → file text. */
  readonly files: Map<string, string>;
  readonly findings: PatternFinding[];
}

export const toJsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every operation schema of the selection, plus SOURCES.json naming the model revisions they came from. */
export function generateSchemas(models: readonly LoadedModel[]): SchemaSet {
  const files = new Map<string, string>();
  const findings: PatternFinding[] = [];
  for (const { service, operations } of selection) {
    const loaded = models.find((m) => m.service === service);
    if (!loaded) throw new Error(`generate: no model loaded for ${service}`);
    const schemas = operations.map((name) => buildOperationSchema({ service, model: loaded.model }, name));
    schemas.forEach((schema, i) => files.set(`schemas/${service}/${operations[i]}.json`, toJsonText(schema)));
    findings.push(
      ...patternFindings(
        service,
        schemas.map((s) => s['$defs'] as Record<string, JsonSchema>),
      ),
    );
  }
  const sources = models.map(({ service, model, sha256 }) => ({ service, uid: model.metadata.uid, sha256 }));
  files.set('schemas/SOURCES.json', toJsonText(sources));
  return { files, findings };
}
