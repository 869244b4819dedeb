import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { proxyCredentials } from '../../../src/cli/commands/proxyCredentials.js';
import { proxyUpstream } from '../../../src/cli/commands/proxyUpstream.js';
import { startProxy } from '../../../src/parity/proxy/startProxy.js';

/** Stands in for one of the real service's hosts: records what reached it, answers an empty list. */
async function standIn(seen: { path: string; headers: IncomingHttpHeaders }[]) {
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': 'r' }).end('{"VoiceProfileDomains":[]}'));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((ok) => server.close(ok)) };
}

const get = (url: string) =>
  new Promise<number>((ok, fail) =>
    request(url, (res) => res.resume().on('end', () => ok(res.statusCode ?? 0)))
      .on('error', fail)
      .end(),
  );

describe('proxy --upstream aws', () => {
  const dir = mkdtempSync(join(tmpdir(), 'proxy-aws-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves the regional hosts through the AWS SDK, sending nothing', () => {
    expect(proxyUpstream('aws', 'eu-central-1').endpoints).toEqual({
      voice: 'https://voice-chime.eu-central-1.amazonaws.com',
      'media-pipelines': 'https://media-pipelines-chime.eu-central-1.amazonaws.com',
    });
  });

  it('sends each service to its own host, signed for that host with the session token', async () => {
    const voiceSeen: { path: string; headers: IncomingHttpHeaders }[] = [];
    const mpSeen: typeof voiceSeen = [];
    const [voice, mp] = await Promise.all([standIn(voiceSeen), standIn(mpSeen)]);
    const credentials = { accessKeyId: 'ASIASESSION00000001', secretAccessKey: 'session-secret', sessionToken: 'session-token-0001' };
    const proxy = await startProxy({ upstream: { voice: voice.url, 'media-pipelines': mp.url }, region: 'eu-central-1', credentials });
    await get(`${proxy.url}/voice-profile-domains`);
    await get(`${proxy.url}/media-insights-pipelines/p-1/voice-tone-analysis-tasks/00000000-0000-4000-8000-000000000001`);
    await get(`${proxy.url}/media-insights-pipelines/unroutable`);
    await Promise.all([proxy.close(), voice.close(), mp.close()]);
    expect(voiceSeen.map((s) => s.path)).toEqual(['/voice-profile-domains']);
    expect(mpSeen.map((s) => s.path)).toEqual(['/media-insights-pipelines/p-1/voice-tone-analysis-tasks/00000000-0000-4000-8000-000000000001', '/media-insights-pipelines/unroutable']);
    for (const s of [...voiceSeen, ...mpSeen]) {
      expect(s.headers['x-amz-security-token']).toBe('session-token-0001');
      expect(s.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIASESSION00000001\/\d{8}\/eu-central-1\/chime\/aws4_request, SignedHeaders=host;/);
    }
  });

  it('refuses to start without credentials, naming where it looked, and never falls back to the example pair', async () => {
    const config = join(dir, 'config');
    writeFileSync(config, '[profile other]\nregion = us-east-1\n');
    const env = { AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none') };
    const saved = { ...process.env };
    // Nothing of the user's own setup, and never a metadata host: with AWS_PROFILE set the chain would skip the
    // environment's keys, and without keys it would ask 169.254.169.254.
    for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
    Object.assign(process.env, env, { AWS_EC2_METADATA_DISABLED: 'true' });
    try {
      await expect(proxyCredentials(true, 'missing', env)).rejects.toMatchObject({
        name: 'UsageError',
        message: expect.stringMatching(new RegExp(`^no AWS credentials from profile missing of ${config} and ${join(dir, 'none')} \\(--profile\\): `)),
      });
      // The chain reads process.env: the example pair there is found first, before any host would be asked.
      const example = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x' };
      Object.assign(process.env, example);
      await expect(proxyCredentials(true, undefined, example)).rejects.toThrow('the real service needs real credentials, not the example pair');
    } finally {
      for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
      for (const [k, v] of Object.entries(saved)) if (k.startsWith('AWS_')) process.env[k] = v;
    }
  });
});
