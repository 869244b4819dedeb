import { route } from '../../wire/route.js';
import { bodyBytes, type Body, type Exchange } from '../exchange.js';
import { redactBody } from './_internals/redactBody.js';
import { learnHeaderSecrets, redactHeaders } from './_internals/redactHeaders.js';
import { redactTarget } from './_internals/redactTarget.js';
import { SecretBook } from './_internals/secretBook.js';
import { sensitiveAt } from './_internals/sensitiveAt.js';

const changedBytes = (before: Body, after: Body): Buffer | undefined => (after === before ? undefined : bodyBytes(after));

/**
 * A redaction for one recording: call it on each exchange before it is written. It masks the Authorization
 * header (fixed text), SigV4 session tokens, signatures and access keys (header and query), and in bodies both
 * ways every member the contract marks sensitive for the exchange's operation (found with route(); for an
 * unroutable one, every sensitive name; in text that is not JSON, by name, quoted or not), every
 * ClientRequestToken, KmsKeyArn and VoiceProfileDomainArn, and every KMS key or alias ARN in any text; then every
 * occurrence of a secret it has masked, anywhere in the exchange (path, query, headers, bodies, messages that
 * echo it). Free text the model hides (tags) is masked where it echoes only in prose (messages, descriptions,
 * bodies that are not JSON), and a member's enum value never: a redacted exchange the contract accepted it still
 * accepts. One value has one placeholder across the whole recording, and placeholders satisfy the contract
 * (`redacted-token-0001`, `arn:aws:kms:us-east-1:000000000000:key/redacted-0001`, `redacted-0003`).
 */
export function redactor(): (exchange: Exchange) => Exchange {
  const book = new SecretBook();
  return (exchange) => {
    const { request, response } = exchange;
    const q = request.target.indexOf('?');
    const op = route(request.method, q < 0 ? request.target : request.target.slice(0, q), new URLSearchParams(q < 0 ? '' : request.target.slice(q + 1)))?.op;
    const requestAt = sensitiveAt(op, 'request');
    const responseAt = sensitiveAt(op, 'response');
    // First learn every secret, in the order a reader meets them (their numbers follow it), so that an echo
    // is masked even where it comes before the secret's own place: a response ARN in the request's query.
    learnHeaderSecrets(request.headers, book);
    learnHeaderSecrets(response.headers, book);
    redactTarget(request.target, book);
    redactBody(request.body, requestAt, book);
    redactBody(response.body, responseAt, book);
    const requestBody = redactBody(request.body, requestAt, book);
    const responseBody = redactBody(response.body, responseAt, book);
    return {
      ...exchange,
      request: { method: request.method, target: redactTarget(request.target, book), headers: redactHeaders(request.headers, book, changedBytes(request.body, requestBody)), body: requestBody },
      response: { status: response.status, headers: redactHeaders(response.headers, book, changedBytes(response.body, responseBody)), body: responseBody },
    };
  };
}
