import { Verifier, type MessageProviders } from '@pact-foundation/pact';
import type { EmulatorCore } from '../emulator/core/createCore.js';
import { eventMessageProviders } from './events/eventMessageProviders.js';
import { providerStates } from './providerStates.js';

export interface ContractVerification {
  readonly providerBaseUrl: string;
  /** Pact files to verify (the canonical ones in contracts/ by default). */
  readonly pactFiles?: readonly string[];
  /** The emulator behind the URL: provider states go through its state API. */
  readonly core?: EmulatorCore;
  /** Another implementation's own state hook (POST with { state, params }), instead of `core`. */
  readonly providerStatesSetupUrl?: string;
  /**
   * What answers the event messages of the pacts. With `core`, the emulator's own events: each message's
   * scenario run on a fresh in-process emulator. HTTP and message interactions are verified in one run.
   */
  readonly messageProviders?: MessageProviders;
  /** Verify the pacts a broker holds for the provider, and publish the results there. */
  readonly broker?: { readonly url: string; readonly providerVersion: string; readonly provider: string };
}

export type VerificationResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** State handlers that reset the emulator before each interaction and set its state up through the state API. */
function emulatorStates(core: EmulatorCore) {
  const handlers = Object.fromEntries(
    Object.entries(providerStates).map(([name, setUp]) => [
      name,
      async (params?: unknown) => {
        setUp(core, (params ?? {}) as Record<string, string>);
        return undefined;
      },
    ]),
  );
  return { stateHandlers: handlers, beforeEach: async () => core.reset() };
}

/** Replays every interaction of the pacts against the provider; any difference fails, with Pact's own report. */
export async function verifyContracts(v: ContractVerification): Promise<VerificationResult> {
  const states = v.core ? emulatorStates(v.core) : {};
  const source = v.broker
    ? { pactBrokerUrl: v.broker.url, provider: v.broker.provider, providerVersion: v.broker.providerVersion, publishVerificationResult: true }
    : { pactUrls: [...(v.pactFiles ?? [])] };
  const messageProviders = v.messageProviders ?? (v.core ? eventMessageProviders(v.pactFiles) : undefined);
  const verifier = new Verifier({
    providerBaseUrl: v.providerBaseUrl,
    ...(messageProviders ? { messageProviders } : {}),
    logLevel: 'error',
    ...source,
    ...states,
    ...(v.providerStatesSetupUrl ? { providerStatesSetupUrl: v.providerStatesSetupUrl } : {}),
  });
  try {
    await verifier.verifyProvider();
    return { ok: true };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
