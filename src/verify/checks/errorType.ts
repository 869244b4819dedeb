import { parseJson } from '../../shared/parseJson.js';
import type { WireAnswer } from '../reach/rawClient.js';

/**
 * The error type as the AWS SDK for JavaScript v3 reads it from an answer: the `x-amzn-errortype` header first,
 * else the body's `code`/`Code` (any case), else `__type`; text after `:` and before `#` dropped.
 */
export function sdkErrorType(answer: WireAnswer): string | undefined {
  const clean = (v: string) => v.split(':')[0]?.split('#').pop() ?? v;
  const header = answer.headers['x-amzn-errortype'];
  if (header) return clean(header);
  const parsed = parseJson(answer.body);
  if (!parsed.ok) return undefined;
  const body = parsed.value && typeof parsed.value === 'object' ? (parsed.value as Record<string, unknown>) : {};
  const codeKey = Object.keys(body).find((k) => k.toLowerCase() === 'code');
  const value = codeKey ? body[codeKey] : body['__type'];
  return typeof value === 'string' ? clean(value) : undefined;
}
