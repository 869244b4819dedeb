import { hidden } from '../../verify/redact.js';

/** The credential values that must never reach a log: the broker token, the password, and any in the URL itself. */
export function brokerSecrets(env: NodeJS.ProcessEnv, brokerUrl: string): string[] {
  const fromUrl = URL.canParse(brokerUrl) ? [new URL(brokerUrl).password, new URL(brokerUrl).username] : [];
  return [env['PACT_BROKER_TOKEN'], env['PACT_BROKER_PASSWORD'], ...fromUrl]
    .filter((s): s is string => typeof s === 'string' && s.length >= 3)
    .flatMap((s) => [s, decoded(s)]);
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Text with every credential replaced by `***`, and any userinfo left in a URL too. */
export function redactBrokerText(text: string, secrets: readonly string[]): string {
  const scrubbed = secrets.reduce((t, s) => t.split(s).join(hidden), text);
  return scrubbed.replace(/(\w+:\/\/)[^/\s@]+@/g, `$1${hidden}@`);
}
