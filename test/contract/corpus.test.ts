/**
 * The corpus from the documents: data under test/corpus/ (format in test/corpus/README.md), one file per
 * operation, each with valid examples and invalid cases that name exactly the issues the contract must
 * report. Coverage duties (every operation, every required member, every enum, every sensitive member)
 * are derived from the schema files, so a schema change without corpus cases fails here.
 */
import { describe, expect, it } from 'vitest';
import { operations, redacted, validateRequest, validateResponse, type Issue, type ValidationResult } from '../../src/index.js';
import { loadCorpus, type CorpusCase, type Side } from '../support/corpus.js';
import { dottedName, pointerMatches, segmentsOf } from '../support/pointer.js';
import { readSchemaFacts, type ShapeFacts } from '../support/schemaFacts.js';

const corpus = loadCorpus();
const facts = new Map(readSchemaFacts().map((f) => [f.id, f]));

function factsOf(operation: string, side: Side): ShapeFacts | undefined {
  const f = facts.get(operation);
  if (!f) throw new Error(`no schema file for ${operation}`);
  return side === 'request' ? f.request : f.response;
}

const validate = (c: Pick<CorpusCase, 'operation' | 'side' | 'value'>): ValidationResult => (c.side === 'request' ? validateRequest(c.operation, c.value) : validateResponse(c.operation, c.value));

const key = (i: Pick<Issue, 'rule' | 'path'>): string => `${i.rule} ${i.path === '' ? '(root)' : i.path}`;
const keys = (issues: readonly Pick<Issue, 'rule' | 'path'>[]): string[] => issues.map(key).sort();

/** A member's pointer with list indices dropped: `/Tags/3/Key` and the pattern `/Tags/*\/Key` both give `/Tags/Key`. */
const memberPath = (pointer: string): string =>
  segmentsOf(pointer)
    .filter((s) => s !== '*' && !/^\d+$/.test(s))
    .map((s) => `/${s}`)
    .join('');

/**
 * The strings of `value`, split into those at a sensitive member and the rest. A sensitive member counts
 * wherever lists occur, even under a parent of the wrong type (a key inside a list given where an object
 * belongs is still a key).
 */
function stringsOf(value: unknown, sensitive: readonly string[], at = '', out = { secret: [] as string[], plain: [] as string[] }) {
  if (typeof value === 'string') {
    const wanted = sensitive.some((p) => memberPath(p) === memberPath(at));
    (wanted ? out.secret : out.plain).push(value);
  } else if (typeof value === 'object' && value !== null) {
    const entries = Array.isArray(value) ? value.map((v: unknown, i) => [String(i), v] as const) : Object.entries(value);
    for (const [k, v] of entries) stringsOf(v, sensitive, `${at}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
  }
  return out;
}

const sliceLength = 16;

/**
 * What a message must not contain: each sensitive value (quoted as JSON when short) and, for long values,
 * every 16-character slice of it, so a value shown cut short ("arn:aws:kms:…56ef...") is caught too. Slices
 * that also occur in a non-sensitive string of the same case (a shared "arn:aws:chime:us-east-1:" prefix)
 * prove nothing and are left out.
 */
function secretFragments(value: unknown, sensitive: readonly string[]): string[] {
  const { secret, plain } = stringsOf(value, sensitive);
  const fragments = new Set<string>();
  for (const s of secret) {
    if (s === '') continue;
    fragments.add(JSON.stringify(s));
    if (s.length >= 6 && s.length <= sliceLength) fragments.add(s);
    for (let i = 0; s.length > sliceLength && i + sliceLength <= s.length; i++) fragments.add(s.slice(i, i + sliceLength));
  }
  return [...fragments].filter((f) => !plain.some((p) => p.includes(f) || JSON.stringify(p).includes(f)));
}

function checkIssues(c: CorpusCase): void {
  const result = validate(c);
  expect(result.valid, 'valid flag').toBe(false);
  expect(keys(result.issues), `issues of "${c.name}" (${c.file})`).toEqual(keys(c.expect));
}

function checkMessages(c: CorpusCase): void {
  const result = validate(c);
  const sensitive = factsOf(c.operation, c.side)?.sensitive ?? [];
  const secrets = secretFragments(c.value, sensitive);
  expect(result.issues.length, 'the case produces issues').toBeGreaterThan(0);
  for (const issue of result.issues) {
    const where = `${key(issue)}: ${issue.message}`;
    if (issue.path === '') {
      const op = c.operation.split('.')[1] ?? c.operation;
      expect(issue.message.includes(`the ${c.side}`) || issue.message.includes(op), `${where} names the ${c.side} or the operation`).toBe(true);
    } else {
      expect(issue.message, `${where} names the member`).toContain(dottedName(issue.path));
    }
    if (issue.rule !== 'required' && sensitive.some((p) => pointerMatches(issue.path, p))) {
      expect(issue.message, `${where} redacts the sensitive value`).toContain(redacted);
    }
    for (const secret of secrets) expect(issue.message, `${where} must not show a sensitive value`).not.toContain(secret);
  }
}

describe('corpus coverage (derived from the schema files)', () => {
  const byOperation = new Map(corpus.map((o) => [o.operation, o]));
  const allCases = corpus.flatMap((o) => o.cases);
  const invalidOn = (operation: string, side: Side) => allCases.filter((c) => c.operation === operation && c.side === side && c.kind === 'invalid');

  it('has exactly one file per operation of the contract (22: 6 Media Pipelines, 16 Voice)', () => {
    expect(operations).toHaveLength(22);
    expect(corpus.map((o) => o.operation).sort()).toEqual([...operations].sort());
    expect([...facts.keys()].sort()).toEqual([...operations].sort());
  });

  it.each([...operations])('%s: has valid requests, and valid responses exactly when the operation answers with a body', (id) => {
    const o = byOperation.get(id);
    const f = facts.get(id);
    expect(o && f, `corpus file and schema for ${id}`).toBeTruthy();
    if (!o || !f) return;
    expect(o.cases.some((c) => c.side === 'request' && c.kind === 'valid')).toBe(true);
    expect(o.noResponseBody, `${id}: "noBody" in the corpus must match the schema's output`).toBe(f.response === undefined);
    if (f.response) expect(o.cases.some((c) => c.side === 'response' && c.kind === 'valid')).toBe(true);
    expect(o.cases.some((c) => c.side === 'request' && c.kind === 'invalid')).toBe(true);
  });

  const duties = [...facts.values()].flatMap((f) =>
    (['request', 'response'] as const).flatMap((side) => {
      const shape = side === 'request' ? f.request : f.response;
      return shape ? [{ id: f.id, side, shape }] : [];
    }),
  );

  it.each(duties.flatMap((d) => d.shape.required.map((p) => [d.id, d.side, p] as const)))('%s %s: required member %s has a "missing" case with exactly that issue', (id, side, pointer) => {
    const found = invalidOn(id, side).filter((c) => c.expect.length === 1 && c.expect[0]?.rule === 'required' && pointerMatches(c.expect[0].path, pointer));
    expect(
      found.map((c) => c.name),
      `a case of ${id} ${side} whose only expected issue is required at ${pointer}`,
    ).not.toEqual([]);
  });

  it.each(duties.flatMap((d) => d.shape.enums.map((p) => [d.id, d.side, p] as const)))('%s %s: enum member %s has a wrong-value case', (id, side, pointer) => {
    const found = invalidOn(id, side).filter((c) => c.expect.some((e) => e.rule === 'enum' && pointerMatches(e.path, pointer)));
    expect(
      found.map((c) => c.name),
      `a case of ${id} ${side} expecting an enum issue at ${pointer}`,
    ).not.toEqual([]);
  });

  it.each(duties.flatMap((d) => d.shape.sensitive.map((p) => [d.id, d.side, p] as const)))(
    '%s %s: sensitive member %s has a case with an invalid value (its message must redact it)',
    (id, side, pointer) => {
      const found = invalidOn(id, side).filter((c) => c.expect.some((e) => e.rule !== 'required' && pointerMatches(e.path, pointer)));
      expect(
        found.map((c) => c.name),
        `a case of ${id} ${side} with a present but invalid value at ${pointer}`,
      ).not.toEqual([]);
    },
  );

  it('knows the sensitive members the documents and model name', () => {
    expect(factsOf('media-pipelines.StartSpeakerSearchTask', 'request')?.sensitive).toContain('/VoiceProfileDomainArn');
    expect(factsOf('voice.CreateVoiceProfileDomain', 'request')?.sensitive).toEqual(expect.arrayContaining(['/ServerSideEncryptionConfiguration/KmsKeyArn', '/Tags/*/Key', '/Tags/*/Value']));
  });
});

for (const o of corpus) {
  describe(o.operation, () => {
    for (const side of ['request', 'response'] as const) {
      const cases = o.cases.filter((c) => c.side === side);
      describe(side, () => {
        if (side === 'response' && o.noResponseBody) {
          it('valid: no body (204)', () => {
            expect(validateResponse(o.operation, undefined)).toEqual({ valid: true, issues: [] });
          });
        }
        for (const c of cases) {
          if (c.kind === 'valid') {
            it(`valid: ${c.name}`, () => {
              expect(validate(c), `${c.file} "${c.name}"`).toEqual({ valid: true, issues: [] });
            });
            continue;
          }
          // A known wrong verdict ("issues") also spoils the message check; a known leak ("messages") only that one.
          const fails = (check: 'issues' | 'messages') => c.knownIssue !== undefined && (c.knownIssue.fails === 'issues' || check === 'messages');
          const known = (check: 'issues' | 'messages') => (fails(check) ? ` [known issue: ${c.knownIssue?.note ?? ''}]` : '');
          const run = (check: 'issues' | 'messages') => (fails(check) ? it.fails : it);
          run('issues')(`${c.name}: exactly ${keys(c.expect).join(', ')}${known('issues')}`, () => checkIssues(c));
          run('messages')(`${c.name}: messages name the member and hide sensitive values${known('messages')}`, () => checkMessages(c));
        }
      });
    }
  });
}
