/**
 * Loads the data corpus under test/corpus/ (format: test/corpus/README.md) and turns every case into the
 * concrete value to validate. The loader is strict: an unknown key, a base that does not exist, or a
 * mutation that changes nothing is an error, so a typo in the data cannot quietly weaken a case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules, type Rule } from '../../src/index.js';
import { deleteAt, segmentsOf, setAt } from './pointer.js';

export const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));

export type Side = 'request' | 'response';

export interface ExpectedIssue {
  readonly rule: Rule;
  readonly path: string;
}

/** A case the contract is known to answer wrongly today: the named check runs as `it.fails`. */
export interface KnownIssue {
  readonly fails: 'issues' | 'messages';
  readonly note: string;
}

export interface CorpusCase {
  readonly operation: string;
  readonly side: Side;
  readonly kind: 'valid' | 'invalid';
  readonly name: string;
  /** The request input or response body to validate. */
  readonly value: unknown;
  /** Exactly the (rule, path) pairs the contract must report; empty for valid cases. */
  readonly expect: readonly ExpectedIssue[];
  readonly note: string | undefined;
  readonly knownIssue: KnownIssue | undefined;
  /** Corpus file, relative to test/corpus/. */
  readonly file: string;
}

export interface CorpusOperation {
  readonly operation: string;
  readonly file: string;
  readonly sources: readonly string[];
  /** True when the operation answers 204 without a body. */
  readonly noResponseBody: boolean;
  readonly cases: readonly CorpusCase[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function expectKeys(where: string, value: unknown, allowed: readonly string[], required: readonly string[]): Json {
  if (!isObject(value)) throw new Error(`corpus: ${where} must be an object`);
  const unknown = Object.keys(value).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) throw new Error(`corpus: ${where} has unknown keys ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`);
  const missing = required.filter((k) => !Object.hasOwn(value, k));
  if (missing.length > 0) throw new Error(`corpus: ${where} lacks ${missing.join(', ')}`);
  return value;
}

const stringList = (where: string, v: unknown): string[] => {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw new Error(`corpus: ${where} must be a list of strings`);
  return v;
};

/**
 * Expands the two generators the data may use, so long values stay readable:
 * `{"$repeat": "7", "times": 129}` is the string "777…7" (129 characters);
 * `{"$list": <template>, "times": 51}` is a list of 51 copies of the template, with `{i}` in its strings
 * replaced by the index.
 */
export function expand(value: unknown, index?: number): unknown {
  if (typeof value === 'string') return index === undefined ? value : value.replaceAll('{i}', String(index));
  if (Array.isArray(value)) return value.map((v) => expand(v, index));
  if (!isObject(value)) return value;
  if (Object.hasOwn(value, '$repeat')) {
    const { $repeat, times } = expectKeys('a $repeat generator', value, ['$repeat', 'times'], ['$repeat', 'times']);
    if (typeof $repeat !== 'string' || typeof times !== 'number') throw new Error('corpus: $repeat takes a string and a number of times');
    return $repeat.repeat(times);
  }
  if (Object.hasOwn(value, '$list')) {
    const { $list, times } = expectKeys('a $list generator', value, ['$list', 'times'], ['$list', 'times']);
    if (typeof times !== 'number') throw new Error('corpus: $list takes a number of times');
    return Array.from({ length: times }, (_, i) => expand($list, i));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, index)]));
}

function parseExpected(where: string, v: unknown): ExpectedIssue[] {
  if (!Array.isArray(v) || v.length === 0) throw new Error(`corpus: ${where}.expect must be a non-empty list`);
  return v.map((e, i) => {
    const { rule, path } = expectKeys(`${where}.expect[${i}]`, e, ['rule', 'path'], ['rule', 'path']);
    if (typeof rule !== 'string' || !(rules as readonly string[]).includes(rule)) throw new Error(`corpus: ${where}.expect[${i}]: unknown rule ${String(rule)}`);
    if (typeof path !== 'string') throw new Error(`corpus: ${where}.expect[${i}].path must be a string`);
    segmentsOf(path);
    return { rule: rule as Rule, path };
  });
}

function parseKnownIssue(where: string, v: unknown): KnownIssue | undefined {
  if (v === undefined) return undefined;
  const { fails, note } = expectKeys(`${where}.knownIssue`, v, ['fails', 'note'], ['fails', 'note']);
  if ((fails !== 'issues' && fails !== 'messages') || typeof note !== 'string') {
    throw new Error(`corpus: ${where}.knownIssue needs fails: "issues" | "messages" and a note`);
  }
  return { fails, note };
}

interface RawCase {
  readonly name: string;
  readonly raw: Json;
}

/** Resolves one case: its spelled-out value, or its base (a valid example of the same side) mutated. */
function materialize(where: string, c: RawCase, valueKey: 'input' | 'output', valid: ReadonlyMap<string, RawCase>, seen: readonly string[] = []): unknown {
  const { raw } = c;
  const hasValue = Object.hasOwn(raw, valueKey);
  const hasBase = Object.hasOwn(raw, 'base');
  if (hasValue === hasBase) throw new Error(`corpus: ${where} must have exactly one of "${valueKey}" and "base"`);
  if (hasValue) {
    if (Object.hasOwn(raw, 'set') || Object.hasOwn(raw, 'delete')) throw new Error(`corpus: ${where}: set/delete only apply to a base`);
    return expand(raw[valueKey]);
  }
  const baseName = raw['base'];
  if (typeof baseName !== 'string') throw new Error(`corpus: ${where}.base must name a valid example`);
  const base = valid.get(baseName);
  if (!base) throw new Error(`corpus: ${where}: no valid example named "${baseName}" (have: ${[...valid.keys()].join(', ')})`);
  if (seen.includes(baseName)) throw new Error(`corpus: ${where}: base cycle through ${[...seen, baseName].join(' → ')}`);
  const value = structuredClone(materialize(`${where} → ${baseName}`, base, valueKey, valid, [...seen, baseName]));
  const deletes = raw['delete'] === undefined ? [] : stringList(`${where}.delete`, raw['delete']);
  const sets = raw['set'] === undefined ? {} : raw['set'];
  if (!isObject(sets)) throw new Error(`corpus: ${where}.set must map JSON pointers to values`);
  if (deletes.length === 0 && Object.keys(sets).length === 0 && Object.hasOwn(raw, 'expect')) {
    throw new Error(`corpus: ${where}: an invalid case built from a base needs a mutation`);
  }
  for (const pointer of deletes) deleteAt(value, pointer);
  for (const [pointer, v] of Object.entries(sets)) setAt(value, pointer, expand(v));
  return value;
}

const caseKeys = ['name', 'note', 'input', 'output', 'base', 'set', 'delete', 'expect', 'knownIssue'];

function parseSide(file: string, operation: string, side: Side, raw: unknown): { cases: CorpusCase[]; noBody: boolean } {
  const where = `${file} ${side}`;
  const valueKey = side === 'request' ? 'input' : 'output';
  const obj = expectKeys(where, raw, side === 'response' ? ['valid', 'invalid', 'noBody'] : ['valid', 'invalid'], ['invalid']);
  const noBody = obj['noBody'] === true;
  if (obj['noBody'] !== undefined && obj['noBody'] !== true) throw new Error(`corpus: ${where}.noBody can only be true`);
  if (noBody === Object.hasOwn(obj, 'valid')) throw new Error(`corpus: ${where} needs "valid" examples, or "noBody": true for a 204 operation`);
  const list = (key: 'valid' | 'invalid'): RawCase[] => {
    const v = obj[key] ?? [];
    if (!Array.isArray(v)) throw new Error(`corpus: ${where}.${key} must be a list`);
    return v.map((c, i) => {
      const r = expectKeys(`${where}.${key}[${i}]`, c, caseKeys, ['name']);
      if (typeof r['name'] !== 'string' || r['name'] === '') throw new Error(`corpus: ${where}.${key}[${i}].name must be a non-empty string`);
      const other = valueKey === 'input' ? 'output' : 'input';
      if (Object.hasOwn(r, other)) throw new Error(`corpus: ${where}.${key}[${i}]: a ${side} case spells its value as "${valueKey}", not "${other}"`);
      if (key === 'valid' && Object.hasOwn(r, 'expect')) throw new Error(`corpus: ${where}.valid[${i}]: valid examples expect no issues`);
      if (key === 'invalid' && !Object.hasOwn(r, 'expect')) throw new Error(`corpus: ${where}.invalid[${i}] needs "expect"`);
      return { name: r['name'], raw: r };
    });
  };
  const valid = list('valid');
  const invalid = list('invalid');
  const names = [...valid, ...invalid].map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`corpus: ${where}: two cases are named "${duplicate}"`);
  const byName = new Map(valid.map((c) => [c.name, c]));
  const toCase =
    (kind: 'valid' | 'invalid') =>
    (c: RawCase): CorpusCase => {
      const at = `${where} "${c.name}"`;
      const note = c.raw['note'];
      if (note !== undefined && typeof note !== 'string') throw new Error(`corpus: ${at}.note must be a string`);
      return {
        operation,
        side,
        kind,
        name: c.name,
        value: materialize(at, c, valueKey, byName),
        expect: kind === 'valid' ? [] : parseExpected(at, c.raw['expect']),
        note,
        knownIssue: parseKnownIssue(at, c.raw['knownIssue']),
        file,
      };
    };
  return { cases: [...valid.map(toCase('valid')), ...invalid.map(toCase('invalid'))], noBody };
}

/** The operation files; events/ holds the event corpus, which test/contract/events.test.ts reads. */
function jsonFiles(dir: string, top = true): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !(top && e.isDirectory() && e.name === 'events'))
    .flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name), false) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
}

/** Every operation file of the corpus, parsed and materialized. */
export function loadCorpus(dir = corpusDir): CorpusOperation[] {
  return jsonFiles(dir).map((path) => {
    const file = relative(dir, path);
    const raw = expectKeys(file, JSON.parse(readFileSync(path, 'utf8')) as unknown, ['$comment', 'operation', 'sources', 'request', 'response'], ['operation', 'sources', 'request', 'response']);
    const operation = raw['operation'];
    if (typeof operation !== 'string') throw new Error(`corpus: ${file}.operation must be an operation id`);
    const [service, name] = operation.split('.');
    if (file !== join(service ?? '', `${name ?? ''}.json`)) throw new Error(`corpus: ${file} holds ${operation}; it belongs in ${service}/${name}.json`);
    const request = parseSide(file, operation, 'request', raw['request']);
    if (request.noBody) throw new Error(`corpus: ${file}: noBody only applies to responses`);
    const response = parseSide(file, operation, 'response', raw['response']);
    return {
      operation,
      file,
      sources: stringList(`${file}.sources`, raw['sources']),
      noResponseBody: response.noBody,
      cases: [...request.cases, ...response.cases],
    };
  });
}
