import { isLoopbackHost } from '../../shared/loopback.js';

/**
 * What serve says when it listens beyond loopback: anyone who reaches that address can drive the control plane
 * (reset, clock, calls) unless --auth strict, which then asks control requests for a signature too.
 */
export function serveHostWarning(host: string, auth: string, controlPlane: boolean): string | undefined {
  if (isLoopbackHost(host) || !controlPlane) return undefined;
  if (auth === 'strict') return `note: listening on ${host}: control requests under /_chime/ must be SigV4-signed too, as --auth strict asks of the API`;
  return (
    `warning: listening on ${host}, the control plane under /_chime/ (reset, clock, calls) is open to anyone who can reach it; ` +
    'use --auth strict to make it ask for a signature, --no-control-plane to turn it off, or --host 127.0.0.1; ' +
    'control requests must name the host with --allow-host NAME'
  );
}
