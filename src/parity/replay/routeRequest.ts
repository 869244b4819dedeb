import type { Operation } from '../../contract/operation.js';
import { parseJson } from '../../shared/parseJson.js';
import { decodeRequest } from '../../wire/decodeRequest.js';
import { route } from '../../wire/route.js';
import { bodyBytes, type Exchange } from '../exchange.js';

/** A recorded request as the contract reads it: its operation and SDK-style input, or only how to name it. */
export interface RoutedRequest {
  /** The operation id, or `METHOD path` when no route matches. */
  readonly name: string;
  readonly op?: Operation;
  /** The SDK-style input (labels, query and body members), when routed. */
  readonly input?: unknown;
}

/** Routes a recorded request as the emulator's wire would, splitting the target before anything is decoded. */
export function routeRequest(request: Exchange['request']): RoutedRequest {
  const at = request.target.indexOf('?');
  const rawPath = at < 0 ? request.target : request.target.slice(0, at);
  const query = new URLSearchParams(at < 0 ? '' : request.target.slice(at + 1));
  const matched = route(request.method, rawPath, query);
  if (!matched) return { name: `${request.method} ${rawPath}` };
  const text = bodyBytes(request.body).toString('utf8');
  const parsed = text === '' ? { ok: true as const, value: undefined } : parseJson(text);
  const body = parsed.ok ? parsed.value : text;
  return { name: matched.op.id, op: matched.op, input: decodeRequest(matched.op, { labels: matched.labels, query, body }) };
}
