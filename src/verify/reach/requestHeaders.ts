import type { EncodedRequest } from '../../wire/encodeRequest.js';

/** The headers a raw request goes out with, whichever client sends it: those given, its body's length, its signature. */
export const requestHeaders = (req: EncodedRequest, body: Buffer | undefined, signature: Record<string, string>): Record<string, string> => ({
  ...req.headers,
  ...(body ? { 'content-length': String(body.length) } : {}),
  ...signature,
});
