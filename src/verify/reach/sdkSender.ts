import * as mediaPipelines from '@aws-sdk/client-chime-sdk-media-pipelines';
import * as voice from '@aws-sdk/client-chime-sdk-voice';
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import { Readable } from 'node:stream';
import { RawSdkHandler } from './rawSdkHandler.js';
import { keepAlivePool } from '../../shared/keepAlivePool.js';
import { onceMoreIfStale } from './staleSocket.js';
import type { Operation } from '../../contract/operation.js';
import type { Credentials } from '../../shared/credentials.js';
import { AnswerTooLarge, defaultAnswerLimits, type AnswerLimits } from './answerLimits.js';
import type { SendRaw, WireAnswer } from './rawClient.js';
import { readCapped } from './readCapped.js';
import { requestDeadline, type RequestDeadline } from './requestDeadline.js';
import type { ServiceEndpoints } from './serviceEndpoints.js';

/** What the SDK made of an answer, beside the answer itself. */
export interface SdkExchange {
  readonly answer: WireAnswer;
  readonly output?: unknown;
  readonly error?: { readonly name: string; readonly message: string };
}

export type SendSdk = (op: Operation, input: unknown) => Promise<SdkExchange>;

type Client = { send(command: unknown): Promise<unknown> };
const modules: Record<string, Record<string, unknown>> = { 'media-pipelines': mediaPipelines, voice };

/** What one call needs below the SDK: where its raw answer goes, and its deadline. */
interface Call {
  readonly record: (a: WireAnswer) => void;
  readonly begun: () => void;
  readonly deadline: RequestDeadline;
  readonly maxBytes: number;
}

type Args = { input: object; request: object };
type Stack = { add(m: unknown, o: { step: string; name: string; priority: string }): void };

/** An answer's body as bytes: a stream read under the cap and the deadline; bytes a handler already holds, held to the cap. */
async function bodyOf(body: unknown, call: Call, declaredLength: string | undefined): Promise<Buffer> {
  if (body instanceof Readable) return readCapped(body, call.maxBytes, call.deadline.signal, declaredLength);
  if (!(body instanceof Uint8Array)) return Buffer.alloc(0);
  if (body.byteLength > call.maxBytes) throw new AnswerTooLarge(call.maxBytes);
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

/**
 * A middleware, added once to a client, that keeps a copy of the raw answer before the SDK parses it. The client
 * caches its resolved handler (cacheMiddleware), so nothing may be added to one command: each call is found by
 * its input object, which is its own, so calls may run at once. It reads the body itself, capped and under the
 * deadline; the SDK's deserializer then reads that copy, so the SDK never buffers more than the cap either.
 */
function captureMiddleware(calls: WeakMap<object, Call>, signals: WeakMap<object, AbortSignal>) {
  return (next: (args: Args) => Promise<{ response: unknown }>) => async (args: Args) => {
    const call = calls.get(args.input);
    if (!call) return next(args);
    signals.set(args.request, call.deadline.signal);
    const result = await next(args);
    call.begun();
    call.deadline.reached('body');
    const response = result.response as { statusCode: number; headers: Record<string, string>; body: unknown };
    const bytes = await bodyOf(response.body, call, response.headers['content-length']);
    call.record({ status: response.statusCode, headers: { ...response.headers }, body: bytes.toString('utf8') });
    // The bytes themselves: the SDK's deserializers read a Uint8Array body as it is, with no stream to collect.
    response.body = bytes;
    return result;
  };
}

/**
 * The SDK's Node handler, given each request's deadline: a cached handler is resolved without per-call options,
 * so the abort signal comes from the request the capture middleware saw go out.
 */
class DeadlineHandler extends NodeHttpHandler {
  constructor(
    options: NodeHttpHandlerOptions,
    private readonly signals: WeakMap<object, AbortSignal>,
  ) {
    super(options);
  }

  override handle(request: Parameters<NodeHttpHandler['handle']>[0], options: Parameters<NodeHttpHandler['handle']>[1] = {}) {
    const abortSignal = this.signals.get(request);
    return super.handle(request, abortSignal ? { ...options, abortSignal } : options);
  }
}

/**
 * A client's signer, made once: the SDK builds a new SigV4 signer for every request, from a copy of the whole
 * client config, and one client always signs for the same region and service.
 */
function signOnce(client: { config: { signer?: (scheme?: unknown) => Promise<unknown> } }): void {
  const make = client.config.signer;
  if (!make) return;
  const made = new Map<string, Promise<unknown>>();
  client.config.signer = (scheme?: unknown) => {
    const key = JSON.stringify(scheme ?? null);
    let signer = made.get(key);
    if (!signer) made.set(key, (signer = make(scheme)));
    return signer;
  };
}

/**
 * Sends SDK-style input through the real AWS SDK v3 client of the operation's service. `through`: where the
 * requests go instead of a connection (the embedded emulator's wire, in its thread): the SDK builds, signs and
 * reads every request as for the endpoint; only what carries it differs. The requests are the SDK's own:
 * caching the resolved middleware and the signer changes what a call costs, not what it sends.
 */
export function sdkSender(endpoint: string | ServiceEndpoints, region: string, credentials: Credentials, limits: AnswerLimits = defaultAnswerLimits, through?: SendRaw): SendSdk {
  const calls = new WeakMap<object, Call>();
  const signals = new WeakMap<object, AbortSignal>();
  // No requestTimeout here: the handler's own only logs a warning (and is an idle timeout); the abort signal
  // is the deadline. The connection timeout names the one phase the signal cannot see.
  const plain = keepAlivePool(false, 50);
  const tls = keepAlivePool(true, 50);
  const dropIdle = () => (plain.dropIdle(), tls.dropIdle());
  const handlerOptions = { connectionTimeout: Math.min(5000, limits.requestTimeoutMs), httpAgent: plain.agent, httpsAgent: tls.agent };
  const requestHandler = through ? new RawSdkHandler(through) : new DeadlineHandler(handlerOptions, signals);
  const config = { region, credentials, maxAttempts: 1, requestHandler, cacheMiddleware: true };
  // On the real service each client has a host of its own.
  const at = (service: keyof ServiceEndpoints) => ({ ...config, endpoint: typeof endpoint === 'string' ? endpoint : endpoint[service] });
  const clients: Record<string, Client> = {
    'media-pipelines': new mediaPipelines.ChimeSDKMediaPipelinesClient(at('media-pipelines')) as unknown as Client,
    voice: new voice.ChimeSDKVoiceClient(at('voice')) as unknown as Client,
  };
  for (const client of Object.values(clients)) {
    signOnce(client as unknown as Parameters<typeof signOnce>[0]);
    // At the deserialize step, below the SDK's own deserializer: the answer as it came off the wire.
    (client as unknown as { middlewareStack: Stack }).middlewareStack.add(captureMiddleware(calls, signals), { step: 'deserialize', name: 'chimeConformanceCapture', priority: 'low' });
  }
  const send: SendSdk = async (op, input) => {
    const CommandClass = modules[op.service]?.[`${op.name}Command`] as (new (i: unknown) => unknown) | undefined;
    if (!CommandClass) throw new Error(`chime-conformance: the AWS SDK has no ${op.name}Command`);
    let answer: WireAnswer | undefined;
    let begun = false;
    // A copy of its own: the key that finds this call below the SDK, even when the same input is sent twice at once.
    const own = { ...(input as object) };
    const deadline = requestDeadline(limits.requestTimeoutMs, 'answer');
    calls.set(own, { record: (a) => (answer = a), begun: () => (begun = true), deadline, maxBytes: limits.maxAnswerBytes });
    try {
      const output = await (clients[op.service] as Client).send(new CommandClass(own));
      return { answer: answer ?? { status: 0, headers: {}, body: '' }, output };
    } catch (e) {
      // Nothing came back: a connection problem, not an answer. The SDK reports a passed deadline as its own
      // AbortError; the deadline's reason says which part of the answer was late.
      // Once an answer has begun, the endpoint saw the request: a reset now is not a stale socket to retry.
      if (!answer) throw deadline.signal.aborted ? deadline.signal.reason : begun ? Object.assign(e as Error, { reusedSocket: false }) : e;
      const err = e as Error;
      return { answer, error: { name: err.name, message: err.message } };
    } finally {
      deadline.clear();
      calls.delete(own);
    }
  };
  return (op, input) => onceMoreIfStale(() => send(op, input), dropIdle);
}
