import type { Mutation } from './_internals/mutation.js';
import { aboveMaxLength } from './_internals/mutations/aboveMaxLength.js';
import { aboveMaximum } from './_internals/mutations/aboveMaximum.js';
import { belowMinimum } from './_internals/mutations/belowMinimum.js';
import { belowMinLength } from './_internals/mutations/belowMinLength.js';
import { enumViolation } from './_internals/mutations/enumViolation.js';
import { missingRequired } from './_internals/mutations/missingRequired.js';
import { nonObjectBody } from './_internals/mutations/nonObjectBody.js';
import { nullRequired } from './_internals/mutations/nullRequired.js';
import { patternViolation } from './_internals/mutations/patternViolation.js';
import { tooFewItems } from './_internals/mutations/tooFewItems.js';
import { tooManyItems } from './_internals/mutations/tooManyItems.js';
import { wrongType } from './_internals/mutations/wrongType.js';

export type { Mutation };

/** The catalog of ways to break a request, each breaking exactly one rule of the contract. */
export const mutations: readonly Mutation[] = [
  missingRequired,
  nullRequired,
  wrongType,
  nonObjectBody,
  enumViolation,
  patternViolation,
  belowMinLength,
  aboveMaxLength,
  belowMinimum,
  aboveMaximum,
  tooFewItems,
  tooManyItems,
];
