import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonSchema } from './schemas/shapeToSchema.js';

export interface OperationSchemaFile {
  readonly path: string;
  readonly schema: JsonSchema & { 'x-operation': { id: string; service: string; name: string; input: string; output: string | null } };
}

/** schemas/events/ holds the event schemas, which describe no operation (generators/events/). */
export const eventSchemaDir = 'events';
/** schemas/setup/ holds verify's setup protocol and fixtures file, which describe no operation either. */
export const setupSchemaDir = 'setup';

/** The operation schemas under `dir` (schemas/), in service then file-name order. */
export function readSchemaDir(dir: string): OperationSchemaFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== eventSchemaDir && d.name !== setupSchemaDir)
    .map((d) => d.name)
    .sort()
    .flatMap((service) =>
      readdirSync(join(dir, service))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => `schemas/${service}/${f}`),
    )
    .map((path) => ({ path, schema: JSON.parse(readFileSync(join(dir, '..', path), 'utf8')) as OperationSchemaFile['schema'] }));
}

/** The same, from generated file texts not yet written to disk. */
export function parseSchemaFiles(files: ReadonlyMap<string, string>): OperationSchemaFile[] {
  return [...files.entries()]
    .filter(([path]) => /^schemas\/[^/]+\/[^/]+\.json$/.test(path) && !path.startsWith(`schemas/${eventSchemaDir}/`) && !path.startsWith(`schemas/${setupSchemaDir}/`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ path, schema: JSON.parse(text) as OperationSchemaFile['schema'] }));
}
