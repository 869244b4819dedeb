import type { SignatureClaim } from './claim.js';

type Headers = Readonly<Record<string, string | undefined>>;

/**
 * SignedHeaders must name `host` (else the request could be sent to any endpoint) and, for the header form,
 * `x-amz-date` (else an old signature could be given a new time); and every header it names must be present.
 */
export function checkSignedHeaders(claim: SignatureClaim, headers: Headers): string | undefined {
  const required = claim.form === 'header' ? ['host', 'x-amz-date'] : ['host'];
  for (const name of required) if (!claim.signedHeaders.includes(name)) return `SignedHeaders ${claim.signedHeaders.join(';')} does not include ${name}`;
  const missing = claim.signedHeaders.find((name) => headers[name] === undefined);
  return missing === undefined ? undefined : `signed header ${missing} is not in the request`;
}

/**
 * `x-amz-content-sha256` is only the client's word for the body: when present it must be the hash of the bytes
 * that actually arrived, or a replay could swap the body under a header that still verifies.
 */
export function checkPayloadHash(headers: Headers, bodyHash: string): string | undefined {
  const declared = headers['x-amz-content-sha256'];
  if (declared === undefined || declared === bodyHash) return undefined;
  return `x-amz-content-sha256 ${declared} does not match the body, whose sha256 is ${bodyHash}`;
}
