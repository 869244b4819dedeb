import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChimeSDKVoiceClient, ListVoiceProfileDomainsCommand } from '@aws-sdk/client-chime-sdk-voice';
import { exampleCredentials } from '../src/emulator/wire/sigv4.js';
import { sdkSender } from '../src/verify/sdkSender.js';
import { getOperation } from '../src/index.js';
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"VoiceProfileDomains":[]}'));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const client = new ChimeSDKVoiceClient({ endpoint: url, region: 'us-east-1', credentials: exampleCredentials, maxAttempts: 1 });
const send = sdkSender(url, 'us-east-1', exampleCredentials);
const op = getOperation('voice.ListVoiceProfileDomains');
for (const [name, f] of [['plain SDK client', () => client.send(new ListVoiceProfileDomainsCommand({}))], ['verify sdkSender', () => send(op, {})]] as const) {
  let done = 0; const until = performance.now() + 3000;
  await Promise.all(Array.from({ length: 4 }, async () => { while (performance.now() < until) { await f(); done++; } }));
  console.log(name, (done / 3).toFixed(0), 'calls/s');
}
server.close();
