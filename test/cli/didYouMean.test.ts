import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/cli/didYouMean.js';
import { runCli } from '../../src/cli/runCli.js';
import { operations } from '../../src/contract/catalog.js';
import { checks } from '../../src/verify/checks/index.js';
import { fakeIo } from '../support/fakeIo.js';

const bare = 'unknown operation StartSpeakerSearchTask; did you mean voice.StartSpeakerSearchTask or media-pipelines.StartSpeakerSearchTask?';

describe('did you mean', () => {
  it('a bare operation name gets every service that has it; a typo the nearest id; a name like nothing, nothing', () => {
    expect(didYouMean('StartSpeakerSearchTask', operations)).toBe('did you mean voice.StartSpeakerSearchTask or media-pipelines.StartSpeakerSearchTask?');
    expect(didYouMean('voice.StartSpeakerSerchTask', operations)).toBe('did you mean voice.StartSpeakerSearchTask?');
    expect(didYouMean('VOICE.getvoiceprofile', operations)).toBe('did you mean voice.GetVoiceProfile?');
    expect(didYouMean('voice.Nope', operations)).toBe('');
    expect(
      didYouMean(
        'idempotncy',
        checks.map((c) => c.name),
      ),
    ).toBe('did you mean idempotency?');
    expect(
      didYouMean(
        'x',
        checks.map((c) => c.name),
      ),
    ).toBe('');
  });

  // Every place a user types an operation id or a check name, as the one line they read.
  it.each([
    [['validate', 'StartSpeakerSearchTask', '-'], `chime-conformance validate: ${bare} Hint: run chime-conformance operations for the ids.`],
    [
      ['validate', 'voice.StartSpeakerSerchTask', '-'],
      'chime-conformance validate: unknown operation voice.StartSpeakerSerchTask; did you mean voice.StartSpeakerSearchTask? Hint: run chime-conformance operations for the ids.',
    ],
    [['verify', '--ops', 'StartSpeakerSearchTask'], /--ops names unknown ops: StartSpeakerSearchTask; did you mean voice\.StartSpeakerSearchTask or media-pipelines\.StartSpeakerSearchTask\? Hint/],
    [['verify', '--ops', 'voice.GetVoiceProfil,voice.Nope'], /--ops names unknown ops: voice\.GetVoiceProfil \(did you mean voice\.GetVoiceProfile\?\), voice\.Nope\. Hint/],
    [['verify', '--checks', 'not_fund'], /--checks names unknown checks: not_fund; did you mean not_found\? Hint/],
    [['verify', '--replay', 'notfound/voice.GetVoiceProfile/1/'], /--replay \S+ names an unknown check notfound; did you mean not_found\? Hint/],
    [['verify', '--replay', 'not_found/GetVoiceProfile/1/'], /--replay \S+ names an unknown operation GetVoiceProfile; did you mean voice\.GetVoiceProfile\? Hint/],
    [
      ['serve', '--faults', 'ops=StartSpeakerSearchTask'],
      /--faults ops names unknown operations: StartSpeakerSearchTask; did you mean voice\.StartSpeakerSearchTask or media-pipelines\.StartSpeakerSearchTask\? Hint/,
    ],
    [['verfy'], 'chime-conformance: unknown command "verfy"; did you mean verify? Run chime-conformance --help for the list.'],
  ])('%j', async (argv, line) => {
    const { io, err } = fakeIo('{}');
    expect(await runCli(argv, io)).toBe(2);
    expect(err).toHaveLength(1);
    if (typeof line === 'string') expect(err[0]).toBe(line);
    else expect(err[0]).toMatch(line);
  });
});
