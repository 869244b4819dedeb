import type { Operation } from '../../contract/operation.js';
import { idIn, objectAt, resourceKind } from '../world/resources.js';
import type { Json } from './scenario.js';

/** Where a Voice task's CallDetails name another call than the one asked about (VoiceConnectorId, isCaller). */
function callProblem(request: Json, task: Json): string | undefined {
  const details = objectAt(task['CallDetails']);
  if (!details) return undefined;
  if (request['VoiceConnectorId'] !== undefined && details['VoiceConnectorId'] !== request['VoiceConnectorId']) return 'CallDetails.VoiceConnectorId is not the one in the path';
  if (typeof request['IsCaller'] === 'boolean' && details['IsCaller'] !== request['IsCaller'])
    return `CallDetails.IsCaller is ${String(details['IsCaller'])} for isCaller=${String(request['IsCaller'])}`;
  return undefined;
}

/**
 * What makes an accepted answer useless to the client that asked, as the SDK read it, or undefined: no resource
 * (or list) at all, no ID, another ID than the one asked for, other values than those just written, another call.
 */
export function acceptedAnswerProblem(op: Operation, request: Json, output: unknown): string | undefined {
  if (!op.responseRef) return undefined;
  const kind = resourceKind(op);
  const answer = objectAt(output) ?? {};
  if (op.name.startsWith('List')) return Array.isArray(answer[`${kind}s`]) ? undefined : `the answer carries no ${kind}s list`;
  const resource = objectAt(answer[kind]);
  if (!resource) return `the answer carries no ${kind}`;
  const id = idIn(resource, `${kind}Id`);
  if (id === undefined) return `the answer carries no ${kind}.${kind}Id`;
  if (request[`${kind}Id`] !== undefined && id !== request[`${kind}Id`]) return `the answer is about ${kind} ${id}, not the ${String(request[`${kind}Id`])} asked for`;
  for (const member of ['Name', 'Description']) {
    if (op.name.startsWith('Get') || request[member] === undefined || resource[member] === request[member]) continue;
    return `${kind}.${member} is ${JSON.stringify(resource[member])}, not the ${JSON.stringify(request[member])} written`;
  }
  return callProblem(request, resource);
}
