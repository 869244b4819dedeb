import { event } from './event.js';
import { invalidRequest } from './invalidRequest.js';
import { validRequest } from './validRequest.js';
import { validResponse } from './validResponse.js';

/** fast-check arbitraries for every operation id, derived from the contract's schemas, and for the events apps receive. */
export const arbitraries = { validRequest, invalidRequest, validResponse, event } as const;
