import { missingPeer } from '../../entries/missingPeer.js';
import { UsageError } from '../command.js';

/**
 * The Pact verifier, imported only by `pact verify`: every other command (verify, serve, validate…) must run
 * where the optional peer @pact-foundation/pact is not installed, and this one says how to install it.
 */
export async function loadPactVerifier() {
  try {
    const [{ verifyContracts }, { eventMessageProviders }] = await Promise.all([import('../../pact/verifyContracts.js'), import('../../pact/events/eventMessageProviders.js')]);
    return { verifyContracts, eventMessageProviders };
  } catch (e) {
    if (missingPeer(e, 'pact verify', '@pact-foundation/pact') === e) throw e;
    throw new UsageError('pact verify needs @pact-foundation/pact, which is not installed', 'npm install -D @pact-foundation/pact');
  }
}
