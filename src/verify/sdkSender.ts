import * as mediaPipelines from '@aws-sdk/client-chime-sdk-media-pipelines';
import * as voice from '@aws-sdk/client-chime-sdk-voice';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { Readable } from 'node:stream';
import type { Operation } from '../contract/operation.js';
import type { WireAnswer } from './rawClient.js';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** What the SDK made of an answer, beside the answer itself. */
export interface SdkExchange {
  readonly answer: WireAnswer;
  readonly output?: unknown;
  readonly error?: { readonly name: string; readonly message: string };
}

export type SendSdk = (op: Operation, input: unknown) => Promise<SdkExchange>;

type Client = { send(command: unknown): Promise<unknown> };
const modules: Record<string, Record<string, unknown>> = { 'media-pipelines': mediaPipelines, voice };

async function collect(body: unknown): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of body as AsyncIterable<Buffer>) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

/**
 * A middleware, added to one command, that keeps a copy of the raw answer before the SDK parses it: each call
 * captures its own answer, so calls may run at once.
 */
function captureMiddleware(record: (a: WireAnswer) => void) {
  return (next: (args: unknown) => Promise<{ response: unknown }>) => async (args: unknown) => {
    const result = await next(args);
    const response = result.response as { statusCode: number; headers: Record<string, string>; body: unknown };
    const bytes = await collect(response.body);
    record({ status: response.statusCode, headers: { ...response.headers }, body: bytes.toString('utf8') });
    response.body = Readable.from([bytes]);
    return result;
  };
}

type Command = { middlewareStack: { add(m: unknown, o: { step: string; name: string; priority: string }): void } };

/** Sends SDK-style input through the real AWS SDK v3 client of the operation's service. */
export function sdkSender(endpoint: string, region: string, credentials: Credentials): SendSdk {
  const requestHandler = new NodeHttpHandler({ connectionTimeout: 5000, requestTimeout: 15000 });
  const config = { endpoint, region, credentials, maxAttempts: 1, requestHandler };
  const clients: Record<string, Client> = {
    'media-pipelines': new mediaPipelines.ChimeSDKMediaPipelinesClient(config),
    voice: new voice.ChimeSDKVoiceClient(config),
  };
  return async (op, input) => {
    const CommandClass = modules[op.service]?.[`${op.name}Command`] as (new (i: unknown) => Command) | undefined;
    if (!CommandClass) throw new Error(`chime-conformance: the AWS SDK has no ${op.name}Command`);
    let answer: WireAnswer | undefined;
    const command = new CommandClass(input);
    // At the deserialize step, below the SDK's own deserializer: the answer as it came off the wire.
    command.middlewareStack.add(captureMiddleware((a) => (answer = a)), { step: 'deserialize', name: 'chimeConformanceCapture', priority: 'low' });
    try {
      const output = await (clients[op.service] as Client).send(command);
      return { answer: answer ?? { status: 0, headers: {}, body: '' }, output };
    } catch (e) {
      const err = e as Error;
      if (!answer) throw e; // nothing came back: a connection problem, not an answer
      return { answer, error: { name: err.name, message: err.message } };
    }
  };
}
