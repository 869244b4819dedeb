/**
 * What a secret stands for: a ClientRequestToken, an ARN, a credential (signature, access key, session token),
 * or free text (tag keys and values, members only the model calls sensitive).
 */
export type SecretKind = 'token' | 'arn' | 'credential' | 'text';

/** The counter a placeholder takes its number from: tokens and credentials count apart from the rest. */
export type Series = 'token' | 'credential' | 'other';

/** The contract's own patterns (schemas/*: ClientRequestId, ClientRequestToken, Arn). */
const validToken = /^[-_a-zA-Z0-9]{2,64}$/;
const validArn = /^arn[/:\-_.a-zA-Z0-9]+$/;
const plain = /^[A-Za-z0-9-]*$/;

/** An ARN's resource type, with the separator it had (`voice-profile-domain/`, `key/`), or '' when it has none. */
function resourceType(resource: string): string {
  const m = /^([A-Za-z0-9-]+)([/:])./.exec(resource);
  return m ? `${m[1] ?? ''}${m[2] ?? ''}` : '';
}

/** An ARN's placeholder numbered `n`: partition, service, region and resource type kept when they are plain. */
function arnPlaceholder(secret: string, n: string): string {
  const [, partition = '', service = '', region = '', , ...resource] = secret.split(':');
  const kept = [partition, service, region].every((p) => plain.test(p)) && resource.length > 0;
  return kept ? `arn:${partition}:${service}:${region}:000000000000:${resourceType(resource.join(':'))}redacted-${n}` : `arn:redacted-${n}`;
}

/** The shortest limit a free-text secret has (a tag key's): an ARN-shaped placeholder longer than it and the secret would not fit. */
const textLimit = 128;

/**
 * The placeholder of one secret, numbered by `next`. It holds nothing of the secret but what the contract
 * reads (an ARN's partition, service, region and resource type), and is as valid as the secret was: a token or
 * ARN the contract accepts gets a placeholder it accepts, one it rejects one it rejects too, so a redacted
 * recording checks the same as the traffic did. Free text that is an ARN gets an ARN's placeholder: the same
 * value may come back in an ARN member (a tag holding a domain's ARN), where `redacted-0003` would not do.
 */
export function placeholderFor(secret: string, kind: SecretKind, next: (series: Series) => string): string {
  if (kind === 'credential') return `redacted-credential-${next('credential')}`;
  if (kind === 'token') return validToken.test(secret) ? `redacted-token-${next('token')}` : `redacted token ${next('token')}`;
  const n = next('other');
  const arn = validArn.test(secret) && secret.length <= 1024 ? arnPlaceholder(secret, n) : undefined;
  if (kind === 'text') return arn !== undefined && arn.length <= Math.max(secret.length, textLimit) ? arn : `redacted-${n}`;
  return arn ?? `redacted-${n}`;
}

/** Whether text is a placeholder already: a recording redacted again keeps its placeholders as they are. */
export const isPlaceholder = (text: string): boolean =>
  /^redacted(?:[- ](?:token|credential)?[- ]?\d{4,})?$/.test(text) || /^arn:(?:[A-Za-z0-9-]*:){3}000000000000:(?:[A-Za-z0-9-]+[/:])?redacted-\d{4,}$|^arn:redacted-\d{4,}$/.test(text);
