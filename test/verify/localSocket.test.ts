import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { getOperation } from '../../src/contract/catalog.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { listenLocalSocket } from '../../src/verify/localSocket.js';
import { openTarget } from '../../src/verify/openTarget.js';
import { rawClient } from '../../src/verify/rawClient.js';
import { sdkSender } from '../../src/verify/sdkSender.js';

describe('the local socket beside a TCP port', () => {
  it('reaches the same server with the same requests: Host names the endpoint, not the socket', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"VoiceProfileDomains":[]}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const local = await listenLocalSocket(server);
    expect(local).toBeDefined();
    const raw = await rawClient(url, undefined, undefined, true, local?.path)({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined });
    const sdk = await sdkSender(url, 'us-east-1', exampleCredentials, undefined, local?.path)(getOperation('voice.ListVoiceProfileDomains'), {});
    expect([raw.status, sdk.answer.status, sdk.error]).toEqual([200, 200, undefined]);
    expect(seen.map((h) => h.host)).toEqual([url.slice(7), url.slice(7)]);
    await local?.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('carries the embedded run, signed requests included, and the TCP endpoint still answers (an unsigned request: 401)', async () => {
    const opened = await openTarget({ region: 'us-east-1', credentials: exampleCredentials, auth: 'strict' });
    const list = getOperation('voice.ListVoiceProfileDomains');
    expect((await opened.target.sdk(list, {})).answer.status).toBe(200);
    expect((await rawClient(opened.target.endpoint)({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined })).status).toBe(401);
    await opened.close();
  });
});
