import { describe, expect, it } from 'vitest';
import { Inconclusive, NotApplicable } from '../../../src/verify/run/check.js';
import { hookWorld } from '../../../src/verify/world/hookWorld.js';
import { SetupFailed, type Json } from '../../../src/verify/world/setupClient.js';

const described = { protocol: 'chime-conformance-setup/1', clock: 'manual', makes: ['call'] };

/** A hook that answers describe, makes calls, and fails whatever `failing` names. */
function hook(failing: string[] = []) {
  const sent: Json[] = [];
  const send = async (r: Json): Promise<Json> => {
    sent.push(r);
    if (failing.includes(String(r['action']))) throw new SetupFailed(`the setup hook refused ${String(r['action'])}: 500 down`);
    if (r['action'] === 'describe') return described;
    if (r['action'] === 'create') return { resource: 'call', voiceConnectorId: 'vc-1', transactionId: `tx-${sent.length}` };
    return { now: '2026-12-07T00:00:00.000Z', ended: 1 };
  };
  return { send, sent };
}

describe('a world made by a setup hook', () => {
  it('uses the IDs the hook answers, advances a manual clock, and tears down what it made', async () => {
    const h = hook();
    const world = await hookWorld(h.send, 'setup hook');
    expect(world.source).toBe('setup hook, manual clock');
    expect(await world.call({ voiceConnectorId: 'suggested', transactionId: 'suggested' })).toEqual({ voiceConnectorId: 'vc-1', transactionId: 'tx-2' });
    await world.pass(250);
    expect(await world.teardown()).toEqual({ left: 0 });
    expect(h.sent.map((r) => r['action'])).toEqual(['describe', 'create', 'advance', 'teardown']);
    expect(h.sent[3]?.['made']).toEqual([{ resource: 'call', voiceConnectorId: 'vc-1', transactionId: 'tx-2' }]);
  });

  it('makes a case inconclusive, not failed, when the hook fails in the middle of the run', async () => {
    const world = await hookWorld(hook(['create']).send, 'setup hook');
    await expect(world.call({ voiceConnectorId: 'v', transactionId: 't' })).rejects.toBeInstanceOf(Inconclusive);
  });

  it('makes a case inconclusive, not failed, when the hook answers what the protocol does not allow', async () => {
    const h = hook();
    const broken = async (r: Json): Promise<Json> => (r['action'] === 'create' ? { resource: 'call', voiceConnectorId: 'vc-1' } : h.send(r));
    const world = await hookWorld(broken, 'setup hook');
    await expect(world.call({ voiceConnectorId: 'v', transactionId: 't' })).rejects.toThrow(
      new Inconclusive("setup: the setup hook's answer to create call has transactionId missing (schemas/setup/answers.json)"),
    );
  });

  it('makes nothing once torn down (a signal came): a call made then would stay live', async () => {
    const world = await hookWorld(hook().send, 'setup hook');
    await world.teardown();
    await expect(world.call({ voiceConnectorId: 'v', transactionId: 't' })).rejects.toBeInstanceOf(NotApplicable);
  });

  it('says a resource the hook does not make is not applicable, and counts what teardown could not end', async () => {
    const h = hook(['teardown']);
    const world = await hookWorld(h.send, 'setup hook');
    await expect(world.pipeline('p')).rejects.toThrow('needs a new media insights pipeline per case, and the setup hook makes none');
    await world.call({ voiceConnectorId: 'v', transactionId: 't' });
    expect(await world.teardown()).toEqual({ left: 1 });
  });
});
