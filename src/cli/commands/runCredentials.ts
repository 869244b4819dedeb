import type { Credentials } from '../../shared/credentials.js';
import { awsCredentials, credentialSource } from '../../verify/reach/awsCredentials.js';
import { awsEndpoint } from '../../verify/reach/serviceEndpoints.js';
import { UsageError } from '../command.js';
import type { ParsedVerifyOptions } from './verifyOptions.js';

/**
 * The key pair a run signs with: on the real service, what the AWS SDK's chain finds (never the example pair;
 * none found is a usage error that names where it looked); elsewhere, the environment's or the example pair.
 */
export async function runCredentials(o: ParsedVerifyOptions): Promise<Credentials> {
  if (o.endpoint !== awsEndpoint) return o.credentials;
  try {
    return await awsCredentials(o.profile);
  } catch (e) {
    const why = (e as Error).message.split('\n')[0] ?? '';
    throw new UsageError(
      `no AWS credentials from ${credentialSource(o.profile)}: ${why}`,
      'run `aws sso login --profile NAME` and pass --profile NAME, or set AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN',
    );
  }
}
