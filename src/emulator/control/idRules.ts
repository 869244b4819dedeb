import { ControlError } from './controlRoute.js';

/** How the API itself bounds an identifier the control plane stores: its length and what it must hold. */
export interface IdRule {
  readonly maxLength: number;
  readonly pattern: RegExp;
  /** The rule in words, for the 400. */
  readonly says: string;
}

const text = (maxLength: number): IdRule => ({ maxLength, pattern: /\S/, says: `1 to ${maxLength} characters, not all blank` });

/** The contract's own members: what the control plane keeps is what an API request could name. */
export const idRules = {
  voiceConnectorId: {
    maxLength: 128,
    pattern: /([a-z0-9]{21,22}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    says: 'a Voice Connector ID as the API takes it (21 or 22 lower-case letters and digits, or a UUID), at most 128 characters',
  },
  transactionId: text(256),
  callId: text(256),
  pipelineId: text(1024),
  taskId: text(256),
  domainId: text(256),
  profileId: text(256),
  name: text(256),
  kmsKeyArn: text(2048),
  target: text(2048),
  message: text(1024),
} as const satisfies Record<string, IdRule>;

/** The value if it keeps its rule; else a 400 that names the member, the rule and an example. */
export function checkedId(value: unknown, where: string, member: string, rule: IdRule, example: string): string {
  if (value === undefined || value === '') throw new ControlError(400, `${where}: "${member}" is missing`, `send e.g. ${example}`);
  if (typeof value !== 'string' || value.length > rule.maxLength || !rule.pattern.test(value)) {
    const shown = typeof value === 'string' ? `${value.length} characters` : typeof value;
    throw new ControlError(400, `${where}: "${member}" must be ${rule.says} (got ${shown})`, `send e.g. ${example}`);
  }
  return value;
}
