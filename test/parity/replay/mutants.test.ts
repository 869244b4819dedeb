import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { startServer } from '../../../src/emulator/http/startServer.js';
import { mutants } from '../../mutants/mutants.js';
import { fakeIo } from '../../support/fakeIo.js';
import { repoRoot } from '../../support/paths.js';

const fixture = readFileSync(join(repoRoot, 'test/fixtures/parity/voice-analytics.har'), 'utf8');

/** The rows of the parity table that differ, and the summary: what a user reads of a replay against a mutant. */
async function replayAgainst(name: string): Promise<{ code: number; differing: string[] }> {
  const mutant = mutants.find((m) => m.name === name);
  if (!mutant) throw new Error(`no mutant ${name}`);
  const server = await startServer({ clock: 'manual', ...mutant.options });
  try {
    const { io, out } = fakeIo('', { 'recording.har': fixture });
    const code = await runCli(['replay', 'recording.har', '--endpoint', server.url], io);
    return { code, differing: out.slice(2).filter((l) => !/ same$/.test(l)) };
  } finally {
    await server.close();
  }
}

describe('replay of the checked-in recording against mutants: each deviation found and named', () => {
  it('ok-200-not-201: every Start and Create row differs by its status', async () => {
    expect(await replayAgainst('ok-200-not-201')).toEqual({
      code: 1,
      differing: [
        ' 1  voice.CreateVoiceProfileDomain              different  status 201 → 200',
        ' 4  voice.StartSpeakerSearchTask                different  status 201 → 200',
        ' 7  voice.CreateVoiceProfile                    different  status 201 → 200',
        '10  voice.StartVoiceToneAnalysisTask            different  status 201 → 200',
        '13  media-pipelines.StartSpeakerSearchTask      different  status 201 → 200',
        '14  media-pipelines.StartVoiceToneAnalysisTask  different  status 201 → 200',
        '23 exchanges: 17 same, 6 different, 0 accepted',
      ],
    });
  });

  it('unknown-task-is-400: the read of a domain that is not there differs by status and error type', async () => {
    expect(await replayAgainst('unknown-task-is-400')).toEqual({
      code: 1,
      differing: ['19  voice.GetVoiceProfileDomain                 different  status 404 → 400; error type NotFoundException → BadRequestException', '23 exchanges: 22 same, 1 different, 0 accepted'],
    });
  });

  it('voice-statuses-from-media-pipelines: each Voice task status differs by value, named by its member', async () => {
    expect(await replayAgainst('voice-statuses-from-media-pipelines')).toEqual({
      code: 1,
      differing: [
        ' 4  voice.StartSpeakerSearchTask                different  value /SpeakerSearchTask/SpeakerSearchTaskStatus "IN_QUEUE" → "NotStarted"',
        ' 5  voice.GetSpeakerSearchTask                  different  value /SpeakerSearchTask/SpeakerSearchTaskStatus "SUCCEEDED" → "Stopped"',
        ' 6  voice.GetSpeakerSearchTask                  different  value /SpeakerSearchTask/SpeakerSearchTaskStatus "SUCCEEDED" → "Stopped"',
        '10  voice.StartVoiceToneAnalysisTask            different  value /VoiceToneAnalysisTask/VoiceToneAnalysisTaskStatus "IN_QUEUE" → "NotStarted"',
        '11  voice.GetVoiceToneAnalysisTask              different  value /VoiceToneAnalysisTask/VoiceToneAnalysisTaskStatus "IN_PROGRESS" → "InProgress"',
        '23 exchanges: 18 same, 5 different, 0 accepted',
      ],
    });
  });

  it('call-details-of-another-call: the tasks of the recorded call name another one', async () => {
    const { code, differing } = await replayAgainst('call-details-of-another-call');
    expect(code).toBe(1);
    expect(differing[0]).toBe(' 4  voice.StartSpeakerSearchTask                different  value /SpeakerSearchTask/CallDetails/TransactionId "a1b2c3d4-0000-1111-2222-333344445555" → "another-call"');
    expect(differing.at(-1)).toBe('23 exchanges: 18 same, 5 different, 0 accepted');
  });
});
