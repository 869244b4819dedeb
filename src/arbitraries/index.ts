import { invalidRequest } from './invalidRequest.js';
import { validRequest } from './validRequest.js';
import { validResponse } from './validResponse.js';

/** fast-check arbitraries for every operation id, derived from the contract's schemas. */
export const arbitraries = { validRequest, invalidRequest, validResponse } as const;
