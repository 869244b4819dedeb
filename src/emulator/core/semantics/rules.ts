/**
 * The rules the emulator follows where the API model's shapes say nothing, each named by its row of the
 * semantics table in docs/emulator.md (a test holds the two in step). A rule is `sourced` when a document, the
 * service model or a real consumer states it, and `our choice` when it is not: a refusal of our choice is made
 * only with `semantics: 'strict'`, for teams who want to test their handling of it.
 */
export interface Rule {
  /** The row's topic in the table, word for word. */
  readonly topic: string;
  readonly source: 'sourced' | 'our choice';
  /** An our-choice rule that refuses requests: only under strict semantics. */
  readonly refuses?: true;
}

export const rules = {
  mediaPipelinesLifecycle: { topic: 'Media Pipelines lifecycle', source: 'sourced' },
  voiceLifecycle: { topic: 'Voice lifecycle', source: 'sourced' },
  lifecycleTimings: { topic: 'Lifecycle timings', source: 'our choice' },
  timestamps: { topic: 'Timestamps', source: 'sourced' },
  pipelineIdentifier: { topic: 'Pipeline identifier', source: 'sourced' },
  resourcesThatMustExist: { topic: 'Resources that must exist', source: 'sourced' },
  endedCalls: { topic: 'Ended calls', source: 'sourced' },
  unknownTask: { topic: 'Unknown or foreign task', source: 'sourced' },
  stopOfFinishedTask: { topic: 'Stop of a finished task', source: 'our choice', refuses: true },
  idempotency: { topic: 'Idempotency', source: 'sourced' },
  oneActiveTask: { topic: 'One active task per call, leg or stream', source: 'our choice', refuses: true },
  callLeg: { topic: 'CallLeg', source: 'our choice' },
  speakerSearchResults: { topic: 'Speaker search results', source: 'sourced' },
  voiceprintNeeded: { topic: 'Voice profiles need a voiceprint', source: 'sourced' },
  oneProfilePerVoiceprint: { topic: 'One voice profile per voiceprint', source: 'our choice', refuses: true },
  taskResultsKept: { topic: 'Task results: 7 days', source: 'sourced' },
  voiceprintsKept: { topic: 'Voiceprints: 24 hours', source: 'sourced' },
  voiceProfilesKept: { topic: 'Voice profiles: 3 years', source: 'sourced' },
  resultsOnce: { topic: 'Speaker search results, once', source: 'our choice' },
  domainDeletion: { topic: 'Domain deletion', source: 'sourced' },
  spentDomainToken: { topic: 'A deleted domain’s token', source: 'our choice', refuses: true },
  lists: { topic: 'Lists', source: 'sourced' },
  errorsOnTheWire: { topic: 'Errors on the wire', source: 'sourced' },
  validation: { topic: 'Validation', source: 'sourced' },
  malformedRequests: { topic: 'Malformed requests', source: 'sourced' },
  authentication: { topic: 'Authentication', source: 'sourced' },
} as const satisfies Record<string, Rule>;

export type RuleName = keyof typeof rules;
