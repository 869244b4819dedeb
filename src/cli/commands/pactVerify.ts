import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../../emulator/http/startServer.js';
import { UsageError, type CliIo } from '../command.js';
import { canonicalContracts } from './canonicalContracts.js';
import { pactFailureSummary } from './pactFailureSummary.js';
import { loadPactVerifier } from './loadPactVerifier.js';

export const pactVerifyHelp = [
  'Usage: chime-conformance pact verify [--provider-base-url URL] [--pact FILE]… [--provider-states-setup-url URL] [--verbose]',
  '                                     [--broker-url URL --provider NAME --provider-version V]',
  '',
  'Replays every interaction of the pacts against the provider (default: the embedded emulator, its provider',
  'states set through its control plane) and exits 0 when all match, 1 when one does not.',
  'Without --pact it verifies the canonical contracts of contracts/ (consumer aws-sdk-js-v3), and against the',
  'embedded emulator the event message pact too (consumer voice-analytics-app): each message is answered by',
  'the first event of its status and path that an in-process emulator sends when its scenario runs. Event',
  'messages are verified against the embedded emulator only; for another implementation, give its events to',
  'verifyContracts({ messageProviders }) in code.',
  'Another implementation sets provider states up itself: pass its hook with --provider-states-setup-url',
  '(Pact POSTs { "state", "params", "action": "setup" } before each interaction and "teardown" after; the',
  'states are listed in README). Against `chime-conformance serve`, the hook is <base URL>/_chime/provider-states.',
  'With --broker-url it verifies what the broker holds for --provider and publishes the results',
  '(PACT_BROKER_TOKEN or PACT_BROKER_USERNAME / PACT_BROKER_PASSWORD from the environment).',
  'Pact prints its own report as it goes; a failure then ends with a summary, each failing interaction with its',
  "reason; --verbose repeats Pact's report there without terminal codes.",
].join('\n');

/** `pact verify`: the contracts against a provider, the embedded emulator by default. */
export async function pactVerify(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      'provider-base-url': { type: 'string' },
      pact: { type: 'string', multiple: true },
      'provider-states-setup-url': { type: 'string' },
      'broker-url': { type: 'string' },
      provider: { type: 'string' },
      'provider-version': { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const embeddedEmulator = !values['provider-base-url'];
  const eventContract = join(dirname(canonicalContracts[0] ?? ''), 'voice-analytics-app-chime-voice-analytics-events.json');
  const files = values.pact ?? (embeddedEmulator ? [...canonicalContracts, eventContract] : canonicalContracts);
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0 && !values['broker-url']) throw new UsageError(`no pact file at ${missing.join(', ')}`, 'give --pact paths that exist');
  if (values['broker-url'] && (!values.provider || !values['provider-version']))
    throw new UsageError('--broker-url needs --provider and --provider-version', 'e.g. --provider chime-sdk-voice --provider-version $GIT_SHA');
  const { verifyContracts, eventMessageProviders } = await loadPactVerifier();
  const embedded = embeddedEmulator ? await startServer({}) : undefined;
  // The embedded emulator takes its provider states over its own control plane, as a served one does: an
  // unknown state is then a failed interaction, not a warning Pact prints and goes past.
  const statesUrl = values['provider-states-setup-url'] ?? (embedded ? `${embedded.url}/_chime/provider-states` : undefined);
  try {
    const result = await verifyContracts({
      providerBaseUrl: values['provider-base-url'] ?? embedded?.url ?? '',
      pactFiles: files,
      ...(embedded ? { messageProviders: eventMessageProviders(files) } : {}),
      ...(statesUrl ? { providerStatesSetupUrl: statesUrl } : {}),
      ...(values['broker-url'] ? { broker: { url: values['broker-url'], provider: values.provider ?? '', providerVersion: values['provider-version'] ?? '' } } : {}),
    });
    if (result.ok) io.out('pact verify: every interaction matched');
    else for (const line of pactFailureSummary(result.message, values.verbose)) io.out(line);
    return result.ok ? 0 : 1;
  } finally {
    await embedded?.close();
  }
}
