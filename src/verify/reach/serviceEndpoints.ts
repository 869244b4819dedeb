import { ChimeSDKMediaPipelinesClient } from '@aws-sdk/client-chime-sdk-media-pipelines';
import { ChimeSDKVoiceClient } from '@aws-sdk/client-chime-sdk-voice';
import type { ServiceName } from '../../contract/operation.js';

/** Where each service's requests go: one URL for both on an emulator, two hosts on the real service. */
export type ServiceEndpoints = Readonly<Record<ServiceName, string>>;

/** `--endpoint aws`: the real service, at the hosts the AWS SDK itself resolves for the region. */
export const awsEndpoint = 'aws';

/** Finds a region's hosts; tests give one that points at loopback servers instead. */
export type ResolveEndpoints = (region: string) => ServiceEndpoints;

/**
 * The real regional hosts, from the SDK clients' own endpoint rules (partitions, FIPS and dual-stack variants
 * included), so that verify addresses exactly what an application's client would. Making a client opens no
 * connection: its endpoint provider is a pure function of the region.
 */
export const awsEndpoints: ResolveEndpoints = (region) => {
  const params = { Region: region, UseFIPS: false, UseDualStack: false };
  const resolve = (client: { config: { endpointProvider(p: typeof params): { url: URL } } }) => client.config.endpointProvider(params).url.href.replace(/\/$/, '');
  return {
    'media-pipelines': resolve(new ChimeSDKMediaPipelinesClient({ region })),
    voice: resolve(new ChimeSDKVoiceClient({ region })),
  };
};

/** The same endpoint for both services: an emulator, or any implementation that serves them on one host. */
export const oneEndpoint = (endpoint: string): ServiceEndpoints => ({ 'media-pipelines': endpoint, voice: endpoint });
