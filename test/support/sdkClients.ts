import * as mediaPipelines from '@aws-sdk/client-chime-sdk-media-pipelines';
import * as voice from '@aws-sdk/client-chime-sdk-voice';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import type { Operation } from '../../src/index.js';

/** What the SDK put on the wire, as its request handler saw it. */
export interface CapturedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | readonly string[] | null>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

type Client = { send(command: unknown): Promise<unknown> };
type CommandClass = new (input: unknown) => unknown;

const modules: Record<string, Record<string, unknown>> = { 'media-pipelines': mediaPipelines, voice };

/** The SDK v3 command class for an operation, e.g. voice.StartSpeakerSearchTask → StartSpeakerSearchTaskCommand. */
export function commandFor(op: Operation): CommandClass {
  const command = modules[op.service]?.[`${op.name}Command`];
  if (typeof command !== 'function') throw new Error(`no SDK command for ${op.id}`);
  return command as CommandClass;
}

/** A real SDK client whose requests are captured instead of sent; each answers an empty 200. */
export function capturingClient(service: Operation['service'], captured: CapturedRequest[]): Client {
  const requestHandler = {
    handle: async (request: CapturedRequest) => {
      captured.push({ ...request });
      return { response: { statusCode: 200, headers: {}, body: new TextEncoder().encode('{}') } };
    },
  };
  const config = { region: 'us-east-1', credentials: exampleCredentials, requestHandler, maxAttempts: 1 };
  return service === 'voice' ? new voice.ChimeSDKVoiceClient(config) : new mediaPipelines.ChimeSDKMediaPipelinesClient(config);
}
