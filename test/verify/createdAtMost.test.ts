import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../src/emulator/wire/sigv4.js';
import { cleanUp } from '../../src/verify/reach/cleanUp.js';
import { createdAtMost } from '../../src/verify/reach/createdAtMost.js';
import { openTarget, quickLifecycle, type OpenedTarget } from '../../src/verify/reach/openTarget.js';
import { call, must } from '../../src/verify/reach/target.js';
import { NotApplicable } from '../../src/verify/run/check.js';
import { getOperation } from '../../src/contract/catalog.js';

let server: RunningServer;
let opened: OpenedTarget;
beforeAll(async () => {
  server = await startServer({ lifecycle: quickLifecycle });
  opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
});
afterAll(async () => {
  await opened.close();
  await server.close();
});

interface Counts {
  voiceProfileDomains: { count: number };
  tasks: { byStatus: Record<string, number> };
}
const state = async (): Promise<Counts> => (await (await fetch(`${server.url}/_chime/state`)).json()) as Counts;
const domain = (name: string) => ({ Name: name, ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' } });
const connector = 'abcdef1234567890abcde';

describe('createdAtMost', () => {
  it('creates no more than its ceiling, refusing the next before it is sent, and cleanup ends what stands', async () => {
    const before = (await state()).voiceProfileDomains.count;
    const ceiling = createdAtMost(opened.target, 3);
    const t = ceiling.target;
    const first = (await must(t, 'voice.CreateVoiceProfileDomain', domain('a')))['VoiceProfileDomain'] as { VoiceProfileDomainId: string };
    // A refused creation (400: no name) costs nothing.
    expect((await call(t, 'voice.CreateVoiceProfileDomain', {})).answer.status).toBe(400);
    await t.sdk(getOperation('voice.CreateVoiceProfileDomain'), domain('b'));
    await must(t, 'voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: connector, TransactionId: 'call-1', LanguageCode: 'en-US' });
    expect(ceiling.created()).toBe(3);
    await expect(call(t, 'voice.CreateVoiceProfileDomain', domain('c'))).rejects.toBeInstanceOf(NotApplicable);
    expect((await state()).voiceProfileDomains.count).toBe(before + 2);
    // What the run deleted itself no longer stands.
    await must(t, 'voice.DeleteVoiceProfileDomain', { VoiceProfileDomainId: first.VoiceProfileDomainId });
    expect(ceiling.standing().map((m) => m.kind)).toEqual(['VoiceProfileDomain', 'VoiceToneAnalysisTask']);
    await ceiling.close('done');
    const done = await cleanUp(opened.target, ceiling.standing());
    expect(done).toEqual({ ended: 2, left: [] });
    const after = await state();
    expect(after.voiceProfileDomains.count).toBe(before);
    expect(Object.keys(after.tasks.byStatus).filter((s) => !['STOPPED', 'Stopped'].includes(s))).toEqual([]);
  });

  it('counts creations in flight, so requests at once cannot pass it together', async () => {
    const ceiling = createdAtMost(opened.target, 2);
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => call(ceiling.target, 'voice.CreateVoiceProfileDomain', domain(`p${n}`))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof NotApplicable)).toHaveLength(2);
    await ceiling.close('done');
    expect((await cleanUp(opened.target, ceiling.standing())).ended).toBe(2);
  });

  it('refuses every creation once closed, and lists by ID what it could not delete', async () => {
    const ceiling = createdAtMost(opened.target, 5);
    const made = (await must(ceiling.target, 'voice.CreateVoiceProfileDomain', domain('kept')))['VoiceProfileDomain'] as { VoiceProfileDomainId: string };
    await ceiling.close('the run is ending');
    await expect(call(ceiling.target, 'voice.CreateVoiceProfileDomain', domain('late'))).rejects.toThrow('the run is ending');
    const failing = { ...opened.target, raw: async () => ({ status: 500, headers: {}, body: '' }) };
    expect((await cleanUp(failing, ceiling.standing())).left).toEqual([{ kind: 'VoiceProfileDomain', id: made.VoiceProfileDomainId, why: 'voice.DeleteVoiceProfileDomain answered 500' }]);
    await cleanUp(opened.target, ceiling.standing());
  });
});
