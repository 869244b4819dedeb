import { catalog } from '../../contract/catalog.js';
import type { ServiceName } from '../../contract/operation.js';

/** The Media Pipelines ErrorCode each error type carries in `Code`, where the enum has one. */
const codes: Readonly<Record<string, string>> = {
  BadRequestException: 'BadRequest',
  ForbiddenException: 'Forbidden',
  NotFoundException: 'NotFound',
  ResourceLimitExceededException: 'ResourceLimitExceeded',
  ServiceFailureException: 'ServiceFailure',
  ServiceUnavailableException: 'ServiceUnavailable',
  ThrottledClientException: 'Throttling',
};

/** Media Pipelines models `Code` as the ErrorCode enum: a code outside it is left out rather than sent wrong. */
const mediaPipelinesCodes = new Set((catalog.find((op) => op.service === 'media-pipelines')?.document.$defs['ErrorCode']?.['enum'] as string[] | undefined) ?? []);

/**
 * The JSON body of an error answer: `{ Code, Message }`, plus `RequestId` for Media Pipelines. Voice models no
 * error members, so its `Code` is the full type name: the AWS SDK for JavaScript v2 prefers the body's code to
 * the header, and then names the right exception too (v3 and botocore read `x-amzn-errortype` first).
 */
// semantics: errorsOnTheWire
export function errorBody(service: ServiceName | undefined, type: string, message: string, requestId: string): object {
  if (service !== 'media-pipelines') return { Code: type, Message: message };
  const code = codes[type];
  // Literals rather than an object spread: on this path, once per error answer, a spread's copy was promoted
  // to the old generation (~150 B per answer) and grew resident memory under load until a full collection.
  if (code && mediaPipelinesCodes.has(code)) return { Code: code, Message: message, RequestId: requestId };
  return { Message: message, RequestId: requestId };
}
