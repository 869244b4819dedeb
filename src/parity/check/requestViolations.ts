import type { Operation } from '../../contract/operation.js';
import { validateRequest } from '../../contract/validate.js';
import { parseJson } from '../../shared/parseJson.js';
import { decodeRequest } from '../../wire/decodeRequest.js';
import { route } from '../../wire/route.js';
import { bodyBytes, type Exchange } from '../exchange.js';
import { noOperation, type Violation } from './violation.js';
import { notJson } from './notJson.js';

/** What the request says in the contract's terms: its operation and where it departs from that operation's schema. */
export interface CheckedRequest {
  readonly op: Operation | undefined;
  readonly violations: readonly Violation[];
}

const splitTarget = (target: string): [string, URLSearchParams] => {
  const at = target.indexOf('?');
  return at < 0 ? [target, new URLSearchParams()] : [target.slice(0, at), new URLSearchParams(target.slice(at + 1))];
};

/** The request against the contract: a route of it, a JSON body where there is one, and the operation's input schema. */
export function requestViolations(ex: Exchange): CheckedRequest {
  const [path, query] = splitTarget(ex.request.target);
  const found = route(ex.request.method, path, query);
  if (!found) {
    const message = `no operation of the contract is ${ex.request.method} ${path}`;
    return { op: undefined, violations: [{ operation: noOperation, direction: 'request', rule: 'route', member: '', message }] };
  }
  const { op } = found;
  const bytes = bodyBytes(ex.request.body);
  let body: unknown;
  if (bytes.length > 0) {
    const text = bytes.toString('utf8');
    const parsed = parseJson(text);
    if (!parsed.ok) return { op, violations: [{ operation: op.id, direction: 'request', rule: 'json', member: '', message: notJson(parsed.message, text.length) }] };
    body = parsed.value;
  }
  const input = decodeRequest(op, { labels: found.labels, query, body });
  const issues = validateRequest(op.id, input).issues;
  return { op, violations: issues.map((i) => ({ operation: op.id, direction: 'request', rule: i.rule, member: i.path, message: i.message })) };
}
