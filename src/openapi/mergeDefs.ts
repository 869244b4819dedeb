import { isDeepStrictEqual } from 'node:util';
import type { JsonSchema, SchemaDocument } from '../contract/operation.js';
import { rewriteRefs } from './rewriteRefs.js';

/** Raised when two operations of a service give one definition name two meanings: the export would have to pick one. */
export class DefinitionConflict extends Error {
  constructor(
    readonly definition: string,
    readonly operations: readonly [string, string],
  ) {
    super(
      `chime-conformance: ${operations[0]} and ${operations[1]} define ${definition} differently; an OpenAPI document has one components/schemas/${definition}. Hint: make the generator emit one shape under that name (or rename one of them) and run npm run generate`,
    );
    this.name = 'DefinitionConflict';
  }
}

/**
 * Every `$defs` entry of the given documents as one `components/schemas` map, references rewritten. Shared
 * shapes (Arn, ErrorCode…) appear once; a name defined differently by two operations fails the export instead of
 * letting the last one silently win, which would describe one of the operations wrongly.
 */
export function mergeDefs(documents: readonly SchemaDocument[]): Record<string, JsonSchema> {
  const merged: Record<string, JsonSchema> = {};
  const owner = new Map<string, string>();
  for (const document of documents) {
    const op = document['x-operation'].id;
    for (const [name, schema] of Object.entries(document.$defs)) {
      const before = merged[name];
      if (before !== undefined && !isDeepStrictEqual(before, schema)) throw new DefinitionConflict(name, [owner.get(name) ?? '?', op]);
      if (before === undefined) owner.set(name, op);
      merged[name] = schema;
    }
  }
  return Object.fromEntries(Object.entries(merged).map(([name, schema]) => [name, rewriteRefs(schema)]));
}
