import type { Normaliser } from '../normaliser.js';

const object = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** An error body's RequestId names one request of one run, as the x-amzn-requestid header does (which is not compared). */
export const requestIds: Normaliser = {
  name: 'requestIds',
  normalise(value) {
    if (!object(value) || typeof value['RequestId'] !== 'string') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'RequestId' ? '<request id>' : v]));
  },
};
