import { http, HttpResponse, type HttpHandler } from 'msw';
import { createEmulatorCore, type EmulatorCore } from '../core/createCore.js';
import type { EmulatorOptions } from '../core/options.js';
import { createWire, type WireOptions } from '../wire/createWire.js';
import { authenticateFor, type AuthOptions } from '../wire/sigv4.js';

export interface ChimeHandlersOptions extends EmulatorOptions, Partial<WireOptions>, AuthOptions {
  /** Also answer requests to this endpoint (e.g. `http://localhost:4566`), besides the AWS hosts. */
  readonly baseUrl?: string;
  /** Called for requests to a Chime host that no operation answers; default: a console warning. */
  readonly onUnhandled?: (message: string) => void;
}

const awsHosts = /^https:\/\/(?:media-pipelines-chime|voice-chime)\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//;

/**
 * MSW request handlers that answer the Chime SDK Media Pipelines and Voice endpoints from an in-memory
 * emulator, for `setupServer(...createChimeHandlers())` in vitest or jest. `handlers.core` is the state API.
 */
export function createChimeHandlers(options: ChimeHandlersOptions = {}): HttpHandler[] & { core: EmulatorCore } {
  const core = createEmulatorCore(options);
  const warn = options.onUnhandled ?? ((m: string) => console.warn(m));
  const wire = createWire(core, {
    ...options,
    ...authenticateFor(options, core.options),
    onExchange: (e) => {
      options.onExchange?.(e);
      if (e.errorType === 'UnknownOperationException') {
        warn(`[chime-conformance] no Chime operation answers ${e.method} ${e.target}. Check the method, path and operation= query against \`chime-conformance operations\`.`);
      }
    },
  });
  const base = options.baseUrl?.replace(/\/$/, '');
  const matches = (url: string) => awsHosts.test(url) || (base !== undefined && url.startsWith(`${base}/`));
  const handler = http.all(
    ({ request }) => matches(request.url),
    async ({ request }) => {
      const url = new URL(request.url);
      const body = new Uint8Array(await request.arrayBuffer());
      const headers = Object.fromEntries([...request.headers].map(([k, v]) => [k.toLowerCase(), v]));
      const answer = await wire.handle({ method: request.method, target: url.pathname + url.search, headers: { ...headers, host: url.host }, body });
      return new HttpResponse(answer.body ?? null, { status: answer.status, headers: answer.headers });
    },
  );
  return Object.assign([handler], { core });
}
