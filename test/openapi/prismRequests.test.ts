/**
 * Prism (`prism mock <export>`) accepts what the AWS SDK v3 clients send for every operation: valid inputs from
 * the arbitraries go out through the real clients, and none meets a request validation failure. An invalid one
 * does, which shows the validation was on.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validRequest } from '../../src/arbitraries/validRequest.js';
import { catalog, getOperation } from '../../src/contract/catalog.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { startPrism, type PrismMock } from '../../src/openapi/startPrism.js';
import { sdkSender, type SendSdk } from '../../src/verify/reach/sdkSender.js';
import { exportDocuments, services } from './exportDocuments.js';

const files = exportDocuments();

/** What Prism found wrong with the request: it lists request and response violations in one header. */
const requestViolations = (headers: Readonly<Record<string, string>>) =>
  (JSON.parse(headers['sl-violations'] ?? '[]') as { location: string[]; message: string }[]).filter((v) => v.location[0] === 'request').map((v) => v.message);

describe.each(services)('prism mock %s', (service) => {
  let prism: PrismMock | undefined;
  let send: SendSdk;
  beforeAll(async () => {
    prism = await startPrism(files[service]);
    send = sdkSender(prism.url, 'us-east-1', exampleCredentials);
  }, 90_000);
  afterAll(() => prism?.stop());

  it.each(catalog.filter((op) => op.service === service).map((op) => [op.id, op] as const))('%s: SDK requests pass its validation', async (_, op) => {
    for (const input of fc.sample(validRequest(op.id), { seed: 42, numRuns: 3 })) {
      const { answer, error } = await send(op, input);
      expect(requestViolations(answer.headers), JSON.stringify(input)).toEqual([]);
      expect([answer.status, error?.name], JSON.stringify(input)).toEqual([op.http.status, undefined]);
    }
  });

  it('an invalid request is refused with the violation named', async () => {
    const [id, input, member] =
      service === 'voice'
        ? ['voice.StartSpeakerSearchTask', { VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 't-1', VoiceProfileDomainId: 'd-1', CallLeg: 'Bogus' }, 'CallLeg']
        : ['media-pipelines.StartSpeakerSearchTask', { Identifier: 'p-1', VoiceProfileDomainArn: 'not an arn' }, 'VoiceProfileDomainArn'];
    const { answer } = await send(getOperation(id), input);
    expect([400, 422]).toContain(answer.status);
    expect(requestViolations(answer.headers).join('\n')).toContain(member);
  });
});
