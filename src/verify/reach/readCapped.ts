import type { Readable } from 'node:stream';
import { AnswerTooLarge } from './answerLimits.js';

/**
 * An answer's body, read up to `maxBytes` and never further: a larger one, or a deadline (the signal), destroys
 * the stream and with it the socket, so a 600 MB answer costs at most 8 MiB of memory and stops flowing at once.
 */
export function readCapped(body: Readable, maxBytes: number, signal: AbortSignal, declaredLength?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      done();
    };
    const stop = (e: unknown) => settle(() => (body.destroy(), reject(e)));
    const onAbort = () => stop(signal.reason);
    if (signal.aborted) return onAbort();
    // An answer that says it is too large is refused before a byte of it is read.
    if (Number(declaredLength) > maxBytes) return stop(new AnswerTooLarge(maxBytes));
    signal.addEventListener('abort', onAbort, { once: true });
    body.on('data', (c: Buffer | string) => {
      if (settled) return;
      const chunk = Buffer.from(c);
      size += chunk.length;
      if (size > maxBytes) return stop(new AnswerTooLarge(maxBytes));
      chunks.push(chunk);
    });
    body.on('error', (e) => settle(() => reject(e)));
    body.on('end', () => settle(() => resolve(Buffer.concat(chunks))));
    // A socket closed before the end with no error event: still an end to wait for, never a hang.
    body.on('close', () => settle(() => reject(Object.assign(new Error('the connection closed in the middle of the answer'), { code: 'ECONNRESET' }))));
  });
}
