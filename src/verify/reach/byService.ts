import { catalog } from '../../contract/catalog.js';
import type { ServiceName } from '../../contract/operation.js';
import type { SendRaw } from './rawClient.js';
import type { ServiceEndpoints } from './serviceEndpoints.js';

/** The first path segment of each service's operations: the two services share none. */
const firstSegment = (path: string): string => path.split(/[/?]/)[1] ?? '';
const serviceBySegment = new Map<string, ServiceName>(catalog.map((op) => [firstSegment(op.http.path), op.service]));

/**
 * The service a raw request is for, by its path: every raw request carries one, also those a check spoils by
 * hand or the SDK builds, and no path of one service begins as one of the other's does. A path of neither
 * (a made-up one) goes to Voice, which answers it as any unknown path.
 */
export const serviceOfPath = (target: string): ServiceName => serviceBySegment.get(firstSegment(target)) ?? 'voice';

/** A raw sender that hands each request to its service's sender: on the real service, two hosts. */
export function byService(senders: Readonly<Record<ServiceName, SendRaw>>): SendRaw {
  return (req) => senders[serviceOfPath(req.target)](req);
}

/** One sender per distinct endpoint: where both services share one, they share its connection pool too. */
export function sendersFor(endpoints: ServiceEndpoints, make: (endpoint: string) => SendRaw): Record<ServiceName, SendRaw> {
  const made = new Map<string, SendRaw>();
  const of = (endpoint: string): SendRaw => {
    let sender = made.get(endpoint);
    if (!sender) made.set(endpoint, (sender = make(endpoint)));
    return sender;
  };
  return { 'media-pipelines': of(endpoints['media-pipelines']), voice: of(endpoints.voice) };
}

/** The URL a service's requests go to on a target: curl lines and a check's own unsigned requests use it. */
export const endpointFor = (t: { readonly endpoint: string; readonly endpoints?: ServiceEndpoints }, service: ServiceName): string => t.endpoints?.[service] ?? t.endpoint;
