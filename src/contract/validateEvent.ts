import { eventValidatorFor } from './events/detailTypes.js';
import { eventIssues, notAnObject, unknownDetailType } from './events/eventIssues.js';
import type { ValidationResult } from './rules.js';

const ok: ValidationResult = Object.freeze({ valid: true, issues: Object.freeze([]) });

/**
 * Checks one voice analytics event (the EventBridge envelope with its detail) against the schema its
 * detail-type names. Unknown members are allowed at every level: events gain members over time.
 */
export function validateEvent(event: unknown): ValidationResult {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return { valid: false, issues: [notAnObject(event)] };
  const validator = eventValidatorFor((event as Record<string, unknown>)['detail-type']);
  if (!validator) return { valid: false, issues: [unknownDetailType(event)] };
  if (validator(event)) return ok;
  return { valid: false, issues: eventIssues(validator.errors ?? [], event) };
}
