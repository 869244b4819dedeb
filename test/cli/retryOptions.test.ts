import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { parseVerifyOptions } from '../../src/cli/commands/verifyOptions.js';

const names = { operations: ['voice.GetVoiceProfileDomain'], checks: ['positive_acceptance'] };
const parse = (v: Record<string, string>) => parseVerifyOptions(v, names);

function refusal(v: Record<string, string>): { message: string; hint: string } {
  try {
    parse(v);
  } catch (e) {
    if (e instanceof UsageError) return { message: e.message, hint: e.hint };
    throw e;
  }
  throw new Error('no usage error');
}

describe('verify --max-attempts and --rate', () => {
  it('default to the AWS SDK’s 3 attempts and no cap', () => {
    const o = parse({});
    expect(o.maxAttempts).toBe(3);
    expect(o.rate).toBeUndefined();
    expect(parse({ 'max-attempts': '1', rate: '0.5' })).toMatchObject({ maxAttempts: 1, rate: 0.5 });
    expect(parse({ 'max-attempts': '10', rate: '25' })).toMatchObject({ maxAttempts: 10, rate: 25 });
  });

  it.each(['0', '-1', '2.5', 'three', ''])('refuses --max-attempts %j with a usage error and a hint', (text) => {
    expect(refusal({ 'max-attempts': text })).toEqual({
      message: `--max-attempts ${text} is not a positive whole number`,
      hint: "e.g. --max-attempts 3 (the AWS SDK's default; 1 retries nothing)",
    });
  });

  it.each(['0', '-2', 'fast', '', ' ', 'Infinity', 'NaN'])('refuses --rate %j with a usage error and a hint', (text) => {
    expect(refusal({ rate: text })).toEqual({ message: `--rate ${text} is not a positive number of requests per second`, hint: 'e.g. --rate 10, or leave it out for no cap' });
  });
});
