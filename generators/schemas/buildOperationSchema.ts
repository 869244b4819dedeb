import { overrides as allOverrides, type Override } from '../overrides.js';
import { indexOverrides, overriddenMember, overriddenShape, type OverrideIndex } from './applyOverrides.js';
import { checkPatterns } from './checkPatterns.js';
import { shapeOf, type ModelMember, type ServiceModel } from './model.js';
import { ref, shapeToSchema, type JsonSchema } from './shapeToSchema.js';
import type { ServiceName } from './selection.js';

const locations: Record<NonNullable<ModelMember['location']>, string | undefined> = {
  uri: 'label',
  querystring: 'query',
  header: 'header',
  headers: undefined,
  statusCode: undefined,
};

/** The HTTP binding and the idempotency flag of a top-level input member, as annotations beside its reference. */
function inputMember(member: ModelMember): JsonSchema {
  const where = member.location ? locations[member.location] : undefined;
  if (member.location && !where) throw new Error(`generate: input location ${member.location} is not supported`);
  return {
    ...ref(member.shape),
    ...(where ? { 'x-http': { in: where, name: member.locationName } } : {}),
    ...(member.idempotencyToken ? { 'x-idempotency-token': true } : {}),
  };
}

/** Converts every shape reachable from `roots`, applying overrides, in first-reached order. */
function collectDefs(model: ServiceModel, roots: string[], index: OverrideIndex, input: string | undefined) {
  const defs: Record<string, JsonSchema> = {};
  const queue = [...roots];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (defs[name]) continue;
    const shape = shapeOf(model, name);
    const o = index.forShape(name);
    const schema = o ? overriddenShape(shapeToSchema(name, shape), o) : shapeToSchema(name, shape);
    defs[name] = schema;
    for (const [member, m] of Object.entries(shape.members ?? {})) {
      const memberOverride: Override | undefined = index.forMember(name, member);
      const properties = schema['properties'] as Record<string, JsonSchema>;
      if (memberOverride) properties[member] = overriddenMember(memberOverride);
      else {
        if (name === input) properties[member] = inputMember(m);
        queue.push(m.shape);
      }
    }
    if (shape.member) queue.push(shape.member.shape);
  }
  return defs;
}

function splitUri(requestUri: string): { path: string; query: Record<string, string> } {
  const [path = '', query] = requestUri.split('?');
  return { path, query: Object.fromEntries(new URLSearchParams(query ?? '')) };
}

export interface ServiceInfo {
  readonly service: ServiceName;
  readonly model: ServiceModel;
}

/** The JSON Schema 2020-12 document of one operation: request, response, errors and HTTP binding. */
export function buildOperationSchema({ service, model }: ServiceInfo, name: string): JsonSchema {
  const op = model.operations[name];
  if (!op) throw new Error(`generate: the ${service} model has no operation ${name}`);
  const index = indexOverrides(allOverrides, service, model);
  const errors = (op.errors ?? []).map((e) => e.shape);
  const roots = [op.input?.shape, op.output?.shape, ...errors].filter((s): s is string => s !== undefined);
  const defs = collectDefs(model, roots, index, op.input?.shape);
  checkPatterns(`${service} shape`, defs);
  const { path, query } = splitUri(op.http.requestUri);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:chime-conformance:${service}.${name}`,
    title: `${service}.${name}`,
    'x-operation': {
      id: `${service}.${name}`,
      service,
      name,
      protocol: 'restJson1',
      endpointPrefix: model.metadata.endpointPrefix,
      signingName: model.metadata.signingName,
      apiVersion: model.metadata.apiVersion,
      http: { method: op.http.method, path, query, status: op.http.responseCode ?? 200 },
      input: op.input?.shape ?? null,
      output: op.output?.shape ?? null,
      errors,
    },
    $defs: defs,
  };
}
