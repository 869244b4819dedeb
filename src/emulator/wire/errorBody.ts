import { catalog } from '../../contract/catalog.js';
import type { ServiceName } from '../../contract/operation.js';

/** The short code each error type carries in its body's `Code` member. */
const codes: Readonly<Record<string, string>> = {
  BadRequestException: 'BadRequest',
  ForbiddenException: 'Forbidden',
  NotFoundException: 'NotFound',
  ResourceLimitExceededException: 'ResourceLimitExceeded',
  ServiceFailureException: 'ServiceFailure',
  ServiceUnavailableException: 'ServiceUnavailable',
  ThrottledClientException: 'Throttling',
  ConflictException: 'Conflict',
  UnauthorizedClientException: 'Unauthorized',
  AccessDeniedException: 'AccessDenied',
  GoneException: 'Gone',
  UnprocessableEntityException: 'UnprocessableEntity',
  UnknownOperationException: 'UnknownOperation',
};

/** Media Pipelines models `Code` as the ErrorCode enum: a code outside it is left out rather than sent wrong. */
const mediaPipelinesCodes = new Set(
  (catalog.find((op) => op.service === 'media-pipelines')?.document.$defs['ErrorCode']?.['enum'] as string[] | undefined) ?? [],
);

/** The JSON body of an error answer: `{ Code, Message }`, plus `RequestId` for Media Pipelines. */
export function errorBody(service: ServiceName | undefined, type: string, message: string, requestId: string): object {
  const code = codes[type];
  if (service !== 'media-pipelines') return { ...(code ? { Code: code } : {}), Message: message };
  return { ...(code && mediaPipelinesCodes.has(code) ? { Code: code } : {}), Message: message, RequestId: requestId };
}
