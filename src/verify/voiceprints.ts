import { createDomain, finishedSearch, idFrom, NoVoiceprint } from './fixtures.js';
import { must, type Target } from './target.js';

/**
 * Succeeded speaker searches (voiceprints) in one domain shared by the cases that need one, made a batch
 * at a time. A search takes its whole lifecycle to succeed; waiting for it once per case made voice
 * profile cases nine tenths of a default run. Cases that name a domain themselves still get their own.
 */
interface Pool {
  readonly domain: Promise<string>;
  readonly ready: string[];
  filling: Promise<void> | undefined;
  /** Searches the next refill starts: doubled each time a batch ran dry without trouble, halved when some failed. */
  batch: number;
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
  const pool: Pool = { domain: createDomain(t), ready: [], filling: undefined, batch: voiceprintBatch };
  pools.set(t, pool);
  // A domain that could not be made (a throttled request) is asked for again by the next case, not reused.
  pool.domain.catch(() => pools.delete(t));
  return pool;
}

/** Keeps every search that succeeded; fails only when none did, with the first reason. */
async function fill(t: Target, pool: Pool, domain: string): Promise<void> {
  const settled = await Promise.allSettled(Array.from({ length: pool.batch }, () => finishedSearch(t, domain)));
  for (const s of settled) if (s.status === 'fulfilled') pool.ready.push(s.value);
  const failed = settled.find((s) => s.status === 'rejected');
  // As fast as the target allows: a deep run asks for thousands, a target that throttles gets fewer at once.
  pool.batch = failed ? Math.max(voiceprintBatch / 4, pool.batch / 2) : Math.min(maxBatch, pool.batch * 2);
  if (pool.ready.length > 0 || !failed) return;
  if (settled.every((s) => s.status === 'rejected' && s.reason instanceof NoVoiceprint)) pool.hopeless = failed.reason as Error;
  throw failed.reason;
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
    if (searchId !== undefined) return { domain, searchId };
    pool.filling ??= fill(t, pool, domain).finally(() => (pool.filling = undefined));
    await pool.filling;
  }
}

/** A voice profile of its own, in the shared domain. */
export async function pooledProfile(t: Target): Promise<string> {
  const { searchId } = await pooledVoiceprint(t);
  const json = await must(t, 'voice.CreateVoiceProfile', { SpeakerSearchTaskId: searchId });
  return idFrom(json, 'voice.CreateVoiceProfile', 'VoiceProfile', 'VoiceProfileId');
}
