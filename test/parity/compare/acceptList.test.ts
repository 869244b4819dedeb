import { describe, expect, it } from 'vitest';
import { acceptance } from '../../../src/parity/compare/acceptance.js';
import { readAcceptList } from '../../../src/parity/compare/acceptList.js';
import { judgeRow } from '../../../src/parity/compare/judgeRow.js';
import type { Difference } from '../../../src/parity/compare/difference.js';

const file = JSON.stringify({
  accept: [
    { operation: 'voice.GetSpeakerSearchTask', path: '/SpeakerSearchTask/CallDetails', kind: 'missing', reason: 'the service leaves CallDetails out before the call is matched' },
    { operation: 'voice.*', kind: 'status', reason: 'our emulator answers 404 to unknown IDs in any case' },
    { path: '/VoiceProfileDomains/*/Description', kind: 'added' },
    { operation: 'media-pipelines.GetSpeakerSearchTask', kind: 'error-type', reason: 'never seen' },
  ],
});
const missing: Difference = { kind: 'missing', path: '/SpeakerSearchTask/CallDetails/IsCaller' };
const added: Difference = { kind: 'added', path: '/VoiceProfileDomains/3/Description' };
const value: Difference = { kind: 'value', path: '/SpeakerSearchTask/SpeakerSearchTaskStatus', recorded: 'IN_PROGRESS', replayed: 'SUCCEEDED' };
const status: Difference = { kind: 'status', path: '', recorded: 200, replayed: 404 };

describe('the accept list', () => {
  it('accepts what an entry with a reason names (below its path too, * for a segment), and nothing else', () => {
    const accept = acceptance(readAcceptList(file));
    const row = judgeRow({ index: 3, operation: 'voice.GetSpeakerSearchTask', differences: [missing, value], notes: [] }, accept);
    expect(row.parity).toBe('different');
    expect(row.differences.map((d) => [d.text, d.accepted])).toEqual([
      ['member missing /SpeakerSearchTask/CallDetails/IsCaller', 'the service leaves CallDetails out before the call is matched'],
      ['value /SpeakerSearchTask/SpeakerSearchTaskStatus "IN_PROGRESS" → "SUCCEEDED"', undefined],
    ]);
    expect(judgeRow({ index: 4, operation: 'voice.GetVoiceProfile', differences: [status], notes: [] }, accept).parity).toBe('accepted');
    expect(judgeRow({ index: 5, operation: 'media-pipelines.GetVoiceProfile', differences: [status], notes: [] }, accept).parity).toBe('different');
    expect(judgeRow({ index: 6, operation: 'voice.ListVoiceProfileDomains', differences: [], notes: [] }, accept).parity).toBe('same');
  });

  it('accepts nothing by an entry without a reason, and names it; an entry that matched nothing is stale', () => {
    const accept = acceptance(readAcceptList(file));
    expect(judgeRow({ index: 1, operation: 'voice.ListVoiceProfileDomains', differences: [added], notes: [] }, accept).parity).toBe('different');
    expect(accept.reasonless.map((e) => e.number)).toEqual([3]);
    judgeRow({ index: 2, operation: 'voice.GetSpeakerSearchTask', differences: [missing], notes: [] }, accept);
    expect(accept.stale().map((e) => e.number)).toEqual([2, 4]);
  });

  it('refuses a file that is not an accept list, saying where', () => {
    const refused = (v: unknown) => () => readAcceptList(typeof v === 'string' ? v : JSON.stringify(v));
    expect(refused('{"accept":[')).toThrow(/^not JSON \(/);
    expect(refused({ skip: [] })).toThrow('has no "accept" list');
    expect(refused({ accept: ['x'] })).toThrow('accept[0] is not an object');
    expect(refused({ accept: [{ kind: 'missing', reason: 'r', why: 'w' }] })).toThrow('accept[0] has an unknown member "why" (known: operation, path, kind, reason)');
    expect(refused({ accept: [{ kind: 'missing' }, { kind: 'gone', reason: 'r' }] })).toThrow('accept[1].kind "gone" is not one of status, missing, added, value, error-type');
    expect(refused({ accept: [{ kind: 'value', path: 'Status', reason: 'r' }] })).toThrow('accept[0].path "Status" is not a JSON pointer (it starts with /)');
    expect(refused({ accept: [{ kind: 'value', operation: 3, reason: 'r' }] })).toThrow('accept[0].operation is not a string');
  });
});
