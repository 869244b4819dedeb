import { describe, expect, it } from 'vitest';
import { contractAjv } from '../../generators/generateValidators.js';
import { catalog, getOperation, operations } from '../../src/index.js';
import { bindingFacts } from './bindingFacts.js';

const labelsIn = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');

describe('the 22 operation schemas', () => {
  it('are exactly the operations CONTEXT.md lists', () => {
    expect([...operations].sort()).toEqual(Object.keys(bindingFacts).sort());
  });

  it.each(catalog.map((op) => [op.id, op] as const))('%s compiles under ajv strict mode with unicode regexes', (_, op) => {
    const ajv = contractAjv();
    ajv.addSchema(op.document);
    expect(ajv.getSchema(`${op.document.$id}${op.requestRef}`)).toBeTypeOf('function');
    if (op.responseRef) expect(ajv.getSchema(`${op.document.$id}${op.responseRef}`)).toBeTypeOf('function');
  });

  it('would not compile with the model patterns that overrides replace', () => {
    const ajv = contractAjv();
    for (const pattern of ['^[-_a-zA-Z0-9]*${2,64}$', '^arn[\\/\\:\\-\\_\\.a-zA-Z0-9]+$']) {
      expect(() => ajv.compile({ type: 'string', pattern }), pattern).toThrow(/Invalid regular expression/);
    }
  });

  it.each(Object.entries(bindingFacts))('%s has the documented method, path, literal query and status', (id, facts) => {
    const { http } = getOperation(id);
    expect([http.method, http.path, new URLSearchParams(http.query).toString(), http.status]).toEqual([...facts]);
  });

  it.each(catalog.map((op) => [op.id, op] as const))('%s binds every path label to exactly one input member', (_, op) => {
    const labels = op.bindings.filter((b) => b.in === 'label').map((b) => b.name);
    expect(labels.sort()).toEqual(labelsIn(op.http.path).sort());
  });

  it('binds the Voice query members under their wire names', () => {
    const query = (id: string) =>
      getOperation(id)
        .bindings.filter((b) => b.in === 'query')
        .map((b) => [b.member, b.name]);
    expect(query('voice.GetVoiceToneAnalysisTask')).toEqual([['IsCaller', 'isCaller']]);
    expect(query('voice.ListVoiceProfiles')).toEqual([
      ['VoiceProfileDomainId', 'voice-profile-domain-id'],
      ['NextToken', 'next-token'],
      ['MaxResults', 'max-results'],
    ]);
  });

  it("marks the model's sensitive members", () => {
    expect(getOperation('media-pipelines.StartSpeakerSearchTask').sensitive.request).toEqual(['/VoiceProfileDomainArn', '/ClientRequestToken']);
    expect(getOperation('voice.GetVoiceProfileDomain').sensitive.response).toEqual(['/VoiceProfileDomain/VoiceProfileDomainArn', '/VoiceProfileDomain/ServerSideEncryptionConfiguration/KmsKeyArn']);
  });

  it('lists every error with the status CONTEXT.md gives', () => {
    const statuses: Record<string, number> = {
      BadRequestException: 400,
      UnauthorizedClientException: 401,
      ForbiddenException: 403,
      AccessDeniedException: 403,
      NotFoundException: 404,
      ConflictException: 409,
      GoneException: 410,
      UnprocessableEntityException: 422,
      ThrottledClientException: 429,
      ResourceLimitExceededException: 400,
      ServiceFailureException: 500,
      ServiceUnavailableException: 503,
    };
    for (const op of catalog) {
      expect(op.errors.length, op.id).toBeGreaterThan(0);
      for (const e of op.errors) expect([op.id, e.type, e.status]).toEqual([op.id, e.type, statuses[e.type]]);
    }
  });
});
