import type { Normaliser } from '../normaliser.js';
import { mapLeaves } from '../normaliser.js';

const arn = /^(arn:[^:]*:[^:]*:)([^:]*):([^:]*):(.*)$/s;

/**
 * An ARN's region and account are where the recording was made, not what the answer says about its resource:
 * both become placeholders (an empty one stays empty, so an ARN that lost its account still differs).
 */
export const arns: Normaliser = {
  name: 'arns',
  normalise: (value) =>
    mapLeaves(value, (v) => {
      const m = typeof v === 'string' ? arn.exec(v) : null;
      if (!m) return v;
      return `${m[1]}${m[2] ? '<region>' : ''}:${m[3] ? '<account>' : ''}:${m[4]}`;
    }),
};
