import { setupServer } from 'msw/node';
import { steppedClock, type SteppedClock } from '../../src/emulator/core/clock.js';
import type { EmulatorCore } from '../../src/emulator/core/createCore.js';
import type { EmulatorOptions } from '../../src/emulator/core/options.js';
import { startServer } from '../../src/emulator/http/startServer.js';
import { createChimeHandlers } from '../../src/emulator/msw/createChimeHandlers.js';
import { sdkClients } from '../support/sdk.js';

/** One emulator behind one adapter, with SDK clients pointed at it and a clock the test moves. */
export interface Harness {
  readonly clock: SteppedClock;
  readonly core: EmulatorCore;
  readonly clients: ReturnType<typeof sdkClients>;
  /** Base URL for raw requests: the server's, or an AWS host that MSW intercepts. */
  readonly base: (service: 'media-pipelines' | 'voice') => string;
  close(): Promise<void>;
}

export type AdapterName = 'http' | 'msw';

export async function startHarness(adapter: AdapterName, options: EmulatorOptions = {}): Promise<Harness> {
  const clock = steppedClock();
  if (adapter === 'http') {
    const server = await startServer({ clock, ...options });
    return { clock, core: server.core, clients: sdkClients(server.url), base: () => server.url, close: server.close };
  }
  const handlers = createChimeHandlers({ clock, ...options });
  const msw = setupServer(...handlers);
  msw.listen({ onUnhandledRequest: 'bypass' });
  const base = (service: string) => `https://${service === 'voice' ? 'voice-chime' : 'media-pipelines-chime'}.us-east-1.amazonaws.com`;
  return { clock, core: handlers.core, clients: sdkClients(), base, close: async () => msw.close() };
}
