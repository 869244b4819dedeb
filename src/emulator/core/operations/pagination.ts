import { ServiceError } from '../serviceError.js';
import type { Input } from '../context.js';

const defaultPageSize = 100;

/** NextToken carries the offset of the next item, base64url-encoded so clients treat it as opaque. */
function offsetOf(token: unknown): number {
  if (token === undefined) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(String(token), 'base64url').toString('utf8'));
  if (!m) throw new ServiceError('BadRequestException', 'The NextToken is not one this service issued.');
  return Number(m[1]);
}

/** One page of `items` for MaxResults and NextToken, with the token of the next page if there is one. */
export function page<T>(items: readonly T[], input: Input): { items: T[]; nextToken?: string } {
  const start = offsetOf(input['NextToken']);
  const end = start + (typeof input['MaxResults'] === 'number' ? input['MaxResults'] : defaultPageSize);
  const next = end < items.length ? { nextToken: Buffer.from(`offset:${end}`).toString('base64url') } : {};
  return { items: items.slice(start, end), ...next };
}
