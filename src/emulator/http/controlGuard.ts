import type { RawRequest } from '../wire/types.js';
import { isLoopbackHost, loopbackHostNames } from '../../shared/loopback.js';

/** The host name of a Host header or an Origin, without port or brackets, in lower case. */
function hostName(authority: string): string {
  const bracketed = /^\[([^\]]*)\]/.exec(authority);
  return (bracketed?.[1] ?? authority.replace(/:\d*$/, '')).toLowerCase();
}

export interface ControlRefusal {
  readonly message: string;
  readonly hint: string;
}

/**
 * Who may drive the control plane over HTTP. A web page can make a browser POST to loopback without asking
 * first (text/plain or a form), and reach it under its own name through DNS rebinding: so a request whose
 * Origin is not the emulator's own, or whose Host names no address it answers to, is refused. curl, the SDKs
 * and test code send no Origin and the address they called.
 */
export function controlGuard(listenHost: string, allowHosts: readonly string[] = []): (request: RawRequest) => ControlRefusal | undefined {
  const allowed = new Set([listenHost, ...allowHosts].map(hostName));
  const answersTo = (name: string) => allowed.has(name) || isLoopbackHost(name);
  const hint = `call it by 127.0.0.1 or localhost${allowHosts.length > 0 ? ` or ${allowHosts.join(', ')}` : ''}, or start serve with --allow-host NAME for another name it is reached by`;
  return (request) => {
    const host = request.headers['host'] ?? '';
    if (!answersTo(hostName(host))) {
      return {
        message: `the control plane refuses Host "${host}": this emulator answers to ${[...new Set([...loopbackHostNames, ...allowed])].join(', ')} (a page reached through DNS rebinding sends a name of its own)`,
        hint,
      };
    }
    const origin = request.headers['origin'];
    if (origin !== undefined && (!URL.canParse(origin) || new URL(origin).host.toLowerCase() !== host.toLowerCase())) {
      return {
        message: `the control plane refuses requests from web pages (Origin ${origin}): a page a developer visits must not reset the emulator or move its clock`,
        hint: 'send control requests from a test or curl, which send no Origin',
      };
    }
    return undefined;
  };
}
