import { schemaDocuments } from '../generated/catalog.js';
import type { ErrorBinding, MemberBinding, Operation, SchemaDocument } from './operation.js';
import { properties, resolve, sensitivePointers } from './schemaWalk.js';

function bindingsOf(document: SchemaDocument): MemberBinding[] {
  const input = document.$defs[document['x-operation'].input];
  if (!input) throw new Error(`chime-conformance: ${document.$id} has no input definition`);
  return Object.entries(properties(input)).map(([member, schema]) => {
    const http = schema['x-http'] as { in: MemberBinding['in']; name: string } | undefined;
    return { member, in: http?.in ?? 'body', name: http?.name ?? member };
  });
}

function errorsOf(document: SchemaDocument): ErrorBinding[] {
  return document['x-operation'].errors.map((type) => {
    const def = document.$defs[type];
    const error = def?.['x-error'] as { status: number; fault: boolean } | undefined;
    if (!error) throw new Error(`chime-conformance: ${document.$id} lists error ${type} without its definition`);
    return { type, status: error.status, fault: error.fault };
  });
}

/** Top-level request members that are lists with a maxItems (Tags). */
function listLimitsOf(document: SchemaDocument, requestRef: string): Operation['listLimits'] {
  return Object.entries(properties(resolve(document, { $ref: requestRef })))
    .map(([member, schema]) => ({ pointer: `/${member}`, schema: resolve(document, schema) }))
    .filter(({ schema }) => schema['type'] === 'array' && typeof schema['maxItems'] === 'number')
    .map(({ pointer, schema }) => ({ pointer, maxItems: schema['maxItems'] as number }));
}

function toOperation(document: SchemaDocument): Operation {
  const op = document['x-operation'];
  const requestRef = `#/$defs/${op.input}`;
  const responseRef = op.output ? `#/$defs/${op.output}` : undefined;
  // The guide treats every ClientRequestToken as a secret, the Voice one too (the model marks only Media Pipelines').
  const tokens = bindingsOf(document).some((b) => b.member === 'ClientRequestToken') ? ['/ClientRequestToken'] : [];
  const sensitiveAt = (ref: string | undefined) => (ref ? [...new Set([...sensitivePointers(document, { $ref: ref }), ...(ref === requestRef ? tokens : [])])] : []);
  return {
    id: op.id,
    service: op.service,
    name: op.name,
    endpointPrefix: op.endpointPrefix,
    signingName: op.signingName,
    http: op.http,
    bindings: bindingsOf(document),
    errors: errorsOf(document),
    sensitive: { request: sensitiveAt(requestRef), response: sensitiveAt(responseRef) },
    listLimits: listLimitsOf(document, requestRef),
    document,
    requestRef,
    responseRef,
  };
}

/** Every operation of the contract, in service then name order, read from the schema documents. */
export const catalog: readonly Operation[] = (schemaDocuments as readonly SchemaDocument[]).map(toOperation);

const byId = new Map(catalog.map((op) => [op.id, op]));

/** The operation ids, `media-pipelines.GetSpeakerSearchTask` … `voice.UpdateVoiceProfileDomain`. */
export const operations: readonly string[] = catalog.map((op) => op.id);

/** The operation with this id; throws a message listing the known ids otherwise. */
export function getOperation(id: string): Operation {
  const op = byId.get(id);
  if (!op) throw new Error(`chime-conformance: unknown operation "${id}". Known operations: ${operations.join(', ')}`);
  return op;
}
