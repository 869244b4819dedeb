import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultChecks, defineCheck, exampleCredentials, openTarget, runVerify, type Target, type VerifyOptions } from '../../src/index.js';

let opened: { target: Target; embedded: boolean; close: () => Promise<void> };
beforeAll(async () => void (opened = await openTarget({ region: 'us-east-1', credentials: exampleCredentials, auth: 'off' })));
afterAll(async () => opened.close());

const ops = ['voice.CreateVoiceProfileDomain', 'voice.GetVoiceProfileDomain'];
const base = (): VerifyOptions => ({ target: opened.target, embedded: opened.embedded, ops, runs: 6, seed: 11, auth: 'off', region: 'us-east-1', credentials: exampleCredentials });

/** A rule the emulator keeps: a domain we create reads back, by its id, with the name we gave it. */
const readsBack = defineCheck({
  name: 'domain_reads_back',
  summary: 'a created domain reads back by its id with the name it was created with',
  applies: (op) => op.id === 'voice.CreateVoiceProfileDomain' || 'creates no domain',
  property: async ({ request, send, call, expect }) => {
    const { answer, output } = await send();
    expect(answer.status === 201, `Create answered ${answer.status}`);
    const id = (output as { VoiceProfileDomain?: { VoiceProfileDomainId?: string } }).VoiceProfileDomain?.VoiceProfileDomainId;
    const { json } = await call({ VoiceProfileDomainId: id }, 'voice.GetVoiceProfileDomain');
    const name = (json?.['VoiceProfileDomain'] as { Name?: unknown } | undefined)?.Name;
    expect(name === request['Name'], () => `read back as ${JSON.stringify(name)}, created as ${JSON.stringify(request['Name'])}`);
  },
});

/** A broken rule: no domain name longer than one character, which generated names break at once. */
const seen: string[] = [];
const shortNames = defineCheck({
  name: 'short_domain_names',
  summary: 'domain names are one character long (a rule made to fail)',
  applies: (op) => op.id === 'voice.CreateVoiceProfileDomain' || 'creates no domain',
  property: async ({ request, expect }) => {
    const name = String(request['Name']);
    seen.push(name);
    expect([...name].length <= 1, () => `the name ${JSON.stringify(name)} is longer than one character`);
  },
});

describe('defineCheck: your own checks beside the built-in ones', () => {
  it('a check that holds shows up as passing cells, and skips where it does not apply', async () => {
    const result = await runVerify({ ...base(), checks: [...defaultChecks, readsBack] });
    const own = result.cells.filter((c) => c.check === 'domain_reads_back');
    expect(own.map((c) => [c.operation, c.outcome.status])).toEqual([
      ['voice.CreateVoiceProfileDomain', 'pass'],
      ['voice.GetVoiceProfileDomain', 'skip'],
    ]);
    expect(own[0]?.outcome).toMatchObject({ cases: 6 });
    // The built-in checks ran too, first, in their own order.
    expect([...new Set(result.cells.map((c) => c.check))]).toEqual([...defaultChecks.map((c) => c.name), 'domain_reads_back']);
    expect(result.conformant).toBe(true);
  });

  it('a check that fails gives curl, an SDK call and a replay value that reruns exactly that case', async () => {
    seen.length = 0;
    const result = await runVerify({ ...base(), checks: [shortNames] });
    expect(result.conformant).toBe(false);
    const cell = result.cells.find((c) => c.operation === 'voice.CreateVoiceProfileDomain');
    if (cell?.outcome.status !== 'fail') throw new Error(`expected a failing cell, got ${JSON.stringify(cell)}`);
    const { message, curl, sdk, replay } = cell.outcome.failure;
    // Shrunk: the shortest name that breaks the rule.
    expect(message).toMatch(/^the name ".{2}" is longer than one character$/u);
    expect(curl).toMatch(/^curl -i -X POST .*\/voice-profile-domains'$/);
    expect(sdk).toMatch(/new CreateVoiceProfileDomainCommand\(\{.*"Name":/);
    expect(replay).toMatch(/^short_domain_names\/voice\.CreateVoiceProfileDomain\/\d+\/\S+$/);

    seen.length = 0;
    const again = await runVerify({ ...base(), checks: [...defaultChecks, shortNames], replay: replay ?? '' });
    expect(again.cells).toHaveLength(1);
    expect(again.cells[0]?.outcome).toMatchObject({ status: 'fail', failure: { message, replay } });
    expect(seen).toHaveLength(1);
  });

  it('scales its cases with runs', async () => {
    const few = defineCheck({ name: 'few', summary: 'passes', runs: (n) => Math.ceil(n / 3), property: async () => {} });
    const result = await runVerify({ ...base(), checks: [few] });
    expect(result.cells.map((c) => c.outcome)).toEqual([
      { status: 'pass', cases: 2 },
      { status: 'pass', cases: 2 },
    ]);
  });

  it('refuses names that would make reports or replays ambiguous, each with a hint', async () => {
    const property = async () => {};
    expect(() => defineCheck({ name: 'positive_acceptance', summary: '', property })).toThrow(
      /^chime-conformance: 'positive_acceptance' is the name of a built-in check\. Hint: .*'our_positive_acceptance'/,
    );
    expect(() => defineCheck({ name: '', summary: '', property })).toThrow(/^chime-conformance: a check needs a name.*Hint:/);
    expect(() => defineCheck({ name: 'team/rule', summary: '', property })).toThrow(/has a '\/', which would split its --replay value.*Hint: name it 'team_rule'/);
    expect(() => defineCheck({ name: "it's mine", summary: '', property })).toThrow(/letters, digits.*Hint: name it 'it_s_mine'/);
    const twin = () => defineCheck({ name: 'twin', summary: '', property });
    await expect(runVerify({ ...base(), checks: [twin(), twin()] })).rejects.toThrow(/^chime-conformance: two different checks are named 'twin'\. Hint:/);
    await expect(runVerify({ ...base(), checks: [{ ...defaultChecks[0]!, summary: 'mine' }] })).rejects.toThrow(/is the name of a built-in check/);
    const once = twin();
    expect((await runVerify({ ...base(), checks: [once, once] })).cells).toHaveLength(2); // one check, given twice
  });

  it('refuses a name no check has, and a replay of a check the run was not given', async () => {
    await expect(runVerify({ ...base(), checks: ['positive_acceptence'] })).rejects.toThrow(/no check is named 'positive_acceptence'\. Hint: the built-in names are positive_acceptance,/);
    await expect(runVerify({ ...base(), replay: 'short_domain_names/voice.CreateVoiceProfileDomain/1/0' })).rejects.toThrow(/does not know\. Hint: .*\[\.\.\.defaultChecks, yourCheck\]/);
  });
});
