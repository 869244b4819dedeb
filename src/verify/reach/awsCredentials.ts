import { fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { Credentials } from '../../shared/credentials.js';

/**
 * The credentials of a real account, from the AWS SDK's own chain, resolved once as the run starts: with a
 * profile, that profile of the shared config and credentials files (static keys, SSO, an assumed role, a
 * credential process); without one, the default chain (environment with AWS_SESSION_TOKEN, AWS_PROFILE, the
 * default profile, web identity, container and instance credentials). A named profile does not fall through
 * to instance metadata: a misspelt name is an error at once, not a wait for a host that is not there.
 */
export async function awsCredentials(profile: string | undefined): Promise<Credentials> {
  const provider = profile === undefined ? fromNodeProviderChain() : fromIni({ profile });
  const found = await provider();
  return { accessKeyId: found.accessKeyId, secretAccessKey: found.secretAccessKey, ...(found.sessionToken ? { sessionToken: found.sessionToken } : {}) };
}

/** An access key ID as `aws configure list` shows it: its last four characters, never the whole of it. */
export const maskedKeyId = (id: string): string => `${'*'.repeat(Math.max(0, id.length - 4))}${id.slice(-4)}`;

/**
 * Where the credentials would come from, read from the environment alone: nothing is resolved, no file is
 * read and no host asked, so `--plan` can say it without sending anything. Never a secret.
 */
export function credentialSource(profile: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const files = `${env['AWS_CONFIG_FILE'] ?? '~/.aws/config'} and ${env['AWS_SHARED_CREDENTIALS_FILE'] ?? '~/.aws/credentials'}`;
  if (profile !== undefined) return `profile ${profile} of ${files} (--profile)`;
  if (env['AWS_PROFILE']) return `profile ${env['AWS_PROFILE']} of ${files} (AWS_PROFILE)`;
  const key = env['AWS_ACCESS_KEY_ID'];
  if (key && env['AWS_SECRET_ACCESS_KEY']) return `the environment: AWS_ACCESS_KEY_ID ${maskedKeyId(key)}${env['AWS_SESSION_TOKEN'] ? ' with AWS_SESSION_TOKEN' : ''}`;
  return `the AWS SDK's default chain: the default profile of ${files}, then web identity, container and instance credentials`;
}
