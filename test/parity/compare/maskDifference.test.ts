import { describe, expect, it } from 'vitest';
import { acceptance } from '../../../src/parity/compare/acceptance.js';
import type { Difference } from '../../../src/parity/compare/difference.js';
import { judgeRow } from '../../../src/parity/compare/judgeRow.js';
import { parityJson, parityLines } from '../../../src/parity/replay/parityTable.js';

const domainArn = (id: string) => `arn:aws:chime:us-east-1:444455556666:voice-profile-domain/${id}`;
const kms = 'arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const shown = (operation: string, differences: Difference[]) => {
  const row = judgeRow({ index: 1, operation, differences, notes: [] }, acceptance([]));
  return { lines: parityLines(row, 1), json: parityJson(row) };
};

describe('sensitive values in differences', () => {
  it("masks them at the operation's pointers and in added subtrees, in the table and in --json, and still says where they differ", () => {
    const { lines, json } = shown('voice.GetVoiceProfileDomain', [
      { kind: 'value', path: '/VoiceProfileDomain/VoiceProfileDomainArn', recorded: domainArn('aaaa'), replayed: domainArn('bbbb') },
      { kind: 'added', path: '/VoiceProfileDomain/ServerSideEncryptionConfiguration', replayed: { KmsKeyArn: kms } },
      { kind: 'value', path: '/VoiceProfileDomain', recorded: null, replayed: { Name: 'support', VoiceProfileDomainArn: domainArn('cccc') } },
    ]);
    expect(lines).toEqual([
      '1  voice.GetVoiceProfileDomain                 different  value /VoiceProfileDomain/VoiceProfileDomainArn "***" → "***"; member added /VoiceProfileDomain/ServerSideEncryptionConfiguration; value /VoiceProfileDomain null → {"Name":"support","VoiceProfileDomainArn":"***"}',
    ]);
    expect(JSON.parse(json)).toMatchObject({
      differences: [
        { path: '/VoiceProfileDomain/VoiceProfileDomainArn', recorded: '***', replayed: '***' },
        { path: '/VoiceProfileDomain/ServerSideEncryptionConfiguration', replayed: { KmsKeyArn: '***' } },
        { path: '/VoiceProfileDomain', recorded: null, replayed: { Name: 'support', VoiceProfileDomainArn: '***' } },
      ],
    });
    expect(`${lines.join('\n')}\n${json}`).not.toMatch(/arn:/);
  });

  it('masks the names secret everywhere at any depth, and every sensitive name where no operation is known', () => {
    const deep = { Items: [{ Nested: { ClientRequestToken: 'token-of-the-account', KmsKeyArn: kms, Name: 'kept' } }] };
    expect(JSON.parse(shown('voice.ListVoiceProfileDomains', [{ kind: 'missing', path: '/Extra', recorded: deep }]).json)).toMatchObject({
      differences: [{ recorded: { Items: [{ Nested: { ClientRequestToken: '***', KmsKeyArn: '***', Name: 'kept' } }] } }],
    });
    const tags = { Tags: [{ Key: 'team', Value: 'billing' }], VoiceProfileArn: 'arn:aws:chime:us-east-1:444455556666:voice-profile/p' };
    expect(JSON.parse(shown('GET /nothing', [{ kind: 'added', path: '/Found', replayed: tags }]).json)).toMatchObject({
      differences: [{ replayed: { Tags: [{ Key: '***', Value: '***' }], VoiceProfileArn: '***' } }],
    });
  });

  it('leaves statuses, error types and byte counts as they are', () => {
    const { lines } = shown('voice.GetVoiceProfileDomain', [
      { kind: 'status', path: '', recorded: 200, replayed: 404 },
      { kind: 'error-type', path: '', recorded: undefined, replayed: 'NotFoundException' },
      { kind: 'value', path: '', recorded: 12, replayed: 15, bytes: { at: 3 } },
    ]);
    expect(lines).toEqual(['1  voice.GetVoiceProfileDomain                 different  status 200 → 404; error type none → NotFoundException; body bytes differ at byte 3 (12 → 15 bytes)']);
  });
});
