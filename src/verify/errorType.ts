import type { WireAnswer } from './rawClient.js';

/**
 * The error type as the AWS SDK for JavaScript v3 reads it from an answer: the `x-amzn-errortype` header first,
 * else the body's `code`/`Code` (any case), else `__type`; text after `:` and before `#` dropped.
 */
export function sdkErrorType(answer: WireAnswer): string | undefined {
  const clean = (v: string) => v.split(':')[0]?.split('#').pop() ?? v;
  const header = answer.headers['x-amzn-errortype'];
  if (header) return clean(header);
  let body: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(answer.body) as unknown;
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const codeKey = Object.keys(body).find((k) => k.toLowerCase() === 'code');
  const value = codeKey ? body[codeKey] : body['__type'];
  return typeof value === 'string' ? clean(value) : undefined;
}
