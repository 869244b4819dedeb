/** What stands in for a secret wherever one would be shown: reports, logs, broker answers. */
export const hidden = '***';

/**
 * Replaces every occurrence of the given secret values in text: answers echo what requests carried, and a
 * Pact broker may echo the credentials it refused. Verify and the Pact tools both scrub, so it lives here.
 */
export function scrub(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length > 0).reduce((t, s) => t.split(s).join(hidden), text);
}
