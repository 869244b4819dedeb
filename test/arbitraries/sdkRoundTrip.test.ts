import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { arbitraries, getOperation, operations } from '../../src/index.js';
import { decodeRequest } from '../../src/wire/decodeRequest.js';
import { encodeRequest } from '../../src/wire/encodeRequest.js';
import { route } from '../../src/wire/route.js';
import { capturingClient, commandFor, type CapturedRequest } from '../support/sdkClients.js';

const numRuns = 200;

function queryOf(captured: CapturedRequest): URLSearchParams {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(captured.query)) for (const one of [v ?? ''].flat()) query.append(k, one);
  return query;
}

const bodyText = (body: unknown): string | undefined => (body === undefined || body === '' ? undefined : typeof body === 'string' ? body : new TextDecoder().decode(body as Uint8Array));

describe.each(operations)('%s through the real AWS SDK v3 client', (id) => {
  const op = getOperation(id);
  const captured: CapturedRequest[] = [];
  const client = capturingClient(op.service, captured);
  const Command = commandFor(op);

  /** The decoded input, less the Media Pipelines ClientRequestToken the SDK fills in when absent (an idempotency token). */
  function decodedBack(sent: CapturedRequest, input: Record<string, unknown>): unknown {
    const matched = route(sent.method, sent.path, queryOf(sent));
    expect(matched?.op.id).toBe(id);
    const text = bodyText(sent.body);
    const decoded = decodeRequest(op, { labels: matched?.labels ?? {}, query: queryOf(sent), body: text === undefined ? undefined : JSON.parse(text) }) as Record<string, unknown>;
    if (op.document['x-operation'].service === 'media-pipelines' && input['ClientRequestToken'] === undefined && op.name.startsWith('Start')) {
      expect(decoded['ClientRequestToken']).toMatch(/^[-_a-zA-Z0-9]{2,64}$/);
      delete decoded['ClientRequestToken'];
    }
    return decoded;
  }

  // response_schema sends valid requests as raw HTTP (it reads only the bytes of the answer): they must be the SDK's.
  function expectEncodeRequestWrote(sent: CapturedRequest, input: Record<string, unknown>): void {
    const raw = encodeRequest(op, input);
    const [path, search = ''] = raw.target.split('?');
    expect(sent.method).toBe(raw.method);
    expect(sent.path).toBe(path);
    expect([...queryOf(sent)].sort()).toEqual([...new URLSearchParams(search)].sort());
    const text = bodyText(sent.body);
    const body = text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
    if (body && raw.body !== undefined && !('ClientRequestToken' in input)) delete body['ClientRequestToken'];
    expect(body).toEqual(raw.body === undefined ? undefined : JSON.parse(raw.body));
  }

  // One request sent, two properties of it: sending through the SDK is the cost (8,800 sends when each had its own).
  test.prop([arbitraries.validRequest(id)], { numRuns })('decodes back, through the binding, to the same input, and is the request encodeRequest writes', async (input) => {
    captured.length = 0;
    await client.send(new Command(input));
    const [sent] = captured;
    if (!sent) throw new Error('the SDK sent nothing');
    expect(decodedBack(sent, input)).toEqual(input);
    expectEncodeRequestWrote(sent, input);
  });
});
