import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { rawHttp } from '../support/rawHttp.js';
import { createEmulatorCore } from '../../src/emulator/core/createCore.js';
import { createWire } from '../../src/emulator/wire/createWire.js';
import { authenticateFor } from '../../src/emulator/wire/sigv4.js';

/** What a browser sends for a cross-site POST that needs no preflight: text/plain, its own Origin. */
let server: RunningServer;
let authority = '';
beforeAll(async () => {
  server = await startServer({ clock: 'manual', allowHosts: ['emulator.test'] });
  authority = new URL(server.url).host;
});
afterAll(() => server.close());

const now = () => server.core.clock.now();
const post = (target: string, headers: Record<string, string>, body = '{"ms":3153600000000}') => rawHttp(server.url, 'POST', target, { 'content-type': 'text/plain', ...headers }, body);

describe('the control plane refuses what a web page could send', () => {
  it.each([
    ['a foreign Origin', { host: '127.0.0.1', origin: 'https://evil.example' }, /refuses requests from web pages \(Origin https:\/\/evil.example\)/],
    ['the Origin "null" of a sandboxed page', { host: '127.0.0.1', origin: 'null' }, /refuses requests from web pages \(Origin null\)/],
    ['a foreign Host (DNS rebinding)', { host: 'evil.example:4566' }, /refuses Host "evil.example:4566": this emulator answers to localhost, 127.0.0.1, ::1, emulator.test/],
  ])('%s: 403 saying why, and nothing moves', async (_, headers, message) => {
    const before = now();
    const advance = await post('/_chime/clock/advance', headers);
    expect(advance.status).toBe(403);
    expect(JSON.parse(advance.body)).toEqual({ message: expect.stringMatching(message), hint: expect.any(String) });
    expect(now()).toBe(before);
    const calls = server.core.snapshot().calls.count;
    expect((await post('/_chime/calls', headers, '{"voiceConnectorId":"abcdef1234567890abcde","transactionId":"t"}')).status).toBe(403);
    expect((await post('/_chime/reset', headers, '')).status).toBe(403);
    expect(server.core.snapshot().calls.count).toBe(calls);
  });

  it.each([
    ['127.0.0.1 and its port', () => authority],
    ['localhost', () => `localhost:${server.port}`],
    ['a name given with allowHosts', () => 'emulator.test'],
  ])('answers a request without Origin that names %s, as curl and the SDKs send it', async (_, host) => {
    const before = now();
    const advance = await post('/_chime/clock/advance', { host: host() }, '{"ms":1000}');
    expect(advance.status).toBe(200);
    expect(now()).toBe(before + 1000);
  });

  it('answers a request whose Origin is its own', async () => {
    expect((await rawHttp(server.url, 'GET', '/_chime/clock', { host: authority, origin: `http://${authority}` })).status).toBe(200);
  });

  it('leaves the API paths to --auth: a foreign Host still reaches an operation', async () => {
    expect((await rawHttp(server.url, 'GET', '/voice-profile-domains', { host: 'evil.example' })).status).toBe(200);
  });
});

describe('on an address other than loopback, with --auth strict', () => {
  // The wire as startServer sets it up for such an address: no test listens beyond loopback.
  it('asks control requests for a signature too', async () => {
    const core = createEmulatorCore();
    const wire = createWire(core, { controlAuthenticated: true, ...authenticateFor({ auth: 'strict' }, core.options) });
    const refused = await wire.handle({ method: 'POST', target: '/_chime/reset', headers: { host: '192.0.2.1:4566' }, body: undefined });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body ?? '')).toMatchObject({ message: expect.stringMatching(/^the control plane needs a signed request here: /) });
  });
});
