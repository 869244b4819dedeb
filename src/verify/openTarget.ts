import { fastLifecycle } from '../emulator/core/options.js';
import { startEmbeddedEmulator } from './embeddedEmulator.js';
import { AnswerTooLarge, defaultAnswerLimits, EndpointGone, type AnswerLimits } from './answerLimits.js';
import { rawClient } from './rawClient.js';
import type { Credentials, SigningMode } from '../shared/credentials.js';
import { sdkInWorker } from './sdkInWorker.js';
import { rawSigner } from './signer.js';
import { stopWhenGone } from './stopWhenGone.js';
import { uniqueNames, type Target } from './target.js';

export interface TargetOptions {
  /** The implementation to check; without one, the embedded emulator is started. */
  readonly endpoint?: string;
  readonly region: string;
  readonly credentials: Credentials;
  readonly auth: SigningMode;
  /** Each request's deadline and answer cap (default 10 s, 8 MiB). */
  readonly limits?: AnswerLimits;
}

/** The embedded emulator runs on the core's fast timings (`serve --timings fast`); why 400 ms: fastLifecycle. */
export const quickLifecycle = fastLifecycle;

/** Thrown when the endpoint cannot be reached at all: a usage problem, not a conformance failure. */
export class UnreachableEndpoint extends Error {}

/** Why the endpoint cannot be reached (ECONNREFUSED, a timeout…), or undefined when it answers at all. */
export async function unreachable(target: Target): Promise<string | undefined> {
  try {
    await target.raw({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined });
    return undefined;
  } catch (e) {
    if (e instanceof AnswerTooLarge) return undefined; // it answered: too much, but it is there
    if (e instanceof EndpointGone) return e.why;
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
}

async function probe(target: Target): Promise<void> {
  const why = await unreachable(target);
  if (why !== undefined) throw new UnreachableEndpoint(`cannot reach ${target.endpoint}: ${why}`);
}

/**
 * The target of a run: the given endpoint, or the embedded emulator on a free port, in a thread of its own so
 * that checks and emulator run on two cores.
 */
export async function openTarget(o: TargetOptions): Promise<{ target: Target; embedded: boolean; via?: string; close: () => Promise<void> }> {
  const server = o.endpoint ? undefined : await startEmbeddedEmulator({ lifecycle: quickLifecycle, auth: o.auth, credentials: [o.credentials], region: o.region });
  const endpoint = o.endpoint ?? server?.url ?? '';
  const sign = o.auth === 'strict' ? rawSigner(endpoint, o.region, o.credentials) : undefined;
  const limits = o.limits ?? defaultAnswerLimits;
  // The embedded emulator's own requests take its local socket: the same HTTP to the same server, at less cost per request.
  const via = server?.socketPath;
  const sdk = sdkInWorker({ endpoint, region: o.region, credentials: o.credentials, limits, ...(via ? { via } : {}) });
  const bare: Target = {
    endpoint,
    raw: rawClient(endpoint, sign, limits, true, via),
    sdk: sdk.send,
    unique: uniqueNames(),
    pollCapMs: server ? 40 : 500,
  };
  try {
    // The SDK thread loads while the probe goes out.
    await Promise.all([probe(bare), sdk.ready]);
  } catch (e) {
    await Promise.all([sdk.close(), server?.close()]);
    throw e;
  }
  // The fuse's probe opens a connection of its own: a pooled socket the endpoint already dropped says ECONNRESET,
  // which is not why the endpoint cannot be reached.
  const prober: Target = { ...bare, raw: rawClient(endpoint, sign, limits, false, via) };
  const target = stopWhenGone(bare, () => unreachable(prober));
  return { target, embedded: server !== undefined, ...(via ? { via: `local socket ${via}` } : {}), close: async () => void (await Promise.all([sdk.close(), server?.close()])) };
}
