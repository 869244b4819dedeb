import { isLoopbackHost } from '../../shared/loopback.js';
import type { ClockMode } from '../../emulator/core/emulatedClock.js';
import type { TimingsMode } from '../../emulator/core/options.js';
import { UsageError } from '../command.js';

/** serve's options for how the emulator behaves, besides the wire: its clock, its timings, its control plane. */
export const serveEmulationOptions = {
  clock: { type: 'string', default: 'system' },
  timings: { type: 'string', default: 'real' },
  'no-control-plane': { type: 'boolean', default: false },
  'events-url': { type: 'string', multiple: true },
} as const;

/** Where serve POSTs each event: http(s) URLs only, said plainly when one is not. */
export function eventsUrls(given: readonly string[] | undefined): string[] {
  return (given ?? []).map((text) => {
    const url = URL.canParse(text) ? new URL(text) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UsageError(`--events-url ${text} is not an http(s) URL`, 'e.g. --events-url http://127.0.0.1:9000/events');
    // Said without the URL: it holds a password. Delivery never sends credentials, so a target that asks for them
    // would refuse every event.
    if (url.username !== '' || url.password !== '') {
      throw new UsageError(
        `--events-url ${url.protocol}//…@${url.host}${url.pathname} carries a user name or password, which events are never sent with`,
        'give the URL without credentials; put a secret the target needs in its path, or front it with a proxy that adds it',
      );
    }
    return url.href;
  });
}

/** Whether an events URL names the server itself: its port, on its host or (when it listens there) loopback. */
export function namesServer(url: string, host: string, port: number): boolean {
  const u = new URL(url);
  const name = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const everywhere = host === '0.0.0.0' || host === '::';
  const sameHost = name === host || (isLoopbackHost(name) && (isLoopbackHost(host) || everywhere));
  return sameHost && Number(u.port || (u.protocol === 'https:' ? 443 : 80)) === port;
}

const clockModes: readonly string[] = ['system', 'manual'] satisfies ClockMode[];
const timingsModes: readonly string[] = ['real', 'fast'] satisfies TimingsMode[];

export function serveEmulation(values: { clock: string; timings: string; 'no-control-plane': boolean }): { clock: ClockMode; timings: TimingsMode; controlPlane: boolean } {
  if (!clockModes.includes(values.clock)) throw new UsageError(`--clock ${values.clock} is not a mode`, 'use system (the machine clock) or manual (moves only on POST /_chime/clock/advance)');
  if (!timingsModes.includes(values.timings)) throw new UsageError(`--timings ${values.timings} is not a mode`, 'use real (a speaker search takes 3.5 s) or fast (0.4 s)');
  return { clock: values.clock as ClockMode, timings: values.timings as TimingsMode, controlPlane: !values['no-control-plane'] };
}
