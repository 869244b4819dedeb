import type { IncomingMessage } from 'node:http';

/** A client's request body, or why it was not read to the end: too large (the rest is left unread), or too slow. */
export type RequestBody = { readonly bytes: Buffer } | { readonly refused: 'too-large' | 'too-slow' | 'broken' };

/**
 * Reads a request's body up to `maxBytes`. Unlike an answer's reader it never destroys the stream: the proxy still
 * owes the client an answer saying why (413, 408), sent with `Connection: close` so the unread rest goes nowhere.
 */
export function readRequestBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<RequestBody> {
  return new Promise((resolve) => {
    if (Number(req.headers['content-length']) > maxBytes) return resolve({ refused: 'too-large' });
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: RequestBody) => {
      clearTimeout(timer);
      req.removeAllListeners('data');
      req.pause();
      resolve(result);
    };
    const timer = setTimeout(() => done({ refused: 'too-slow' }), timeoutMs);
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) return done({ refused: 'too-large' });
      chunks.push(c);
    });
    req.on('end', () => done({ bytes: Buffer.concat(chunks) }));
    req.on('error', () => done({ refused: 'broken' }));
  });
}
