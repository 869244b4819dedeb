/**
 * npm run generate:parity: test/fixtures/parity/voice-analytics.har, the recording replay's tests start from.
 * It is made as a user makes one, through `proxy --record`, but in front of the emulator on a manual clock whose
 * time the recording keeps, so its gaps are those of a real session (4 s between a start and a get) without the
 * wait. The values are the documents' own examples (the API reference's IDs, language, call leg, ARNs).
 */
import { writeFileSync } from 'node:fs';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { startServer } from '../../src/emulator/http/startServer.js';
import { startProxy } from '../../src/parity/proxy/startProxy.js';
import { awsEndpoints, oneEndpoint } from '../../src/verify/reach/serviceEndpoints.js';
import { serviceOf } from '../../src/parity/proxy/upstreamOf.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { openRecording } from '../../src/cli/commands/proxyRecording.js';
import { fixtureSession } from './fixtureSession.js';

const out = new URL('../../test/fixtures/parity/voice-analytics.har', import.meta.url).pathname;
// The recording's clock starts at a fixed instant, so the file is the same each time it is made.
const start = Date.parse('2026-11-02T10:00:00.000Z');
let ids = 0;
// Counted IDs too: a file made again differs only where the emulator's behaviour did.
const newId = () => `5e1f0000-0000-4000-8000-${(++ids).toString(16).padStart(12, '0')}`;
const emulator = await startServer({ clock: steppedClock(start), region: 'us-east-1', accountId: '111122223333', newId });
writeFileSync(out, '');
// Each exchange under its own service's real host, as a recording of the real service names them.
const hosts = awsEndpoints('us-east-1');
const recording = await openRecording(out, (e) => hosts[serviceOf(e.request.method, e.request.target)]);
const proxy = await startProxy({
  upstream: oneEndpoint(emulator.url),
  region: 'us-east-1',
  credentials: exampleCredentials,
  now: () => emulator.core.clock.now(),
  onExchange: (e) => recording.record({ ...e, durationMs: 40 }),
});
await fixtureSession(proxy.url, (ms) => void emulator.core.clock.advance(ms));
await proxy.close();
await recording.close();
await new Promise((ok) => emulator.server.close(ok));
console.log(`wrote ${recording.count} exchanges to ${out}`);
