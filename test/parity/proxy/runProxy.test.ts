import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProxy, type ProxyRun } from '../../../src/cli/commands/runProxy.js';
import { startServer } from '../../../src/emulator/http/startServer.js';
import { readHar } from '../../../src/parity/har/readHar.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { mutants } from '../../mutants/mutants.js';
import { fakeIo } from '../../support/fakeIo.js';

const run = (o: Partial<ProxyRun>): ProxyRun => ({
  upstream: 'aws',
  region: 'us-east-1',
  profile: undefined,
  port: '0',
  host: '127.0.0.1',
  record: undefined,
  json: false,
  limits: defaultAnswerLimits,
  ...o,
});

/** Runs the proxy command's body until `session` has sent what it sends through the proxy's URL. */
async function session(o: ProxyRun, resolveEndpoints: () => { voice: string; 'media-pipelines': string }, send: (url: string) => Promise<unknown>) {
  const { io, out, err } = fakeIo();
  let stop = () => {};
  const stopped = new Promise<void>((ok) => (stop = ok));
  const code = runProxy(o, io, { resolveEndpoints, stopped });
  while (!err.some((l) => l.includes('listening on'))) await new Promise((ok) => setTimeout(ok, 10));
  const url = /listening on (\S+)/.exec(err.find((l) => l.includes('listening on')) ?? '')?.[1] ?? '';
  await send(url);
  stop();
  return { code: await code, out, err };
}

const post = (url: string, path: string, body: string) => fetch(`${url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }).then((r) => r.text());

describe('runProxy --upstream aws, with stand-ins for the two regional hosts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'run-proxy-'));
  const saved = { ...process.env };
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDSTANDIN00000001', AWS_SECRET_ACCESS_KEY: 'stand-in-secret', AWS_EC2_METADATA_DISABLED: 'true' });
  delete process.env['AWS_PROFILE'];
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_EC2_METADATA_DISABLED', 'AWS_PROFILE']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('records each exchange under the host of its own service, and the recording reads back', async () => {
    const [voice, mp] = await Promise.all([startServer({}), startServer({})]);
    const har = join(dir, 'aws.har');
    const hosts = () => ({ voice: voice.url, 'media-pipelines': mp.url });
    const { code } = await session(run({ record: har }), hosts, async (url) => {
      await post(url, '/voice-connectors/abcdef1234567890abcde/voice-tone-analysis-tasks', '{"TransactionId":"t-1","LanguageCode":"en-US"}');
      await post(
        url,
        '/media-insights-pipelines/p-1/voice-tone-analysis-tasks?operation=start',
        '{"LanguageCode":"en-US","KinesisVideoStreamSourceTaskConfiguration":{"StreamArn":"arn:aws:kinesisvideo:us-east-1:111122223333:stream/s/1","ChannelId":0}}',
      );
    });
    await Promise.all([voice.close(), mp.close()]);
    expect(code).toBe(0);
    const entries = (JSON.parse(readFileSync(har, 'utf8')) as { log: { entries: { request: { url: string } }[] } }).log.entries;
    expect(entries.map((e) => new URL(e.request.url).origin)).toEqual([voice.url, mp.url]);
    expect(readHar(readFileSync(har, 'utf8'), har).map((e) => e.response.status)).toEqual([201, 201]);
  });

  it("exits 1 when the upstream accepts what the contract rejects: a finding, not the client's mistake", async () => {
    const mutant = mutants.find((m) => m.name === 'accepts-channel-id-2');
    if (!mutant) throw new Error('the accepts-channel-id-2 mutant is gone');
    const mp = await startServer({ ...mutant.options });
    const body = '{"LanguageCode":"en-US","KinesisVideoStreamSourceTaskConfiguration":{"StreamArn":"arn:aws:kinesisvideo:us-east-1:111122223333:stream/s/1","ChannelId":2}}';
    const { code, out } = await session(
      run({}),
      () => ({ voice: mp.url, 'media-pipelines': mp.url }),
      (url) => post(url, '/media-insights-pipelines/p-1/voice-tone-analysis-tasks?operation=start', body),
    );
    await mp.close();
    expect(out).toContain('violation  media-pipelines.StartVoiceToneAnalysisTask response accepted-invalid /  answered 201 to a request the contract rejects');
    expect(code).toBe(1);
  });
});
