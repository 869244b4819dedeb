import * as mp from '@aws-sdk/client-chime-sdk-media-pipelines';
import * as voice from '@aws-sdk/client-chime-sdk-voice';

import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';

export { mp, voice };

export const testCredentials = exampleCredentials;

/** Real SDK v3 clients of both services, pointed at `endpoint` (or at the AWS hosts, for MSW). */
export function sdkClients(endpoint?: string) {
  const config = { region: 'us-east-1', credentials: testCredentials, maxAttempts: 1, ...(endpoint ? { endpoint } : {}) };
  return { mp: new mp.ChimeSDKMediaPipelinesClient(config), voice: new voice.ChimeSDKVoiceClient(config) };
}

/** The error an SDK call rejects with: its name, HTTP status and message. */
export async function sdkError(call: Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string }> {
  try {
    await call;
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: err.name, status: err.$metadata?.httpStatusCode, message: err.message };
  }
  throw new Error('expected the SDK call to fail, and it succeeded');
}
