import { fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { doesIdentityRequireRefresh, isIdentityExpired, memoizeIdentityProvider } from '@smithy/core';
import { exampleCredentials } from '../../emulator/wire/sigv4.js';
import type { Credentials } from '../../shared/credentials.js';
import { credentialSource, maskedKeyId } from '../../verify/reach/awsCredentials.js';
import { UsageError } from '../command.js';

export interface ProxyCredentials {
  /** Asked at each signature: a session's credentials are refreshed before they expire, as the SDK's clients do. */
  readonly provider: () => Promise<Credentials>;
  /** Where they come from, for the start line: never a secret, the key ID only masked. */
  readonly shown: string;
}

const asCredentials = (c: { accessKeyId: string; secretAccessKey: string; sessionToken?: string | undefined }): Credentials => ({
  accessKeyId: c.accessKeyId,
  secretAccessKey: c.secretAccessKey,
  ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}),
});

/**
 * The proxy's own credentials: the AWS SDK's chain (or --profile) for the real service, resolved once at the
 * start so a missing one is a usage error then, not a 502 on the first request. An emulator upstream with none
 * in the environment gets the documentation's example pair, which every emulator of ours accepts.
 */
export async function proxyCredentials(toAws: boolean, profile: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<ProxyCredentials> {
  const chainHasSome = profile !== undefined || env['AWS_PROFILE'] !== undefined || env['AWS_ACCESS_KEY_ID'] !== undefined;
  if (!toAws && !chainHasSome) return { provider: async () => exampleCredentials, shown: `the example key pair ${exampleCredentials.accessKeyId}` };
  const chain = profile === undefined ? fromNodeProviderChain() : fromIni({ profile });
  // Undefined only when given no provider, which never happens here.
  const provider = memoizeIdentityProvider(async () => chain(), isIdentityExpired, doesIdentityRequireRefresh) ?? chain;
  let first: Credentials;
  try {
    first = asCredentials(await provider());
  } catch (e) {
    throw new UsageError(
      `no AWS credentials from ${credentialSource(profile, env)}: ${(e as Error).message.split('\n')[0] ?? ''}`,
      'pass --profile NAME, or set AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN',
    );
  }
  if (toAws && first.accessKeyId === exampleCredentials.accessKeyId)
    throw new UsageError('the real service needs real credentials, not the example pair', 'pass --profile NAME or set your own AWS_ACCESS_KEY_ID');
  return { provider: async () => asCredentials(await provider()), shown: `${maskedKeyId(first.accessKeyId)} from ${credentialSource(profile, env)}` };
}
