/**
 * chime-conformance/pact: Pact V4 interaction builders checked against the contract. Needs the optional peer
 * @pact-foundation/pact; without it, importing this entry throws one line saying what to install.
 */
import { loadPact, type PactModule } from './loadPact.js';

const pact = loadPact('chime-conformance/pact');

export const chimePact: PactModule['chimePact'] = pact.chimePact;
export const ContractExampleError: PactModule['ContractExampleError'] = pact.ContractExampleError;
export type ContractExampleError = InstanceType<PactModule['ContractExampleError']>;
export type { Builder, ChimePact, InteractionSpec } from '../pact/chimePact.js';
