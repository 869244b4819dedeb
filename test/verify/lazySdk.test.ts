import { describe, expect, it } from 'vitest';
import { getOperation } from '../../src/contract/catalog.js';
import { lazySdk } from '../../src/verify/reach/lazySdk.js';
import type { SdkThread } from '../../src/verify/reach/sdkInWorker.js';

const op = getOperation('voice.GetVoiceProfileDomain');
const answer = { answer: { status: 200, headers: {}, body: '{}' } };

/** A stand-in thread that counts its starts, sends and closes. */
function counted(ready: Promise<void> = Promise.resolve()) {
  const seen = { starts: 0, sends: 0, closes: 0 };
  const start = (): SdkThread => {
    seen.starts++;
    return { ready, send: async () => (seen.sends++, answer), close: async () => void seen.closes++ };
  };
  return { seen, start };
}

describe('lazySdk', () => {
  it('starts no thread until a call needs one, and closing then ends nothing', async () => {
    const { seen, start } = counted();
    await lazySdk(start).close();
    expect(seen).toEqual({ starts: 0, sends: 0, closes: 0 });
  });

  it('starts one thread at the first call and sends every call through it, then closes it', async () => {
    const { seen, start } = counted();
    const sdk = lazySdk(start);
    await expect(Promise.all([sdk.send(op, {}), sdk.send(op, {}), sdk.send(op, {})])).resolves.toEqual([answer, answer, answer]);
    await sdk.close();
    expect(seen).toEqual({ starts: 1, sends: 3, closes: 1 });
  });

  it('fails the call when the thread cannot start, without sending', async () => {
    const failed = Promise.reject(new Error('the AWS SDK thread stopped before it was ready'));
    failed.catch(() => undefined);
    const { seen, start } = counted(failed);
    await expect(lazySdk(start).send(op, {})).rejects.toThrow('stopped before it was ready');
    expect(seen.sends).toBe(0);
  });
});
