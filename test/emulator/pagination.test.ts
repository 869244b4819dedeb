import { describe, expect, it } from 'vitest';
import { steppedClock } from '../../src/emulator/core/clock.js';
import { createEmulatorCore, type CoreResult, type EmulatorCore } from '../../src/emulator/core/createCore.js';

const notIssued = { type: 'BadRequestException', message: 'The NextToken is not one this service issued.' };
const refusal = (r: CoreResult) => (r.ok ? 'accepted' : { type: r.error.type, message: r.error.message });
const out = <T>(r: CoreResult) => (r.ok ? r.output : {}) as T;
const b64url = (text: string) => Buffer.from(text).toString('base64url');

function coreWithDomains(n: number): EmulatorCore {
  const core = createEmulatorCore();
  for (let i = 0; i < n; i++) core.invoke('voice.CreateVoiceProfileDomain', { Name: `d${i}`, ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' } });
  return core;
}

/** Walks ListVoiceProfileDomains to its end: every name, and every token it was given. */
function walk(core: EmulatorCore, MaxResults: number): { names: string[]; tokens: string[] } {
  const names: string[] = [];
  const tokens: string[] = [];
  for (let token: string | undefined, first = true; first || token; first = false) {
    const r = out<{ VoiceProfileDomains: { Name: string }[]; NextToken?: string }>(core.invoke('voice.ListVoiceProfileDomains', { MaxResults, ...(token ? { NextToken: token } : {}) }));
    names.push(...r.VoiceProfileDomains.map((d) => d.Name));
    token = r.NextToken;
    if (token) tokens.push(token);
  }
  return { names, tokens };
}

const listDomains = (core: EmulatorCore, NextToken: string) => refusal(core.invoke('voice.ListVoiceProfileDomains', { MaxResults: 2, NextToken }));

describe('NextToken', () => {
  it.each([1, 2, 3, 7])('pages of %i walk the list completely and in order', (size) => {
    const { names, tokens } = walk(coreWithDomains(7), size);
    expect(names).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6']);
    expect(tokens).toHaveLength(Math.ceil(7 / size) - 1);
    for (const t of tokens) expect(t).toMatch(/^[\w-]+$/);
  });

  it('a forged offset token is refused', () => {
    const core = coreWithDomains(5);
    expect(listDomains(core, b64url('offset:2'))).toEqual(notIssued);
    expect(listDomains(core, b64url('2.0000000000000000'))).toEqual(notIssued);
    expect(listDomains(core, 'forged')).toEqual(notIssued);
    expect(listDomains(core, '')).toEqual(notIssued);
  });

  it('an issued token with trailing garbage, truncated, altered or re-encoded is refused', () => {
    const core = coreWithDomains(5);
    const [token = ''] = walk(core, 2).tokens;
    expect(listDomains(core, token)).not.toEqual(notIssued);
    const flip = (c: string) => (c === 'A' ? 'B' : 'A');
    const decoded = Buffer.from(token, 'base64url').toString('utf8');
    for (const bad of [
      `${token}A`,
      `${token}==`,
      `${token}.`,
      token.slice(0, -1),
      `${flip(token[0] ?? '')}${token.slice(1)}`,
      `${token.slice(0, -1)}${flip(token.at(-1) ?? '')}`,
      b64url(decoded.replace(/^\d+/, (n) => `0${n}`)),
      b64url(decoded.replace(/^\d+/, '4')),
    ]) {
      expect([bad, listDomains(core, bad)]).toEqual([bad, notIssued]);
    }
  });

  it('a token from another list is refused: other operation, other domain', () => {
    const clock = steppedClock();
    const core = createEmulatorCore({ clock });
    const domainIds = ['a', 'b'].map(
      (Name) =>
        out<{ VoiceProfileDomain: { VoiceProfileDomainId: string } }>(core.invoke('voice.CreateVoiceProfileDomain', { Name, ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:k' } }))
          .VoiceProfileDomain.VoiceProfileDomainId,
    );
    const [a = '', b = ''] = domainIds;
    for (const [domain, transactions] of [
      [a, ['t-1', 't-2', 't-3']],
      [b, ['t-4', 't-5', 't-6']],
    ] as const) {
      const tasks = transactions.map(
        (TransactionId) =>
          out<{ SpeakerSearchTask: { SpeakerSearchTaskId: string } }>(
            core.invoke('voice.StartSpeakerSearchTask', { VoiceConnectorId: 'abcdef1234567890abcde', TransactionId, VoiceProfileDomainId: domain }),
          ).SpeakerSearchTask.SpeakerSearchTaskId,
      );
      clock.advance(3500);
      for (const SpeakerSearchTaskId of tasks) expect(core.invoke('voice.CreateVoiceProfile', { SpeakerSearchTaskId }).ok).toBe(true);
    }
    const profilesOf = (VoiceProfileDomainId: string, NextToken?: string) => core.invoke('voice.ListVoiceProfiles', { VoiceProfileDomainId, MaxResults: 1, ...(NextToken ? { NextToken } : {}) });
    const fromA = out<{ NextToken: string }>(profilesOf(a)).NextToken;
    expect(profilesOf(a, fromA).ok).toBe(true);
    expect(refusal(profilesOf(b, fromA))).toEqual(notIssued);
    const domainsToken = out<{ NextToken: string }>(core.invoke('voice.ListVoiceProfileDomains', { MaxResults: 1 })).NextToken;
    expect(refusal(profilesOf(a, domainsToken))).toEqual(notIssued);
    expect(listDomains(core, fromA)).toEqual(notIssued);
  });
});
