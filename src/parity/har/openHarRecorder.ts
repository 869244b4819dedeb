import { packageVersion } from '../../cli/packageVersion.js';
import type { Exchange } from '../exchange.js';
import { harEntry } from './harEntry.js';
import type { HarCreator } from './harTypes.js';
import { createHarFile } from './_internals/harFile.js';

export interface HarRecorderOptions {
  /**
   * The upstream the proxy relays to: each entry's URL is this followed by the request's target. A function
   * when it depends on the exchange: the real service has a host per service.
   */
  readonly baseUrl: string | ((exchange: Exchange) => string);
  /** Defaults to chime-conformance and its version. */
  readonly creator?: HarCreator;
}

export interface HarRecorder {
  /** Appends one entry; calls are written one at a time, in the order they were made. */
  record(exchange: Exchange): Promise<void>;
  /** Waits for pending entries, then closes the file; a second call does nothing more. */
  close(): Promise<void>;
  /** Entries written so far. */
  readonly count: number;
}

const reason = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * Starts a HAR 1.2 recording at `path` (replacing a file there) that is a complete document after every entry,
 * so a run killed between entries loses none; each append costs the entry's size (_internals/harFile.ts).
 * Exchanges are recorded as given: redact them first (redactor()).
 */
export async function openHarRecorder(path: string, options: HarRecorderOptions): Promise<HarRecorder> {
  const creator = options.creator ?? { name: 'chime-conformance', version: packageVersion() };
  const file = await createHarFile(path, creator).catch((e: unknown) => {
    throw new Error(`chime-conformance: cannot write the recording ${path} (${reason(e)}). Hint: give a path in a folder that exists and that you may write to`);
  });
  let count = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let closing: Promise<void> | undefined;
  const append = (entry: string) =>
    file.append(entry).then(
      () => void (count += 1),
      (e: unknown) => {
        throw new Error(`chime-conformance: could not add an exchange to the recording ${path} (${reason(e)}); the ${count} before it are kept. Hint: check the disk has room`);
      },
    );
  return {
    record(exchange) {
      if (closing) return Promise.reject(new Error(`chime-conformance: the recording ${path} is closed. Hint: record every exchange before close()`));
      const written = queue.then(() => append(JSON.stringify(harEntry(exchange, typeof options.baseUrl === 'string' ? options.baseUrl : options.baseUrl(exchange)))));
      queue = written.catch(() => undefined);
      return written;
    },
    close: () => (closing ??= queue.then(() => file.close())),
    get count() {
      return count;
    },
  };
}
