import { openHarRecorder } from '../../parity/har/openHarRecorder.js';
import { redactor } from '../../parity/har/redactor.js';
import type { Exchange } from '../../parity/exchange.js';
import { UsageError } from '../command.js';

/** `--record FILE`: each exchange redacted, then appended to a HAR that is complete after every entry. */
export interface Recording {
  record(exchange: Exchange): Promise<void>;
  close(): Promise<void>;
  readonly count: number;
}

/** Opens the recording before the proxy listens: a path that cannot be written is a usage error, not a lost session. */
export async function openRecording(file: string, baseUrl: string | ((exchange: Exchange) => string)): Promise<Recording> {
  const redact = redactor();
  const recorder = await openHarRecorder(file, { baseUrl }).catch((e: Error) => {
    throw new UsageError(e.message.replace(/^chime-conformance: /, '').replace(/\. Hint: .*$/, ''), 'give --record a path in a folder that exists and that you may write to');
  });
  return {
    record: (exchange) => recorder.record(redact(exchange)),
    close: () => recorder.close(),
    get count() {
      return recorder.count;
    },
  };
}
