/** chime-conformance: the public API. Every export is named here; nothing is re-exported wholesale. */
export { arbitraries } from './arbitraries/index.js';
export type { InvalidRequest } from './arbitraries/invalidRequest.js';
export type { WireResponse } from './arbitraries/validResponse.js';
export { mutations } from './arbitraries/mutations.js';
export type { Mutation } from './arbitraries/_internals/mutation.js';
export type { Site } from './arbitraries/_internals/sites.js';
export { catalog, getOperation, operations } from './contract/catalog.js';
export type { ErrorBinding, JsonSchema, MemberBinding, Operation, SchemaDocument, ServiceName } from './contract/operation.js';
export { rules } from './contract/rules.js';
export type { Issue, Rule, ValidationResult } from './contract/rules.js';
export { redacted } from './contract/toIssues.js';
export { validateRequest, validateResponse } from './contract/validate.js';
export type * from './generated/types.js';
