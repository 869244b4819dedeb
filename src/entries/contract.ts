/**
 * chime-conformance/contract: the operations, their schemas and the validators, and nothing else. The
 * validators are ajv's standalone output, so this entry loads no package at all (no ajv, fast-check, SDK,
 * Pact or MSW) and stays browser-safe: a test of a fresh install holds it to that (npm run bench:imports times it).
 */
export { catalog, getOperation, operations } from '../contract/catalog.js';
export type { ErrorBinding, JsonSchema, MemberBinding, Operation, SchemaDocument, ServiceName } from '../contract/operation.js';
export { rules } from '../contract/rules.js';
export type { Issue, Rule, ValidationResult } from '../contract/rules.js';
export { redacted } from '../contract/toIssues.js';
export { validateRequest, validateResponse } from '../contract/validate.js';
export { validateEvent } from '../contract/validateEvent.js';
export { unwrapEvents, type FoundEvent } from '../contract/events/unwrapEvents.js';
export { eventDetailTypes } from '../contract/events/detailTypes.js';
export type { SpeakerSearchStatusEvent, VoiceAnalyticsEvent, VoiceAnalyticsStatusEvent, VoiceToneAnalysisStatusEvent } from '../generated/eventTypes.js';
export type * from '../generated/types.js';
