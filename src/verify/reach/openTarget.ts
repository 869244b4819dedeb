import { fastLifecycle } from '../../emulator/core/options.js';
import { startEmbeddedEmulator } from './embeddedEmulator.js';
import { AnswerTooLarge, defaultAnswerLimits, EndpointGone, type AnswerLimits } from './answerLimits.js';
import { rawClient, type SendRaw, type Sign } from './rawClient.js';
import type { Credentials, SigningMode } from '../../shared/credentials.js';
import { sdkInWorker } from './sdkInWorker.js';
import { lazySdk } from './lazySdk.js';
import { retrying } from './retrying.js';
import { sdkMaxAttempts } from './retryPolicy.js';
import { rawSigner } from './signer.js';
import { stopWhenGone } from './stopWhenGone.js';
import { uniqueNames, type Target } from './target.js';
import { byService, sendersFor } from './byService.js';
import { exampleCredentials } from '../../emulator/wire/sigv4.js';
import { awsEndpoint, awsEndpoints, oneEndpoint, type ResolveEndpoints, type ServiceEndpoints } from './serviceEndpoints.js';
import { Inconclusive } from '../run/check.js';

export interface TargetOptions {
  /** The implementation to check (`aws`: the real service); without one, the embedded emulator is started. */
  readonly endpoint?: string;
  /** With `endpoint: 'aws'`: finds the region's two hosts (default: the AWS SDK's own endpoint rules). */
  readonly resolveEndpoints?: ResolveEndpoints;
  readonly region: string;
  readonly credentials: Credentials;
  readonly auth: SigningMode;
  /** Each request's deadline and answer cap (default 10 s, 8 MiB). */
  readonly limits?: AnswerLimits;
  /** Attempts per request when throttled (429) or unavailable (503), the first included (default 3, the AWS SDK's). */
  readonly maxAttempts?: number;
  /** Requests per second at most across the run, retries included (default: no cap). */
  readonly rate?: number;
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
    if (e instanceof AnswerTooLarge || e instanceof Inconclusive) return undefined; // it answered: too much, or not yet, but it is there
    if (e instanceof EndpointGone) return e.why;
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
}

async function probe(target: Target): Promise<void> {
  const why = await unreachable(target);
  if (why !== undefined) throw new UnreachableEndpoint(`cannot reach ${target.endpoint}: ${why}`);
}

/** A SendRaw whose requests go out signed: the signature's headers added to those given. */
const signedBy =
  (send: SendRaw, sign: Sign | undefined): SendRaw =>
  async (req) =>
    sign ? send({ ...req, headers: { ...req.headers, ...(await sign(req)) } }) : send(req);

/** Outside the fuse: each attempt of a retried request passes it, so none waits out a deadline once the endpoint is gone. */
const patient = (t: Target, o: TargetOptions): Target => retrying(t, { maxAttempts: o.maxAttempts ?? sdkMaxAttempts, ...(o.rate === undefined ? {} : { rate: o.rate }) });

/** An endpoint's target: raw requests over HTTP, SDK calls made in a thread of their own. */
async function endpointTarget(o: TargetOptions, endpoints: ServiceEndpoints, limits: AnswerLimits): Promise<OpenedTarget> {
  // Each host its own signature: SigV4 signs the Host header.
  const sign = (e: string): Sign | undefined => (o.auth === 'strict' ? rawSigner(e, o.region, o.credentials) : undefined);
  const raw = (keepAlive: boolean) => byService(sendersFor(endpoints, (e) => rawClient(e, sign(e), limits, keepAlive)));
  const sdk = lazySdk(() => sdkInWorker({ endpoint: endpoints, region: o.region, credentials: o.credentials, limits }));
  const bare: Target = { endpoint: endpoints.voice, endpoints, raw: raw(true), sdk: sdk.send, unique: uniqueNames(), pollCapMs: 500 };
  await probe(bare);
  // The fuse's probe opens a connection of its own: a pooled socket the endpoint already dropped says ECONNRESET,
  // which is not why the endpoint cannot be reached.
  const prober: Target = { ...bare, raw: raw(false) };
  const fused = stopWhenGone(bare, () => unreachable(prober));
  return { target: patient(fused, o), embedded: false, close: () => sdk.close() };
}

/** The embedded emulator's target: raw requests and SDK calls handed to its wire, in its thread. */
async function embeddedTarget(o: TargetOptions, limits: AnswerLimits): Promise<OpenedTarget> {
  const emulator = { lifecycle: quickLifecycle, auth: o.auth, credentials: [o.credentials], region: o.region };
  const server = await startEmbeddedEmulator({ emulator, sdk: { region: o.region, credentials: o.credentials }, limits });
  const sign = o.auth === 'strict' ? rawSigner(server.url, o.region, o.credentials) : undefined;
  const bare: Target = { endpoint: server.url, raw: signedBy(server.raw, sign), sdk: server.sdk, unique: uniqueNames(), pollCapMs: 40 };
  // A thread that stopped fails every call with a code: the fuse then says so once, instead of each case.
  const fused = stopWhenGone(bare, () => unreachable(bare));
  return { target: patient(fused, o), embedded: true, close: () => server.close() };
}

/** A run's target, opened: what the checks send to, whether it is the embedded emulator, and how to let it go. */
export interface OpenedTarget {
  readonly target: Target;
  readonly embedded: boolean;
  close(): Promise<void>;
}

/**
 * The target of a run: the given endpoint, or the embedded emulator in a thread of its own, so that checks and
 * emulator run on two cores.
 */
export async function openTarget(o: TargetOptions): Promise<OpenedTarget> {
  const limits = o.limits ?? defaultAnswerLimits;
  if (!o.endpoint) return embeddedTarget(o, limits);
  if (o.endpoint !== awsEndpoint) return endpointTarget(o, oneEndpoint(o.endpoint), limits);
  // A real account is never sent the documentation's example key, and never an unsigned request.
  if (o.credentials.accessKeyId === exampleCredentials.accessKeyId) throw new Error('chime-conformance: the real service needs real credentials, not the example pair');
  return endpointTarget({ ...o, auth: 'strict' }, (o.resolveEndpoints ?? awsEndpoints)(o.region), limits);
}
