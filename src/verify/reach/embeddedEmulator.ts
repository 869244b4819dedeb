import { Worker } from 'node:worker_threads';
import type { ServerOptions } from '../../emulator/http/startServer.js';
import type { Credentials } from '../../shared/credentials.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import type { AnswerLimits } from './answerLimits.js';
import { callThread } from './callThread.js';
import type { SendRaw, WireAnswer } from './rawClient.js';
import type { SdkCallArg } from './sdkCallHandler.js';
import type { SdkExchange, SendSdk } from './sdkSender.js';
import { workerEntry } from './workerEntry.js';

export interface EmbeddedEmulator {
  /** Where its HTTP server listens: what reports name, and what a check that needs a socket of its own reaches. */
  readonly url: string;
  /** Requests handed to the emulator's wire in its thread (wireClient.ts): no sockets, no HTTP framing. */
  readonly raw: SendRaw;
  /** AWS SDK calls, made in the emulator's thread and handed to the same wire. */
  readonly sdk: SendSdk;
  close(): Promise<void>;
}

/**
 * Options a worker can be given: plain data only (no clock, no hooks). The embedded run needs no more than
 * lifecycle timings, the auth mode, key pairs and the region.
 */
export type EmbeddedOptions = Pick<ServerOptions, 'auth' | 'credentials' | 'region' | 'lifecycle' | 'port' | 'host'>;

/** What embeddedWorker.ts is started with: the emulator's options, who the SDK client there signs as, and each call's limits. */
export interface EmbeddedWorkerData {
  readonly emulator: EmbeddedOptions;
  readonly sdk: { readonly region: string; readonly credentials: Credentials };
  readonly limits: AnswerLimits;
}

/**
 * The reference emulator in a thread of its own, with the run's AWS SDK client beside it: the run's thread
 * generates and checks, the other one answers, so a CPU-bound reference run uses two cores. The run's requests
 * reach the emulator's wire directly (wireClient.ts); its HTTP server listens as well, for checks that send
 * over a connection of their own (auth's unsigned request) and for the curl lines of reports.
 */
export async function startEmbeddedEmulator(data: EmbeddedWorkerData): Promise<EmbeddedEmulator> {
  const { entry, eval: evaluate } = workerEntry('embeddedWorker');
  const worker = new Worker(entry, { workerData: data, eval: evaluate });
  const thread = callThread(worker, 'the embedded emulator', 'ERR_EMULATOR_THREAD_STOPPED', data.limits.requestTimeoutMs);
  const { url } = (await thread.ready) as { url: string };
  let closing: Promise<void> | undefined;
  // The server is closed in its thread first (its connections drained), then the thread ends; one already gone just ends.
  const close = () =>
    (closing ??= thread
      .call('close', undefined)
      .then(noop, noop)
      .then(async () => void (await worker.terminate())));
  return {
    url,
    raw: (req: EncodedRequest) => thread.call<WireAnswer>('raw', req),
    sdk: (op, input) => thread.call<SdkExchange>('sdk', { op: op.id, input } satisfies SdkCallArg),
    close,
  };
}

const noop = () => undefined;
