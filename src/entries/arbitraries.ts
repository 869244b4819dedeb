/** chime-conformance/arbitraries: fast-check arbitraries drawn from the contract (loads fast-check and the contract). */
export { arbitraries } from '../arbitraries/index.js';
export type { InvalidRequest } from '../arbitraries/invalidRequest.js';
export type { WireResponse } from '../arbitraries/validResponse.js';
export { mutations } from '../arbitraries/mutations.js';
export type { Mutation } from '../arbitraries/mutations.js';
export type { Site } from '../arbitraries/invalidRequest.js';
