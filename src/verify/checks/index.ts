import type { Check } from '../run/check.js';
import { auth } from './auth.js';
import { concurrency } from './concurrency.js';
import { errorShape } from './errorShape.js';
import { idempotency } from './idempotency.js';
import { identity } from './identity.js';
import { lifecycle } from './lifecycle.js';
import { negativeRejection } from './negativeRejection.js';
import { noServerError } from './noServerError.js';
import { notFound } from './notFound.js';
import { positiveAcceptance } from './positiveAcceptance.js';
import { readYourWrites } from './readYourWrites.js';
import { responseSchema } from './responseSchema.js';
import { unknownMembersIgnored } from './unknownMembersIgnored.js';
import { useAfterStop } from './useAfterStop.js';

/** Every conformance check, in the order reports list them. */
export const checks: readonly Check[] = [
  positiveAcceptance,
  responseSchema,
  identity,
  readYourWrites,
  negativeRejection,
  errorShape,
  notFound,
  useAfterStop,
  lifecycle,
  idempotency,
  concurrency,
  unknownMembersIgnored,
  noServerError,
  auth,
];
