import type { Normaliser } from '../normaliser.js';
import { mapLeaves } from '../normaliser.js';

const iso8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * When something happened differs from run to run; that it is a timestamp, and of which form, does not. ISO 8601
 * strings anywhere and numbers in `…Timestamp` members become a marker of their form: ISO against epoch still
 * differs, and so does a timestamp member holding anything else.
 */
export const timestamps: Normaliser = {
  name: 'timestamps',
  normalise: (value) =>
    mapLeaves(value, (v, key) => {
      if (typeof v === 'string' && iso8601.test(v)) return '<ISO 8601>';
      if (typeof v === 'number' && key?.endsWith('Timestamp')) return '<epoch seconds>';
      return v;
    }),
};
