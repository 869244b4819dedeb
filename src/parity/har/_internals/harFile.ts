import { open, type FileHandle } from 'node:fs/promises';
import type { HarCreator } from '../harTypes.js';

// The file always ends with this: every append overwrites it with `,entry` and writes it again after.
const trailer = Buffer.from('\n]}}\n');

async function writeAll(file: FileHandle, bytes: Buffer, position: number): Promise<void> {
  for (let done = 0; done < bytes.length;) done += (await file.write(bytes, done, bytes.length - done, position + done)).bytesWritten;
}

export interface HarFile {
  /** Appends one entry's JSON; not to be called again before it settles. */
  append(entry: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A HAR document on disk that is whole after every append: the head, one entry per line, and a trailer that the
 * next append overwrites with its entry and a new trailer, in one positioned write, so an append costs its
 * entry's size and the file is never written again from the start. A failed append puts the trailer back.
 */
export async function createHarFile(path: string, creator: HarCreator): Promise<HarFile> {
  const head = Buffer.from(`{"log":{"version":"1.2","creator":${JSON.stringify(creator)},"pages":[],"entries":[`);
  const file = await open(path, 'w');
  await writeAll(file, Buffer.concat([head, trailer]), 0);
  let end = head.length; // where the trailer starts
  return {
    async append(entry) {
      const text = Buffer.from(`${end === head.length ? '' : ','}\n${entry}`);
      try {
        await writeAll(file, Buffer.concat([text, trailer]), end);
      } catch (e) {
        await writeAll(file, trailer, end)
          .then(() => file.truncate(end + trailer.length))
          .catch(() => undefined);
        throw e;
      }
      end += text.length;
    },
    close: () => file.close(),
  };
}
