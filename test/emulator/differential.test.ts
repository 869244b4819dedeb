import { afterAll, beforeAll, describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { arbitraries, getOperation, operations } from '../../src/index.js';
import { encodeRequest, type EncodedRequest } from '../../src/wire/encodeRequest.js';
import { rawHttp } from '../support/rawHttp.js';
import { startHarness, type Harness } from './adapters.js';

/** Both cores hand out the same IDs in the same order, so equal inputs give byte-equal answers. */
function counterIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(n++).toString(16).padStart(12, '0')}`;
}

const awsHost = (service: string) => `${service === 'voice' ? 'voice' : 'media-pipelines'}-chime.us-east-1.amazonaws.com`;

/** Through MSW: fetch to the AWS host, which MSW intercepts. */
async function viaMsw(h: Harness, id: string, e: EncodedRequest) {
  const op = getOperation(id);
  const res = await fetch(`${h.base(op.service)}${e.target}`, { method: e.method, headers: e.headers, ...(e.body !== undefined ? { body: e.body } : {}) });
  return { status: res.status, errorType: res.headers.get('x-amzn-errortype'), body: await res.text() };
}

/** Through the server: the same request on the wire, with the same Host header. */
async function viaHttp(h: Harness, id: string, e: EncodedRequest) {
  const op = getOperation(id);
  // fetch normalizes the path (dot segments) before sending; send what fetch would have sent.
  const target = new URL(e.target, 'http://x').pathname + new URL(e.target, 'http://x').search;
  const res = await rawHttp(h.base(op.service), e.method, target, { ...e.headers, host: awsHost(op.service) }, e.body);
  return { status: res.status, errorType: (res.headers['x-amzn-errortype'] as string | undefined) ?? null, body: res.body };
}

describe('differential: the HTTP server and the MSW handlers answer the same input identically', () => {
  let http: Harness;
  let msw: Harness;
  beforeAll(async () => {
    http = await startHarness('http', { newId: counterIds() });
    msw = await startHarness('msw', { newId: counterIds() });
  });
  afterAll(async () => {
    await msw.close();
    await http.close();
  });

  const requests = fc.constantFrom(...operations).chain((id) =>
    fc
      .oneof(
        arbitraries.validRequest(id).map((r) => encodeRequest(getOperation(id), r)),
        arbitraries.invalidRequest(id).map((c) => c.wire),
      )
      .map((wire) => ({ id, wire })),
  );

  test.prop([requests], { numRuns: 300 })('same status, error type and body', async ({ id, wire }) => {
    const server = await viaHttp(http, id, wire);
    const handlers = await viaMsw(msw, id, wire);
    expect(handlers).toEqual(server);
    expect(server.status).toBeLessThan(500);
  });
});
