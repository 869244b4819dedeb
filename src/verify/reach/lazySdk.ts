import type { SdkThread } from './sdkInWorker.js';
import type { SendSdk } from './sdkSender.js';

export interface LazySdk {
  /** Starts the thread at the first call, waits until it is ready, then sends through it. */
  readonly send: SendSdk;
  /** Ends the thread if one was started. */
  close(): Promise<void>;
}

/**
 * An SDK thread started only when a call needs it: a run of checks that send raw requests alone (--checks
 * not_found, say) never loads the AWS SDK, half a second of CPU. A thread that cannot start fails that call.
 */
export function lazySdk(start: () => SdkThread): LazySdk {
  let thread: SdkThread | undefined;
  return {
    async send(op, input) {
      thread ??= start();
      await thread.ready;
      return thread.send(op, input);
    },
    close: async () => void (await thread?.close()),
  };
}
