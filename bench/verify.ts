/**
 * npm run bench:verify: generated cases per second of a default `verify` run on the embedded emulator, against
 * what the AWS SDK v3 client gets from a bare node:http server in the same run (the most a case sent through the
 * SDK could reach), and against a raw node:http client there, with `inFlight` requests at once.
 * Last line: RESULT verify sdk_ratio=<x> cases_per_s=<y>
 *
 * The verify run is what `verify` does by default: its requests, raw and through the SDK, are handed to the
 * embedded emulator's wire in the emulator's thread (wireClient.ts), without sockets or HTTP framing. The bare
 * server is reached over TCP loopback: the baseline is the SDK as any client gets it, and the lines printed say
 * which transport each side used.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exampleCredentials } from '../src/emulator/wire/sigv4.js';
import { openTarget } from '../src/verify/reach/openTarget.js';
import { rawClient } from '../src/verify/reach/rawClient.js';
import { ChimeSDKVoiceClient, ListVoiceProfileDomainsCommand } from '@aws-sdk/client-chime-sdk-voice';
import { runVerify } from '../src/verify/run/runVerify.js';

/** Requests at once against the bare server: as many as a default run has cells at once. */
const inFlight = 4;
const seed = Number(process.env['BENCH_SEED'] ?? 42);

async function verifyRate(): Promise<{ cases: number; seconds: number }> {
  const opened = await openTarget({ region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
  const started = performance.now();
  const result = await runVerify({
    target: opened.target,
    embedded: true,
    service: 'all',
    ops: [],
    checks: [],
    shard: { index: 1, count: 1 },
    runs: 10,
    seed,
    auth: 'off',
    region: 'us-east-1',
    credentials: exampleCredentials,
  });
  const seconds = (performance.now() - started) / 1000;
  await opened.close();
  if (!result.conformant) throw new Error('the embedded emulator did not conform: the figure would mean nothing');
  return { cases: result.cells.reduce((n, c) => n + (c.outcome.status === 'skip' ? 0 : c.outcome.cases), 0), seconds };
}

/** Calls per second of `call`, `inFlight` at a time, for `seconds`. */
async function rate(seconds: number, call: () => Promise<unknown>): Promise<number> {
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      await call();
      done++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
  return done / seconds;
}

/**
 * Against a bare server answering every request alike: raw requests per second (the baseline), and
 * SDK v3 calls per second of a plain client (the AWS SDK alone: what an application sending through it gets).
 */
async function bareRates(seconds: number): Promise<{ raw: number; sdk: number }> {
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"VoiceProfileDomains":[]}'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const raw = rawClient(url);
  // The SDK as an application uses it: a client with its defaults (one attempt, as verify makes), nothing added.
  const sdk = new ChimeSDKVoiceClient({ endpoint: url, region: 'us-east-1', credentials: exampleCredentials, maxAttempts: 1 });
  const rates = {
    raw: await rate(seconds, () => raw({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined })),
    sdk: await rate(seconds, () => sdk.send(new ListVoiceProfileDomainsCommand({}))),
  };
  server.close();
  return rates;
}

const run = await verifyRate();
const casesPerSecond = run.cases / run.seconds;
const bare = await bareRates(5);
console.log(
  `verify: ${run.cases} cases in ${run.seconds.toFixed(1)} s = ${casesPerSecond.toFixed(0)} cases/s (default run, embedded emulator, requests handed to its wire in its thread, seed ${seed})`,
);
console.log(`bare node:http over TCP loopback, raw client, ${inFlight} in flight: ${bare.raw.toFixed(0)} requests/s: raw_ratio=${(casesPerSecond / bare.raw).toFixed(3)}`);
console.log(`bare node:http over TCP loopback, AWS SDK v3 client, ${inFlight} in flight: ${bare.sdk.toFixed(0)} calls/s (${(bare.sdk / bare.raw).toFixed(3)} of raw)`);
console.log('(a case is one generated input; many take several requests: resources first, then the request under test)');
console.log(`RESULT verify sdk_ratio=${(casesPerSecond / bare.sdk).toFixed(3)} cases_per_s=${casesPerSecond.toFixed(0)}`);
