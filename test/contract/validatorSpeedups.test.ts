import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import ajvUcs2length from 'ajv/dist/runtime/ucs2length.js';
import { default as ownUcs2length } from '../../src/contract/ucs2length.js';
import { validateRequest } from '../../src/index.js';
import { repoRoot } from '../support/paths.js';

// Node hands over module.exports, Vite its default member: take the function either way.
const ajvLength = ((ajvUcs2length as unknown as { default?: (s: string) => number }).default ?? ajvUcs2length) as (s: string) => number;

/** Any UTF-16 text, lone surrogates included: what ajv's helper counts and ours must count the same. */
const utf16 = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('😀', '\ud800', '\udc00', 'a'),
  ),
});

describe('validator speed-ups keep the same results', () => {
  test.prop([utf16], { numRuns: 2000 })('ucs2length counts code points exactly as ajv does', (s) => {
    expect(ownUcs2length(s)).toBe(ajvLength(s));
  });

  // The model writes NonEmptyString as .*\S.* (quadratic on a long blank string); the generated validators test \S.
  // Our validator (not the regex engine) is held to the model's own pattern, read from the schema: one that
  // judged a string otherwise (a pattern anchored, a kind of blank missed) fails here.
  const modelPattern = new RegExp(JSON.parse(readFileSync(resolve(repoRoot, 'schemas/media-pipelines/GetSpeakerSearchTask.json'), 'utf8')).$defs.NonEmptyString.pattern as string, 'u');
  const guid = '00000000-0000-4000-8000-000000000000';
  test.prop([fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', 'x', 'é', '\ufeff'), maxLength: 40 })], { numRuns: 2000 })(
    'validateRequest refuses a NonEmptyString exactly where the model pattern .*\\S.* does not match',
    (s) => {
      const issues = validateRequest('media-pipelines.GetSpeakerSearchTask', { Identifier: s, SpeakerSearchTaskId: guid }).issues;
      const refused = issues.some((i) => i.path === '/Identifier' && i.rule === 'pattern');
      expect(refused).toBe(!modelPattern.test(s));
    },
  );

  it('the validators ship without the quadratic spelling of the pattern', () => {
    const code = readFileSync(resolve(repoRoot, 'src/generated/validators.ts'), 'utf8');
    expect(code).not.toContain('new RegExp(".*\\\\S.*", "u")');
    expect(code).toContain('new RegExp("\\\\S", "u")');
  });

  it('reports an overlong list alone: validating every item of it is quadratic (a 500 KB Tags list took minutes)', async () => {
    const { validateRequest } = await import('../../src/index.js');
    const huge = { Name: 'n', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:x' }, Tags: Array.from({ length: 250_000 }, () => 1) };
    expect(validateRequest('voice.CreateVoiceProfileDomain', huge).issues.map(({ rule, path }) => ({ rule, path }))).toEqual([{ rule: 'maxItems', path: '/Tags' }]);
  });
});
