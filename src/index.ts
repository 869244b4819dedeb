/**
 * chime-conformance: the whole library, as before the subpath entries existed (contract, arbitraries,
 * emulator, verify), so existing imports keep working. Each name is declared once, in the entry that owns
 * it; importing the root loads fast-check, @smithy/signature-v4 and the AWS SDK clients, so code that needs
 * less imports chime-conformance/contract (or another subpath) instead. The MSW handlers stay in
 * chime-conformance/msw; the Pact builders are chime-conformance/pact, and the root's chimePact loads Pact
 * only when it is called, so the root imports without either optional peer installed.
 */
export * from './entries/contract.js';
export * from './entries/arbitraries.js';
export * from './entries/emulator.js';
export * from './entries/verify.js';
export { chimePact } from './entries/rootPact.js';
export { ContractExampleError } from './pact/contractExampleError.js';
export type { Builder, ChimePact, InteractionSpec } from './pact/chimePact.js';
export { openApiDocument } from './openapi/openApiDocument.js';
