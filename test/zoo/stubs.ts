import type { ServerOptions } from '../../src/emulator/http/startServer.js';
import { statelessEcho } from './statelessEcho.js';
import { empty, json, randomAnswer, stubServer } from './stubServer.js';

/** A check on which a stub is right, by that check's own assertion, and why: these cells may pass. */
export interface RightAt {
  readonly check: string;
  readonly ops?: (id: string) => boolean;
  readonly why: string;
}

/** A plainly wrong implementation of all 22 operations. Every applicable cell not in `rightAt` is one where it is wrong. */
export interface Stub {
  readonly name: string;
  readonly description: string;
  readonly options: ServerOptions;
  readonly rightAt: readonly RightAt[];
}

const statusOnlyChecks: RightAt[] = [
  { check: 'unknown_members_ignored', why: 'it answers the documented status whatever the body holds' },
  { check: 'no_server_error', why: 'it never answers 5xx' },
];

/** Random answers are schema-valid, and where nothing was asked or written that an answer could contradict, no single answer shows them wrong. */
const randomIsRightAt: RightAt[] = [
  { check: 'response_schema', why: 'every answer it makes is schema-valid' },
  {
    check: 'positive_acceptance',
    ops: (id) => id.startsWith('media-pipelines.Start') || id.startsWith('voice.List') || id === 'voice.CreateVoiceProfile',
    why: 'a Media Pipelines Start names no call or ID to contradict, a list of random items nothing to miss, a new profile only a speaker search: identity and read_your_writes see it',
  },
  {
    check: 'positive_acceptance',
    ops: (id) => /\.(Stop|Delete)/.test(id),
    why: 'a Stop or Delete answers 204 without a body, as documented, for the IDs its own random answers made',
  },
];

export const stubs: readonly Stub[] = [
  {
    name: 'empty-bodies',
    description: '(a) the documented status, body {} (none for 204), for every request',
    options: stubServer(({ op }) => (op.responseRef ? json(op.http.status, {}) : empty(op.http.status)), false),
    rightAt: statusOnlyChecks,
  },
  {
    name: 'random-valid',
    description: '(b) the documented status and a complete, schema-valid random answer, no request validation',
    options: stubServer(({ op }) => randomAnswer(op), false),
    rightAt: [...statusOnlyChecks, ...randomIsRightAt],
  },
  {
    name: 'schema-mock',
    description: '(c) request validation with correct error shapes, then a schema-valid random answer (a schema-driven mock)',
    options: stubServer(({ op }) => randomAnswer(op), true),
    rightAt: [
      ...statusOnlyChecks,
      ...randomIsRightAt,
      { check: 'negative_rejection', why: 'it validates every request against the contract' },
      { check: 'error_shape', why: 'its errors have the header, request ID and body the contract asks for' },
    ],
  },
  {
    name: 'stateless-echo',
    description: '(d) request validation, Get echoes the ID asked for with a constant status, Create/Start echo the input, lists are empty',
    options: stubServer(statelessEcho, true),
    rightAt: [
      ...statusOnlyChecks,
      { check: 'negative_rejection', why: 'it validates every request against the contract' },
      { check: 'error_shape', why: 'its errors have the header, request ID and body the contract asks for' },
      { check: 'response_schema', why: 'every answer it makes is schema-valid' },
      { check: 'positive_acceptance', why: 'valid requests get the documented status and an answer about what was asked' },
      { check: 'identity', ops: (id) => id.startsWith('media-pipelines.'), why: 'a Media Pipelines task names nothing but its ID, which it echoes' },
      {
        check: 'use_after_stop',
        ops: (id) => id === 'voice.StopSpeakerSearchTask',
        why: 'its searches read SUCCEEDED from the first Get, and no document says a Stop of a task that has ended must be refused (emulator semantics, "Stop of a finished task")',
      },
    ],
  },
];
