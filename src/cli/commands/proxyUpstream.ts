import { awsEndpoint, awsEndpoints, oneEndpoint, type ResolveEndpoints, type ServiceEndpoints } from '../../verify/reach/serviceEndpoints.js';
import { UsageError } from '../command.js';

export interface Upstream {
  readonly aws: boolean;
  readonly endpoints: ServiceEndpoints;
  /** For the start line and the recording's URLs. */
  readonly shown: string;
}

/** `--upstream URL|aws`: one implementation of both services, or the real service's hosts as the AWS SDK resolves them. */
export function proxyUpstream(text: string, region: string, resolve: ResolveEndpoints = awsEndpoints): Upstream {
  if (text === awsEndpoint) {
    const endpoints = resolve(region);
    return { aws: true, endpoints, shown: `${endpoints.voice} and ${endpoints['media-pipelines']}` };
  }
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new UsageError(`--upstream ${text} is not an http(s) URL or aws`, 'e.g. --upstream http://127.0.0.1:4566, or --upstream aws --region us-east-1');
  if (url.username || url.password) throw new UsageError('--upstream must not carry credentials in its URL', 'give the URL without user:password@; the proxy signs with its own AWS credentials');
  const base = text.replace(/\/$/, '');
  return { aws: false, endpoints: oneEndpoint(base), shown: base };
}
