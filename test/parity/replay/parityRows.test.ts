import { afterEach, describe, expect, it } from 'vitest';
import { acceptance } from '../../../src/parity/compare/acceptance.js';
import { judgeRow } from '../../../src/parity/compare/judgeRow.js';
import { readAcceptList } from '../../../src/parity/compare/acceptList.js';
import { parityHead, parityLines, paritySummary } from '../../../src/parity/replay/parityTable.js';
import { replay } from '../../../src/parity/replay/replay.js';
import type { Exchange } from '../../../src/parity/exchange.js';
import { manualEmulator } from './emulators.js';
import { answered, op, recorder } from './recording.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((e) => e.close()))));

const kms = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
type Json = Record<string, Record<string, unknown>>;

/** A session recorded on the emulator, its answers then edited into what another implementation answered. */
async function crafted(): Promise<Exchange[]> {
  const upstream = await manualEmulator();
  open.push(upstream);
  const rec = recorder(upstream.target, (ms) => upstream.world.pass(ms));
  const domain = (await rec.send(op('voice.CreateVoiceProfileDomain', { Name: 'support', ServerSideEncryptionConfiguration: { KmsKeyArn: kms } }))) as Json;
  const domainId = domain['VoiceProfileDomain']?.['VoiceProfileDomainId'];
  await rec.send(op('voice.GetVoiceProfileDomain', { VoiceProfileDomainId: domainId }));
  const search = (await rec.send(op('voice.StartSpeakerSearchTask', { VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 'tx-1', VoiceProfileDomainId: domainId }))) as Json;
  await rec.wait(4000);
  await rec.send(op('voice.GetSpeakerSearchTask', { VoiceConnectorId: 'abcdef1234567890abcde', SpeakerSearchTaskId: search['SpeakerSearchTask']?.['SpeakerSearchTaskId'] }));
  await rec.send(op('voice.GetVoiceProfile', { VoiceProfileId: 'no-such-profile' }));
  await rec.send(op('voice.CreateVoiceProfileDomain', { Name: 5 }));
  await rec.send({ method: 'GET', target: '/nothing', headers: {}, body: undefined });
  await rec.send(op('voice.DeleteVoiceProfileDomain', { VoiceProfileDomainId: domainId }));
  const [create, get, start, getSearch, getProfile, invalid, unroutable, del] = rec.exchanges as [Exchange, Exchange, Exchange, Exchange, Exchange, Exchange, Exchange, Exchange];
  const within = (member: string, edit: (o: Record<string, unknown>) => Record<string, unknown>) => (j: Record<string, unknown>) => ({ ...j, [member]: edit(j[member] as Record<string, unknown>) });
  return [
    answered(create, { body: within('VoiceProfileDomain', (d) => ({ ...d, Extra: true })) }),
    answered(get, { body: within('VoiceProfileDomain', ({ UpdatedTimestamp: _, ...d }) => d) }),
    start,
    answered(getSearch, { body: within('SpeakerSearchTask', (t) => ({ ...t, SpeakerSearchTaskStatus: 'IN_PROGRESS' })) }),
    answered(getProfile, { status: 200, body: () => ({ VoiceProfile: { VoiceProfileId: 'no-such-profile' } }) }),
    answered(invalid, { errorType: 'ConflictException' }),
    answered(unroutable, { body: (j) => ({ ...j, Message: 'another wording altogether' }) }),
    del,
  ];
}

describe('the parity table', () => {
  it('says exactly how each crafted difference shows, and counts what the accept list takes', async () => {
    const recorded = await crafted();
    const target = await manualEmulator();
    open.push(target);
    const accept = acceptance(
      readAcceptList(
        JSON.stringify({ accept: [{ operation: 'voice.GetVoiceProfileDomain', path: '/VoiceProfileDomain/UpdatedTimestamp', kind: 'added', reason: 'the recording predates UpdatedTimestamp' }] }),
      ),
    );
    const rows = (await replay(recorded, { target: target.target, world: target.world })).map((r) => judgeRow(r, accept));
    expect([parityHead(rows.length), ...rows.flatMap((r) => parityLines(r, rows.length)), paritySummary(rows).line]).toEqual([
      '#  operation                                   parity     how',
      '1  voice.CreateVoiceProfileDomain              different  member missing /VoiceProfileDomain/Extra',
      '2  voice.GetVoiceProfileDomain                 accepted   member added /VoiceProfileDomain/UpdatedTimestamp (accepted: the recording predates UpdatedTimestamp)',
      '3  voice.StartSpeakerSearchTask                same',
      '4  voice.GetSpeakerSearchTask                  different  value /SpeakerSearchTask/SpeakerSearchTaskStatus "IN_PROGRESS" → "SUCCEEDED"',
      '5  voice.GetVoiceProfile                       different  status 200 → 404; error type none → NotFoundException',
      '6  voice.CreateVoiceProfileDomain              different  error type ConflictException → BadRequestException',
      '7  GET /nothing                                same',
      '8  voice.DeleteVoiceProfileDomain              same',
      '8 exchanges: 3 same, 4 different, 1 accepted',
    ]);
    expect(accept.stale()).toEqual([]);
  });
});
