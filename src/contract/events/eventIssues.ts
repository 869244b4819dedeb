import type { Issue } from '../rules.js';
import { toIssue, type AjvError } from '../toIssues.js';
import { eventDetailTypes } from './detailTypes.js';

const root = 'the event';

/**
 * ajv's errors as contract issues. An `if` error only says that a status's or a path's own rules failed, which
 * those rules' errors already say; a member of the wrong type fails its enum or pattern too, and the type issue
 * alone says what is wrong; a detail that is no object fails the same rule once per applied subschema.
 */
export function eventIssues(errors: readonly AjvError[], data: unknown): Issue[] {
  const issues = errors.filter((e) => e.keyword !== 'if').map((e) => toIssue(e, { data, sensitive: [], root }));
  const typed = new Set(issues.filter((i) => i.rule === 'type').map((i) => i.path));
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.rule} ${i.path}`;
    if ((i.rule !== 'type' && typed.has(i.path)) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An event that is not a JSON object. */
export const notAnObject = (event: unknown): Issue => toIssue({ instancePath: '', keyword: 'type', params: { type: 'object' } }, { data: event, sensitive: [], root });

/** A detail-type absent or unknown: the one issue, naming the known detail types. */
export function unknownDetailType(event: object): Issue {
  const known = `Known detail types: ${eventDetailTypes.join(', ')}`;
  if (!Object.hasOwn(event, 'detail-type')) {
    const missing = toIssue({ instancePath: '', keyword: 'required', params: { missingProperty: 'detail-type' } }, { data: event, sensitive: [], root });
    return { ...missing, message: `${missing.message}. ${known}` };
  }
  return toIssue({ instancePath: '/detail-type', keyword: 'enum', params: { allowedValues: eventDetailTypes } }, { data: event, sensitive: [], root });
}
