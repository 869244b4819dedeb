/**
 * npm run bench:profiles: whether a voice profile domain's size slows the emulator. Over HTTP (in-process
 * server, one keep-alive connection), the median CreateVoiceProfile with an empty domain against the same with
 * `BENCH_PROFILES` (default 50,000) already enrolled; and the median of an unrelated Get sent right behind the
 * first read of a finished search (when its matches are worked out), of a domain of 1,000 profiles (the most a
 * search compares) and of the large one.
 * Last line: RESULT profiles create_ratio=<large/empty> unrelated_get_ratio=<behind large/behind small>
 */
import { startServer } from '../src/emulator/http/startServer.js';
import { maxCandidates } from '../src/emulator/core/operations/voiceTasks.js';
import { rawClient } from '../src/verify/reach/rawClient.js';

const enrolled = Number(process.env['BENCH_PROFILES'] ?? 50_000);
const sample = 500;
const vc = 'abcdef1234567890abcde';
const server = await startServer({ clock: 'manual', timings: 'fast' });
const send = rawClient(server.url);
const json = { 'content-type': 'application/json' };
const post = (target: string, body: unknown) => send({ method: 'POST', target, headers: json, body: JSON.stringify(body) });
const idOf = (text: string, member: string) => String((JSON.parse(text) as Record<string, Record<string, unknown>>)[member.split('.')[0] ?? '']?.[member.split('.')[1] ?? '']);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
async function timed(call: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await call();
  return performance.now() - t;
}

/** `n` speaker searches of the domain, on distinct calls, all SUCCEEDED (the clock advanced past them). */
async function finishedSearches(domainId: string, n: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await post(`/voice-connectors/${vc}/speaker-search-tasks`, { TransactionId: `${tag}-${i}`, VoiceProfileDomainId: domainId });
    ids.push(idOf(r.body, 'SpeakerSearchTask.SpeakerSearchTaskId'));
  }
  server.core.clock.advance(1000);
  return ids;
}

async function newDomain(name: string): Promise<string> {
  const r = await post('/voice-profile-domains', { Name: name, ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' } });
  return idOf(r.body, 'VoiceProfileDomain.VoiceProfileDomainId');
}

async function createLatencies(domainId: string, tag: string): Promise<number> {
  const searches = await finishedSearches(domainId, sample, tag);
  const times: number[] = [];
  for (const id of searches) times.push(await timed(() => post('/voice-profiles', { SpeakerSearchTaskId: id })));
  return median(times);
}

const large = await newDomain('large');
const emptyMs = await createLatencies(large, 'first');
/** Enrols `n` profiles in-process (the figures are of requests at that size, not of the time to get there). */
function enrolInProcess(domainId: string, n: number, tag: string): void {
  for (let i = 0; i < n; i += 1) {
    const s = server.core.invoke('voice.StartSpeakerSearchTask', { VoiceConnectorId: vc, TransactionId: `${tag}-${i}`, VoiceProfileDomainId: domainId });
    if (s.ok) server.core.seedProfile({ id: `${tag}-p-${i}`, domainId, taskId: (s.output as { SpeakerSearchTask: { SpeakerSearchTaskId: string } }).SpeakerSearchTask.SpeakerSearchTaskId });
  }
}
enrolInProcess(large, enrolled - sample, 'fill');
const fullMs = await createLatencies(large, 'last');

// The reference: a domain of maxCandidates profiles, the most a search compares; past it, size must not count.
const small = await newDomain('small');
enrolInProcess(small, maxCandidates, 'small-fill');
const unrelated = () => send({ method: 'GET', target: `/voice-profile-domains/${small}`, headers: {}, body: undefined });

/** The unrelated Get, each time sent right behind the first read of one of the domain's finished searches. */
async function behindFirstReads(domainId: string, tag: string): Promise<number> {
  const during: number[] = [];
  for (const id of await finishedSearches(domainId, sample, tag)) {
    const firstRead = send({ method: 'GET', target: `/voice-connectors/${vc}/speaker-search-tasks/${id}`, headers: {}, body: undefined });
    during.push(await timed(unrelated));
    await firstRead;
  }
  return median(during);
}
const behindSmall = await behindFirstReads(small, 'read-small');
const behindLarge = await behindFirstReads(large, 'read-large');
await server.close();

console.log(`CreateVoiceProfile median: ${emptyMs.toFixed(3)} ms into an empty domain, ${fullMs.toFixed(3)} ms into one of ${enrolled} profiles`);
console.log(
  `unrelated GetVoiceProfileDomain median, behind the first read of a search: ${behindSmall.toFixed(3)} ms (${maxCandidates}-profile domain), ${behindLarge.toFixed(3)} ms (${enrolled}-profile domain)`,
);
console.log(`RESULT profiles create_ratio=${(fullMs / emptyMs).toFixed(2)} unrelated_get_ratio=${(behindLarge / behindSmall).toFixed(2)}`);
