import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from '../support/fakeIo.js';

const bogusCallLeg = JSON.stringify({ VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 't-1', VoiceProfileDomainId: 'd-1', CallLeg: 'Bogus' });

describe('chime-conformance validate', () => {
  it('exits 1 and names the rule, the member and the allowed values', async () => {
    const { io, out } = fakeIo(bogusCallLeg);
    expect(await runCli(['validate', 'voice.StartSpeakerSearchTask', '-'], io)).toBe(1);
    expect(out).toEqual([`enum      /CallLeg  Value "Bogus" at 'CallLeg' failed to satisfy constraint: Member must satisfy enum value set: [Caller, Callee]`]);
  });

  it('exits 0 on a conforming request read from a file', async () => {
    const { io, out } = fakeIo('', { 'req.json': bogusCallLeg.replace('Bogus', 'Callee') });
    expect(await runCli(['validate', 'voice.StartSpeakerSearchTask', 'req.json'], io)).toBe(0);
    expect(out).toEqual(['ok: request conforms to voice.StartSpeakerSearchTask']);
  });

  it('checks response bodies with --response, as JSON with --json', async () => {
    const { io, out } = fakeIo(JSON.stringify({ SpeakerSearchTask: { SpeakerSearchTaskId: 't-1', SpeakerSearchTaskStatus: 'InProgress', CallDetails: {} } }));
    expect(await runCli(['validate', 'voice.GetSpeakerSearchTask', '--response', '--json', '-'], io)).toBe(1);
    const result = JSON.parse(out.join('\n')) as { issues: { path: string; rule: string }[] };
    expect(result.issues.map(({ path, rule }) => ({ path, rule }))).toEqual([{ path: '/SpeakerSearchTask/SpeakerSearchTaskStatus', rule: 'enum' }]);
  });

  it.each([
    [['validate', 'voice.Nope', '-'], /unknown operation voice\.Nope\. Hint: run chime-conformance operations/],
    [['validate', 'voice.GetVoiceProfile'], /needs an operation id and a file/],
    [['validate', 'voice.GetVoiceProfile', 'missing.json'], /cannot read missing.json/],
    [['validate', 'voice.GetVoiceProfile', '--bogus', '-'], /Unknown option '--bogus'.*Hint: see chime-conformance validate --help/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j is a usage error: exit 2, one line, no stack', async (argv, message) => {
    const { io, err } = fakeIo('{');
    expect(await runCli(argv, io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toMatch(/\n\s+at /);
  });

  it('says where malformed JSON is', async () => {
    const { io, err } = fakeIo('{"a":');
    expect(await runCli(['validate', 'voice.GetVoiceProfile', '-'], io)).toBe(2);
    expect(err[0]).toMatch(/standard input is not JSON: .*Hint: check the JSON syntax/);
  });

  it('teaches: the overview lists every command, each command has its own help', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/operations .*\n.*validate /);
    const help = fakeIo();
    expect(await runCli(['validate', '--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toMatch(/Example:/);
  });

  it('lists the 22 operations with their binding', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['operations'], io)).toBe(0);
    expect(out).toHaveLength(22);
    expect(out).toContain(`${'media-pipelines.StopSpeakerSearchTask'.padEnd(44)} POST   /media-insights-pipelines/{identifier}/speaker-search-tasks/{speakerSearchTaskId}?operation=stop  → 204`);
  });
});
