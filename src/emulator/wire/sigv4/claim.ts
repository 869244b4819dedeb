import type { QueryMap } from './target.js';

/** What a signed request says about its own signature, read from the Authorization header or a presigned query. */
export interface SignatureClaim {
  readonly form: 'header' | 'query';
  readonly algorithm: string;
  readonly accessKeyId: string;
  /** `<date>/<region>/<service>/aws4_request` as sent, not yet checked. */
  readonly scope: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  /** `x-amz-date` (header form) or `X-Amz-Date` (query form), undefined when absent. */
  readonly amzDate: string | undefined;
  /** Presigned requests only: how long the signature stays valid, in seconds, as sent. */
  readonly expires?: string | undefined;
}

/** undefined: the request carries no signature at all. A string: it tries to, and this is what is malformed. */
export type ClaimResult = SignatureClaim | string | undefined;

const headerShape = 'AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/chime/aws4_request, SignedHeaders=<a;b>, Signature=<hex>';

function firstOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Splits `Credential=AKID/20261122/...` at its first slash: access keys contain none, scopes four. */
function credential(text: string): { accessKeyId: string; scope: string } {
  const slash = text.indexOf('/');
  return slash < 0 ? { accessKeyId: text, scope: '' } : { accessKeyId: text.slice(0, slash), scope: text.slice(slash + 1) };
}

/** `Credential=a, SignedHeaders=b, Signature=c` as a map; a part without `=` is left out. */
function fieldsOf(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return fields;
}

function fromHeader(authorization: string, amzDate: string | undefined): ClaimResult {
  const [, algorithm = '', rest = ''] = /^(\S+)\s+(.*)$/s.exec(authorization.trim()) ?? [];
  const fields = fieldsOf(rest);
  const cred = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (algorithm === '' || !cred || !signedHeaders || !signature) return `the Authorization header is not of the form '${headerShape}'`;
  return { form: 'header', algorithm, ...credential(cred), signedHeaders: signedHeaders.split(';'), signature, amzDate };
}

function fromQuery(query: QueryMap): ClaimResult {
  const get = (name: string) => firstOf(query[name]);
  const [cred, signedHeaders, signature] = [get('X-Amz-Credential'), get('X-Amz-SignedHeaders'), get('X-Amz-Signature')];
  if (!cred || !signedHeaders || !signature) return 'a presigned request needs X-Amz-Credential, X-Amz-SignedHeaders and X-Amz-Signature in its query';
  const algorithm = get('X-Amz-Algorithm') ?? '';
  return { form: 'query', algorithm, ...credential(cred), signedHeaders: signedHeaders.split(';'), signature, amzDate: get('X-Amz-Date'), expires: get('X-Amz-Expires') };
}

/** Reads the signature claim: the Authorization header wins; otherwise a presigned query; otherwise none. */
export function readClaim(headers: Readonly<Record<string, string | undefined>>, query: QueryMap): ClaimResult {
  const authorization = headers['authorization'];
  if (authorization !== undefined) return fromHeader(authorization, headers['x-amz-date']);
  if (query['X-Amz-Signature'] !== undefined || query['X-Amz-Credential'] !== undefined) return fromQuery(query);
  return undefined;
}
