import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { noFaults } from '../../src/emulator/wire/faults.js';
import { sdkClients, sdkError, voice } from '../support/sdk.js';

let server: RunningServer | undefined;
afterEach(async () => server?.close());

const list = () => new voice.ListVoiceProfileDomainsCommand({});

describe('fault injection', () => {
  it('is off by default', async () => {
    server = await startServer({});
    expect((await sdkClients(server.url).voice.send(list())).$metadata.httpStatusCode).toBe(200);
  });

  it('throttles (429 ThrottledClientException) and fails (503 ServiceUnavailableException) the operations named', async () => {
    server = await startServer({ faults: { ...noFaults, throttle: 1, operations: ['voice.ListVoiceProfileDomains'] } });
    const { voice: client } = sdkClients(server.url);
    expect(await sdkError(client.send(list()))).toMatchObject({ name: 'ThrottledClientException', status: 429 });
    const other = await client.send(new voice.GetVoiceProfileDomainCommand({ VoiceProfileDomainId: 'x' })).catch((e: Error) => e.name);
    expect(other).toBe('NotFoundException');
    await server.close();
    server = await startServer({ faults: { ...noFaults, unavailable: 1 } });
    expect(await sdkError(sdkClients(server.url).voice.send(list()))).toMatchObject({ name: 'ServiceUnavailableException', status: 503 });
  });

  it('lets an SDK with retries get through a partial throttle, and the same seed gives the same pattern', async () => {
    const pattern = async () => {
      const s = await startServer({ faults: { ...noFaults, throttle: 0.5, seed: 9 } });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await fetch(`${s.url}/voice-profile-domains`)).status);
      await s.close();
      return statuses;
    };
    const first = await pattern();
    expect(first).toContain(429);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
    server = await startServer({ faults: { ...noFaults, throttle: 0.5, seed: 9 } });
    const retrying = new voice.ChimeSDKVoiceClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 10 });
    expect((await retrying.send(list())).$metadata.httpStatusCode).toBe(200);
  });
});
