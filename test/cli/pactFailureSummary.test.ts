import { describe, expect, it } from 'vitest';
import { pactFailureSummary } from '../../src/cli/commands/pactFailureSummary.js';

const report = (mismatch: unknown) => JSON.stringify({ errors: [{ interaction: 'voice.GetVoiceProfileDomain', mismatch }], interactionResults: [{}, {}], output: ['\u001b[31mfull\u001b[0m report'] });

describe('pactFailureSummary', () => {
  it('names the reason of a wrong status, header or body, from its list of mismatches', () => {
    const lines = pactFailureSummary(
      report({
        type: 'mismatches',
        mismatches: [
          { type: 'StatusMismatch', mismatch: 'expected 299 but was 200' },
          { type: 'BodyMismatch', mismatch: "$.Name: expected 'a'" },
        ],
      }),
      false,
    );
    expect(lines).toEqual([
      'pact verify: FAILED: 1 of 2 interaction(s) did not match',
      "  - voice.GetVoiceProfileDomain: expected 299 but was 200; $.Name: expected 'a'",
      "Hint: --verbose prints Pact's full report.",
    ]);
  });

  it('names the reason of a setup error, and with --verbose adds the report without terminal codes', () => {
    const lines = pactFailureSummary(report({ type: 'error', message: 'One or more of the setup state change handlers has failed' }), true);
    expect(lines.slice(0, 2)).toEqual(['pact verify: FAILED: 1 of 2 interaction(s) did not match', '  - voice.GetVoiceProfileDomain: One or more of the setup state change handlers has failed']);
    expect(lines.at(-1)).toBe('full report');
  });

  it('keeps the first line of a message that is not Pact JSON', () => {
    expect(pactFailureSummary('connection refused\nat …', false)).toEqual(['pact verify: FAILED: connection refused']);
  });
});
