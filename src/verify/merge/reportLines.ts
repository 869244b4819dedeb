import { createReadStream, statSync } from 'node:fs';
import { MergeRefused } from './mergeRefused.js';

/** A report line's limit: a cell is a few kB; a line of a megabyte is no report of verify's. */
export const maxLineBytes = 1024 * 1024;
/** A file's limit: verify --runs 1000 over every cell writes well under a megabyte. */
export const maxFileBytes = 256 * 1024 * 1024;

const hint = 'give the json= report of a verify --shard i/n run, as it wrote it';
const unreadable = (file: string, e: unknown) => new MergeRefused(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check the path');

function sizeOf(file: string): number {
  try {
    const stat = statSync(file);
    if (stat.isFile()) return stat.size;
  } catch (e) {
    throw unreadable(file, e);
  }
  throw new MergeRefused(`${file} is not a file`, 'give the NDJSON report files of the shards');
}

/**
 * The lines of a report, numbered from 1, read as a stream: memory holds one line at a time, and a line or a file
 * over its limit is refused before it is held whole (readline would keep an endless line).
 */
export async function* reportLines(file: string): AsyncGenerator<{ readonly number: number; readonly text: string }> {
  const size = sizeOf(file);
  if (size > maxFileBytes) throw new MergeRefused(`${file} is ${size} bytes, over the ${maxFileBytes} a report may have`, hint);
  const tooLong = () => new MergeRefused(`${file}:${number + 1}: the line is over ${maxLineBytes} bytes`, hint);
  let [pending, pendingBytes, number, read] = [[] as Buffer[], 0, 0, 0];
  try {
    // Leaving the loop early (a reader that stops at a bad line) closes the file.
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      // A file that grows while it is read is held to the same limit.
      if ((read += chunk.length) > maxFileBytes) throw new MergeRefused(`${file} grew over the ${maxFileBytes} bytes a report may have`, hint);
      let from = 0;
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, from)) {
        if (pendingBytes + at - from > maxLineBytes) throw tooLong();
        const text = Buffer.concat([...pending, chunk.subarray(from, at)]).toString('utf8');
        [pending, pendingBytes, from] = [[], 0, at + 1];
        yield { number: ++number, text };
      }
      pendingBytes += chunk.length - from;
      if (pendingBytes > maxLineBytes) throw tooLong();
      pending.push(chunk.subarray(from));
    }
  } catch (e) {
    throw e instanceof MergeRefused ? e : unreadable(file, e);
  }
  if (pendingBytes > 0) yield { number: ++number, text: Buffer.concat(pending).toString('utf8') };
}
