import type { Header } from '../exchange.js';
import type { HostSigner } from '../../verify/reach/signer.js';
import type { Outgoing } from './forward.js';

/**
 * Headers never passed on: the client's own signature (it signed for the proxy, with its credentials), and
 * those that belong to one connection (RFC 9110 §7.6.1), which Node sets again for the next hop.
 */
const dropped = new Set([
  'authorization',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-content-sha256',
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
  'expect',
]);

/** The client's request for the upstream: the same method, target and bytes; the same headers but for the signature, made anew. */
export async function resign(method: string, target: string, headers: readonly Header[], body: Buffer, sign: HostSigner): Promise<Outgoing> {
  // No prototype: a header named constructor or __proto__ is a name like any other, passed on as sent.
  const kept = Object.create(null) as Record<string, string>;
  for (const h of headers) {
    const name = h.name.toLowerCase();
    if (!dropped.has(name)) kept[name] = Object.hasOwn(kept, name) ? `${kept[name]}, ${h.value}` : h.value;
  }
  if (body.length > 0 || method === 'POST' || method === 'PUT') kept['content-length'] = String(body.length);
  const signature = await sign({ method, target, headers: kept, body: body.length > 0 ? body : undefined });
  return { method, target, headers: { ...kept, ...signature }, body };
}
