import { resign, sha256, targetOf, type Captured } from '../support/signedRequests.js';

/** One way to break a request the SDK signed, and the refusal strict mode must give it. */
export interface Forgery {
  readonly name: string;
  /** The broken request, or undefined where this forgery does not apply (a body change on a GET). */
  readonly forge: (c: Captured, now: number) => Captured | undefined | Promise<Captured | undefined>;
  readonly status: 401 | 403;
  readonly refusal: RegExp;
}

const sixteenMinutes = 16 * 60_000;

const flipLast = (hex: string): string => hex.replace(/.$/, (ch) => (ch === '0' ? '1' : '0'));

/** A first query value changed, or a parameter added where there is none: either way not what was signed. */
function changedQuery(c: Captured): Captured {
  const [first] = Object.keys(c.query);
  const query = first === undefined ? { tampered: '1' } : { ...c.query, [first]: `${String(c.query[first])}1` };
  return { ...c, query, target: targetOf(c.path, query) };
}

function changedBody(c: Captured): Captured | undefined {
  if (c.body.length === 0) return undefined;
  const body = Buffer.concat([c.body.subarray(0, -1), Buffer.from(' }')]);
  return { ...c, body, headers: { ...c.headers, 'content-length': String(body.length) } };
}

function unsigned(c: Captured): Captured {
  const { authorization: _signature, ...headers } = c.headers;
  return { ...c, headers };
}

export const forgeries: readonly Forgery[] = [
  { name: 'unsigned', forge: unsigned, status: 401, refusal: /no Authorization header and no X-Amz-Signature/ },
  { name: 'forged signature', forge: (c) => ({ ...c, headers: { ...c.headers, authorization: flipLast(c.headers['authorization'] ?? '') } }), status: 403, refusal: /signature does not match/ },
  { name: 'changed body', forge: changedBody, status: 403, refusal: /x-amz-content-sha256 [0-9a-f]{64} does not match the body/ },
  { name: 'changed path', forge: (c) => ({ ...c, path: `${c.path}x`, target: targetOf(`${c.path}x`, c.query) }), status: 403, refusal: /signature does not match/ },
  { name: 'changed query', forge: changedQuery, status: 403, refusal: /signature does not match/ },
  { name: 'wrong region', forge: (c) => resign(c, { region: 'eu-west-1' }), status: 403, refusal: /credential scope region eu-west-1 is not us-east-1/ },
  { name: 'wrong service', forge: (c) => resign(c, { service: 'chime-sdk-voice' }), status: 403, refusal: /credential scope service chime-sdk-voice is not chime/ },
  { name: '16-minute clock skew', forge: (c, now) => resign(c, { signingDate: new Date(now - sixteenMinutes) }), status: 403, refusal: /minutes from the server's .*; at most 15/ },
  {
    name: 'replay with a different body',
    forge: (c) => {
      const changed = changedBody(c);
      return changed && { ...changed, headers: { ...changed.headers, 'x-amz-content-sha256': sha256(changed.body) } };
    },
    status: 403,
    refusal: /signature does not match/,
  },
];
