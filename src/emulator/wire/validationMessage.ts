import type { Issue } from '../../contract/rules.js';

/** The BadRequest message for failed validation, in the services' words: a count, then each issue. */
export function validationMessage(issues: readonly Issue[]): string {
  const count = `${issues.length} validation error${issues.length === 1 ? '' : 's'} detected`;
  return `${count}: ${issues.map((i) => i.message).join('; ')}`;
}
