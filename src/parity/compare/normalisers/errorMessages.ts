import type { Normaliser } from '../normaliser.js';

const object = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * An error's Message is compared for being there, not for its words: the contract models Message as free text
 * (a String of up to 4096 characters), the service rewords it between releases, and clients are told to branch
 * on the error type. A Message missing on one side, or not a string, still differs.
 */
export const errorMessages: Normaliser = {
  name: 'errorMessages',
  normalise(value, ctx) {
    if (ctx.status < 400 || !object(value)) return value;
    const entries = Object.entries(value).map(([k, v]) => [k, (k === 'Message' || k === 'message') && typeof v === 'string' ? '<message>' : v]);
    return Object.fromEntries(entries);
  },
};
