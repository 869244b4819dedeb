import type { Operation } from '../../contract/operation.js';
import { encodeRequest } from '../../wire/encodeRequest.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import { redactJsonText, redactRequest } from './redact.js';

const shellQuote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

/** An HTTP request as a curl command against the endpoint, secrets in a JSON body redacted. */
export function curlOf(e: EncodedRequest, endpoint: string): string {
  const headers = Object.entries(e.headers).map(([k, v]) => `-H ${shellQuote(`${k}: ${v}`)}`);
  const body = e.body === undefined ? [] : [`--data-binary ${shellQuote(redactJsonText(e.body))}`];
  return ['curl -i', `-X ${e.method}`, ...headers, ...body, shellQuote(endpoint.replace(/\/$/, '') + e.target)].join(' ');
}

/** SDK-style input as a curl command against the endpoint, secrets redacted. */
export const asCurl = (op: Operation, request: unknown, endpoint: string): string => curlOf(encodeRequest(op, redactRequest(op, request)), endpoint);

/** The request as an AWS SDK v3 call, secrets redacted. */
export function asSdkCall(op: Operation, request: unknown): string {
  const client = op.service === 'voice' ? 'ChimeSDKVoiceClient' : 'ChimeSDKMediaPipelinesClient';
  return `await new ${client}({ endpoint }).send(new ${op.name}Command(${JSON.stringify(redactRequest(op, request))}))`;
}
