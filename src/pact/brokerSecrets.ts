import { decodeOrKeep } from '../shared/decodeOrKeep.js';
import { hidden, scrub } from '../shared/scrub.js';

/** The username and password of basic auth, from the URL's user info or else the environment. */
function basicPair(env: NodeJS.ProcessEnv, brokerUrl: string): [string, string] | undefined {
  const url = URL.canParse(brokerUrl) ? new URL(brokerUrl) : undefined;
  if (url && (url.username || url.password)) return [decodeOrKeep(url.username), decodeOrKeep(url.password)];
  const user = env['PACT_BROKER_USERNAME'];
  const password = env['PACT_BROKER_PASSWORD'];
  return user && password ? [user, password] : undefined;
}

/**
 * The credential values that must never reach a log: the broker token, the password and any in the URL,
 * and the Basic header made of them (a broker may echo the header it refused).
 */
export function brokerSecrets(env: NodeJS.ProcessEnv, brokerUrl: string): string[] {
  const pair = basicPair(env, brokerUrl);
  const basic = pair ? [Buffer.from(`${pair[0]}:${pair[1]}`).toString('base64')] : [];
  return [env['PACT_BROKER_TOKEN'], env['PACT_BROKER_PASSWORD'], pair?.[1], ...basic].filter((s): s is string => typeof s === 'string' && s.length >= 3).flatMap((s) => [s, encodeURIComponent(s)]);
}

/**
 * A URL's scheme and userinfo. The scheme starts at a word boundary: unanchored, `\w+` was tried from every
 * position of a long word, and a broker's 70 KB refusal body took seconds of CPU to redact (quadratic).
 */
const userinfo = /\b(\w+:\/\/)[^/\s@]+@/g;

/** Text with every credential replaced by `***`, and any userinfo left in a URL too. */
export function redactBrokerText(text: string, secrets: readonly string[]): string {
  return scrub(text, secrets).replace(userinfo, `$1${hidden}@`);
}
