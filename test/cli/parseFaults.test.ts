import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { parseFaults } from '../../src/cli/commands/parseFaults.js';

/** The UsageError a spec raises, as message and hint: what the user reads. */
function refusal(spec: string): { message: string; hint: string } | undefined {
  try {
    parseFaults(spec);
    return undefined;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { message: e.message, hint: e.hint };
  }
}

describe('parseFaults', () => {
  it('reads every key', () => {
    expect(parseFaults('throttle=0.1,unavailable=0.05,latency=60000,ops=voice.GetVoiceProfile|voice.ListVoiceProfiles,seed=7')).toEqual({
      throttle: 0.1,
      unavailable: 0.05,
      latencyMs: 60_000,
      operations: ['voice.GetVoiceProfile', 'voice.ListVoiceProfiles'],
      seed: 7,
    });
  });

  it.each([
    ['latency=99999999999', '--faults latency=99999999999 is more than 60000 ms', 'write milliseconds up to 60000, e.g. latency=20'],
    ['latency=60001', '--faults latency=60001 is more than 60000 ms', 'write milliseconds up to 60000, e.g. latency=20'],
    ['latency=1e3', '--faults latency=1e3 is not a whole number', 'write e.g. latency=50'],
    ['latency=-1', '--faults latency=-1 is not a whole number', 'write e.g. latency=50'],
    ['throttle', '--faults throttle has no value', 'write e.g. throttle=0.1'],
    ['throttle=', '--faults throttle has no value', 'write e.g. throttle=0.1'],
    ['unavailable=', '--faults unavailable has no value', 'write e.g. unavailable=0.05'],
    ['latency', '--faults latency has no value', 'write e.g. latency=20'],
    ['seed=', '--faults seed has no value', 'write e.g. seed=7'],
    ['ops=', '--faults ops has no value', 'write e.g. ops=voice.StartSpeakerSearchTask'],
    ['ops=|', '--faults ops=| names no operation', 'write e.g. ops=voice.StartSpeakerSearchTask|voice.GetSpeakerSearchTask'],
    ['throttle=0.1=2', '--faults throttle=0.1=2 is not a rate between 0 and 1', 'write e.g. throttle=0.1'],
    ['throttle=0.1,', '--faults has an unknown key ""', 'use throttle, unavailable, latency, ops and seed'],
    ['toString=1', '--faults has an unknown key "toString"', 'use throttle, unavailable, latency, ops and seed'],
    ['throttle=0.6,unavailable=0.5', '--faults throttle + unavailable exceed 1', 'lower the rates'],
    [
      'ops=StartSpeakerSearchTask',
      '--faults ops names unknown operations: StartSpeakerSearchTask; did you mean voice.StartSpeakerSearchTask or media-pipelines.StartSpeakerSearchTask?',
      'see chime-conformance operations',
    ],
    ['ops=voice.GetVoiceProfil|voice.Nope', '--faults ops names unknown operations: voice.GetVoiceProfil (did you mean voice.GetVoiceProfile?), voice.Nope', 'see chime-conformance operations'],
  ])('%s is a usage error', (spec, message, hint) => {
    expect(refusal(spec)).toEqual({ message, hint });
  });
});
