import { createDomain, idFrom, newCall, NoVoiceprint, startVoiceTask } from './setupSteps.js';
import { worldOf } from './world.js';
import { NotApplicable } from '../run/check.js';
import type { Operation } from '../../contract/operation.js';
import { forAllCases } from './caseScope.js';
import { must, type Target } from '../reach/target.js';
import { knownStatus } from '../checks/lifecycleModel.js';

/**
 * Succeeded speaker searches (voiceprints) in one domain shared by the cases that need one, made a batch
 * at a time. A search takes its whole lifecycle to succeed; waiting for it once per case made voice
 * profile cases nine tenths of a default run. Cases that name a domain themselves still get their own.
 */
interface Pool {
  readonly domain: Promise<string>;
  readonly ready: string[];
  filling: Promise<void> | undefined;
  /** Searches the next refill starts: doubled when a case found the pool dry and the batch had no trouble, halved when some failed. */
  batch: number;
  /** The last batch had no trouble: the next one is started before the pool runs dry, not when a case finds it empty. */
  keepsUp: boolean;
  /** A case found the pool empty since the last batch: the next one is larger. */
  ranDry: boolean;
  /** Set when a whole batch of searches never succeeded: later cases fail at once with that reason instead of waiting it out again. */
  hopeless?: Error;
}

/** Searches started at once when the pool first runs dry. */
export const voiceprintBatch = 32;
/** The most searches a refill starts at once, however deep the run. */
const maxBatch = 512;
const pools = new WeakMap<Target, Pool>();

function poolOf(t: Target): Pool {
  const known = pools.get(t);
  if (known) return known;
  const pool: Pool = { domain: forAllCases(() => createDomain(t)), ready: [], filling: undefined, batch: voiceprintBatch, keepsUp: true, ranDry: false };
  pools.set(t, pool);
  // A domain that could not be made (a throttled request) is asked for again by the next case, not reused.
  pool.domain.catch(() => pools.delete(t));
  return pool;
}

const searchTimeoutMs = 15_000;

const unknownStatus = (status: string) => (status === '' ? 'no SpeakerSearchTaskStatus' : `SpeakerSearchTaskStatus ${JSON.stringify(status)}, which the contract does not have`);
const endedWithout = ['FAILED', 'STOPPED', 'PARTIAL_SUCCESS'];

/** A search the pool started: its ID and the Voice Connector of its call. */
interface Started {
  readonly id: string;
  readonly connector: string;
}

async function searchStatus(t: Target, { id, connector }: Started): Promise<string> {
  const json = await must(t, 'voice.GetSpeakerSearchTask', { VoiceConnectorId: connector, SpeakerSearchTaskId: id });
  const status = (json['SpeakerSearchTask'] as Record<string, unknown> | undefined)?.['SpeakerSearchTaskStatus'];
  return typeof status === 'string' ? status : '';
}

/**
 * `n` speaker searches started at once and polled together: each one SUCCEEDED (a voiceprint) or the reason it
 * is none (it ended otherwise, a request failed, or it did not succeed within 15 s). The last one started
 * stands for the batch until it is done, then the rest are read once, and so on for any still running:
 * polling each search on its own made over half the requests of a default run.
 */
export async function searchBatch(t: Target, domain: string, n: number, timeoutMs = searchTimeoutMs): Promise<PromiseSettledResult<string>[]> {
  // The target's time: on a clock verify moves, what it has passed; elsewhere the wall clock's.
  const world = worldOf(t);
  let passed = 0;
  const deadline = Date.now() + timeoutMs;
  const timeLeft = () => (world.movesClock ? passed < timeoutMs : Date.now() < deadline);
  const start = async (): Promise<Started> => {
    const live = await newCall(t);
    return { id: await startVoiceTask(t, 'SpeakerSearchTask', domain, live), connector: live.voiceConnectorId };
  };
  const started = await Promise.allSettled(Array.from({ length: n }, start));
  const results: PromiseSettledResult<string>[] = started.map((r) => (r.status === 'fulfilled' ? { status: 'fulfilled', value: r.value.id } : r));
  let pending = started.flatMap((r, i) => (r.status === 'fulfilled' ? [{ i, search: r.value }] : []));
  const settle = (i: number, { id }: Started, status: string | Error): boolean => {
    if (status === 'SUCCEEDED') results[i] = { status: 'fulfilled', value: id };
    else if (status instanceof Error) results[i] = { status: 'rejected', reason: status };
    else if (endedWithout.includes(status)) results[i] = { status: 'rejected', reason: new NoVoiceprint(`setup: speaker search ${id} ended ${status}`) };
    // No status of the contract will not turn into SUCCEEDED by waiting: said now, not after the whole timeout.
    else if (!knownStatus('voice', status)) results[i] = { status: 'rejected', reason: new NoVoiceprint(`setup: speaker search ${id} answered ${unknownStatus(status)}`) };
    else return false;
    return true;
  };
  const read = (search: Started) => searchStatus(t, search).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  for (let wait = 10; pending.length > 0 && timeLeft(); wait = Math.min(wait * 2, t.pollCapMs ?? 500)) {
    const probe = pending.at(-1) as { i: number; search: Started };
    const status = await read(probe.search);
    if (settle(probe.i, probe.search, status)) {
      const rest = pending.slice(0, -1);
      const statuses = await Promise.all(rest.map((p) => read(p.search)));
      pending = rest.filter((p, k) => !settle(p.i, p.search, statuses[k] as string | Error));
      continue;
    }
    // On a manual clock the target's time is moved on instead: a search there succeeds without a real wait.
    await world.pass(wait);
    passed += wait;
  }
  for (const p of pending)
    results[p.i] = { status: 'rejected', reason: new NoVoiceprint(`setup: speaker search ${p.search.id} did not succeed within ${timeoutMs} ms${world.movesClock ? ' of its clock' : ''}`) };
  return results;
}

/**
 * Why no case will get a voiceprint. On calls the user named (fixtures), a search that never succeeds may only
 * mean the call carries no speech: no evidence against the target, so its cases are not applicable.
 */
function hopelessWhy(t: Target, reason: Error): Error {
  if (!(reason instanceof NoVoiceprint) || worldOf(t).callsMayBeSilent !== true) return reason;
  return new NotApplicable(`needs a voiceprint, and no speaker search on the given calls succeeded (${reason.message}): a voiceprint needs speech on the call`);
}

/** Keeps every search that succeeded; fails only when none did, with the first reason. */
async function fill(t: Target, pool: Pool, domain: string): Promise<void> {
  const settled = await searchBatch(t, domain, pool.batch);
  for (const s of settled) if (s.status === 'fulfilled') pool.ready.push(s.value);
  const failed = settled.find((s) => s.status === 'rejected');
  // As fast as the target allows: a deep run asks for thousands, a target that throttles gets fewer at once.
  pool.batch = failed ? Math.max(voiceprintBatch / 4, pool.batch / 2) : pool.ranDry ? Math.min(maxBatch, pool.batch * 2) : pool.batch;
  pool.keepsUp = !failed;
  pool.ranDry = false;
  if (pool.ready.length > 0 || !failed) return;
  // Searches that can never succeed here (none ever did, or the world makes no calls) are not asked for again.
  if (settled.every((s) => s.status === 'rejected' && (s.reason instanceof NoVoiceprint || s.reason instanceof NotApplicable))) pool.hopeless = hopelessWhy(t, failed.reason as Error);
  throw pool.hopeless ?? failed.reason;
}

/** The shared domain the pooled voiceprints and profiles belong to. */
export const poolDomain = (t: Target): Promise<string> => poolOf(t).domain;

/** A speaker search that SUCCEEDED, used by no other case, and the shared domain it belongs to. */
export async function pooledVoiceprint(t: Target): Promise<{ readonly domain: string; readonly searchId: string }> {
  const pool = poolOf(t);
  const domain = await pool.domain;
  for (;;) {
    if (pool.hopeless) throw pool.hopeless;
    const searchId = pool.ready.pop();
    if (searchId !== undefined) {
      // Half the next batch left: it is started now, so that cases seldom wait a whole search for a voiceprint.
      if (pool.keepsUp && pool.ready.length < pool.batch / 2) refill(t, pool, domain);
      return { domain, searchId };
    }
    pool.ranDry = true;
    await refill(t, pool, domain);
  }
}

/** The refill under way, or a new one. Nobody need wait for it: its failure reaches the cases that do. */
function refill(t: Target, pool: Pool, domain: string): Promise<void> {
  if (!pool.filling) {
    pool.filling = fill(t, pool, domain).finally(() => (pool.filling = undefined));
    pool.filling.catch(() => undefined);
  }
  return pool.filling;
}

/** Whether prepare() draws a request's voiceprint or profile from the pool: it names one, and no call or domain of its own. */
export function drawsOnPool(op: Operation): boolean {
  const has = (m: string) => op.bindings.some((b) => b.member === m);
  return op.service === 'voice' && (has('VoiceProfileId') || has('SpeakerSearchTaskId')) && !has('VoiceConnectorId') && !has('VoiceProfileDomainId');
}

/**
 * Starts the pool's first batch now, for a run that will ask for voiceprints: a search takes its whole lifecycle to
 * succeed, and the first voice profile cases then need not wait it out with the run's other cells held up behind them.
 */
export function prefillVoiceprints(t: Target): void {
  const pool = poolOf(t);
  pool.domain.then((domain) => (pool.ready.length === 0 ? refill(t, pool, domain) : undefined)).catch(() => undefined);
}

/** A voice profile of its own, in the shared domain. */
export async function pooledProfile(t: Target): Promise<string> {
  const { searchId } = await pooledVoiceprint(t);
  const json = await must(t, 'voice.CreateVoiceProfile', { SpeakerSearchTaskId: searchId });
  return idFrom(json, 'voice.CreateVoiceProfile', 'VoiceProfile', 'VoiceProfileId');
}
