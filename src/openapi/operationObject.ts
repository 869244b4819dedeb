import type { JsonSchema, Operation } from '../contract/operation.js';
import { examplesOf } from './examples.js';
import { parametersOf } from './parameters.js';
import { responsesOf } from './responses.js';
import { componentsPrefix } from './rewriteRefs.js';

/** `StartSpeakerSearchTask` → `Start speaker search task`: the summary lint tools ask for, from the name alone. */
const summaryOf = (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').replace(/ [A-Z]/g, (m) => m.toLowerCase());

/**
 * One operation of the export. `body`: the operation's body schema (components/schemas/<input>), when it has
 * one; the example body is the request example less the members that travel as parameters.
 */
export function operationObject(op: Operation, body: JsonSchema | undefined): JsonSchema {
  const examples = examplesOf(op);
  const inBody = new Set(op.bindings.filter((b) => b.in === 'body').map((b) => b.member));
  const bodyExample = Object.fromEntries(Object.entries(examples.request).filter(([member]) => inBody.has(member)));
  const bodyRequired = ((body?.['required'] as string[] | undefined) ?? []).length > 0;
  const requestBody = body && {
    required: bodyRequired,
    content: { 'application/json': { schema: { $ref: componentsPrefix + op.document['x-operation'].input }, examples: { valid: { value: bodyExample } } } },
  };
  const parameters = parametersOf(op, examples.request);
  return {
    operationId: op.name,
    summary: summaryOf(op.name),
    description: `${op.id} (contract: schemas/${op.service}/${op.name}.json). Answers ${op.http.status} on success.`,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: responsesOf(op, examples),
  };
}
