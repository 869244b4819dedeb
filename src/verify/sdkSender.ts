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

/** A request handler that gives the SDK its answer and keeps a copy of the raw bytes for the checks. */
function capturing(record: (a: WireAnswer) => void) {
  const inner = new NodeHttpHandler({ connectionTimeout: 5000, requestTimeout: 15000 });
  return {
    handle: async (request: unknown, options?: unknown) => {
      const { response } = await inner.handle(request as never, options as never);
      const bytes = await collect(response.body);
      record({ status: response.statusCode, headers: { ...response.headers }, body: bytes.toString('utf8') });
      response.body = Readable.from([bytes]);
      return { response };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
}

/** Sends SDK-style input through the real AWS SDK v3 client of the operation's service. */
export function sdkSender(endpoint: string, region: string, credentials: Credentials): SendSdk {
  let last: WireAnswer | undefined;
  const config = { endpoint, region, credentials, maxAttempts: 1, requestHandler: capturing((a) => (last = a)) };
  const clients: Record<string, Client> = {
    'media-pipelines': new mediaPipelines.ChimeSDKMediaPipelinesClient(config),
    voice: new voice.ChimeSDKVoiceClient(config),
  };
  // One capture slot, so calls go one at a time; concurrent checks use the raw client.
  let queue: Promise<unknown> = Promise.resolve();
  const send: SendSdk = async (op, input) => {
    const Command = modules[op.service]?.[`${op.name}Command`] as (new (i: unknown) => unknown) | undefined;
    if (!Command) throw new Error(`chime-conformance: the AWS SDK has no ${op.name}Command`);
    last = undefined;
    try {
      const output = await (clients[op.service] as Client).send(new Command(input));
      return { answer: last ?? { status: 0, headers: {}, body: '' }, output };
    } catch (e) {
      const err = e as Error;
      if (!last) throw e; // nothing came back: a connection problem, not an answer
      return { answer: last, error: { name: err.name, message: err.message } };
    }
  };
  return (op, input) => {
    const next = queue.then(() => send(op, input));
    queue = next.catch(() => undefined);
    return next;
  };
}
