import * as mediaPipelines from '@aws-sdk/client-chime-sdk-media-pipelines';
import * as voice from '@aws-sdk/client-chime-sdk-voice';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { Agent } from 'node:http';
import { Readable } from 'node:stream';
import { onceMoreIfStale } from './staleSocket.js';
import type { Operation } from '../contract/operation.js';
import type { Credentials } from '../shared/credentials.js';
import { defaultAnswerLimits, type AnswerLimits } from './answerLimits.js';
import type { WireAnswer } from './rawClient.js';
import { readCapped } from './readCapped.js';
import { requestDeadline, type RequestDeadline } from './requestDeadline.js';

/** What the SDK made of an answer, beside the answer itself. */
export interface SdkExchange {
  readonly answer: WireAnswer;
  readonly output?: unknown;
  readonly error?: { readonly name: string; readonly message: string };
}

export type SendSdk = (op: Operation, input: unknown) => Promise<SdkExchange>;

type Client = { send(command: unknown, options: { abortSignal: AbortSignal }): Promise<unknown> };
const modules: Record<string, Record<string, unknown>> = { 'media-pipelines': mediaPipelines, voice };

/**
 * A middleware, added to one command, that keeps a copy of the raw answer before the SDK parses it: each call
 * captures its own answer, so calls may run at once. It reads the body itself, capped and under the deadline;
 * the SDK's deserializer then reads that copy, so the SDK never buffers more than the cap either.
 */
function captureMiddleware(record: (a: WireAnswer) => void, maxBytes: number, deadline: RequestDeadline, begun: () => void) {
  return (next: (args: unknown) => Promise<{ response: unknown }>) => async (args: unknown) => {
    const result = await next(args);
    begun();
    deadline.reached('body');
    const response = result.response as { statusCode: number; headers: Record<string, string>; body: unknown };
    const bytes = response.body instanceof Readable ? await readCapped(response.body, maxBytes, deadline.signal, response.headers['content-length']) : Buffer.alloc(0);
    record({ status: response.statusCode, headers: { ...response.headers }, body: bytes.toString('utf8') });
    response.body = Readable.from([bytes]);
    return result;
  };
}

type Command = { middlewareStack: { add(m: unknown, o: { step: string; name: string; priority: string }): void } };

/**
 * Sends SDK-style input through the real AWS SDK v3 client of the operation's service. `via`: a local socket the
 * endpoint's server also listens on (the embedded emulator's): the SDK builds, signs and reads every request as
 * for the endpoint; only the connection under it differs.
 */
export function sdkSender(endpoint: string, region: string, credentials: Credentials, limits: AnswerLimits = defaultAnswerLimits, via?: string): SendSdk {
  // No requestTimeout here: the handler's own only logs a warning (and is an idle timeout); the abort signal
  // below is the deadline. The connection timeout names the one phase the signal cannot see.
  // An Agent takes socket.connect() options too: socketPath sends every connection to the local socket.
  const local = { keepAlive: true, maxSockets: 50, socketPath: via };
  const httpAgent = via ? { httpAgent: new Agent(local) } : {};
  const requestHandler = new NodeHttpHandler({ connectionTimeout: Math.min(5000, limits.requestTimeoutMs), ...httpAgent });
  const config = { endpoint, region, credentials, maxAttempts: 1, requestHandler };
  const clients: Record<string, Client> = {
    'media-pipelines': new mediaPipelines.ChimeSDKMediaPipelinesClient(config) as unknown as Client,
    voice: new voice.ChimeSDKVoiceClient(config) as unknown as Client,
  };
  const send: SendSdk = async (op, input) => {
    const CommandClass = modules[op.service]?.[`${op.name}Command`] as (new (i: unknown) => Command) | undefined;
    if (!CommandClass) throw new Error(`chime-conformance: the AWS SDK has no ${op.name}Command`);
    let answer: WireAnswer | undefined;
    let begun = false;
    const command = new CommandClass(input);
    const deadline = requestDeadline(limits.requestTimeoutMs, 'answer');
    // At the deserialize step, below the SDK's own deserializer: the answer as it came off the wire.
    command.middlewareStack.add(
      captureMiddleware(
        (a) => (answer = a),
        limits.maxAnswerBytes,
        deadline,
        () => (begun = true),
      ),
      { step: 'deserialize', name: 'chimeConformanceCapture', priority: 'low' },
    );
    try {
      const output = await (clients[op.service] as Client).send(command, { abortSignal: deadline.signal });
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
    }
  };
  return (op, input) => onceMoreIfStale(() => send(op, input));
}
