/** Which way a message went: the client's request, or the upstream's answer to it. */
export type Direction = 'request' | 'response';

/**
 * One way an exchange departs from the contract: the proxy prints each as one line as it happens, and
 * `validate --har` lists them. Messages never carry a sensitive value (the contract's issues redact them).
 */
export interface Violation {
  /** The operation's id, or `(no operation)` when no route of the contract matches the request. */
  readonly operation: string;
  readonly direction: Direction;
  /** A schema rule (required, pattern…), or one of the wire's: route, json, status, error-shape, accepted-invalid. */
  readonly rule: string;
  /** JSON pointer of the member concerned; '' for the message as a whole. */
  readonly member: string;
  readonly message: string;
}

export const noOperation = '(no operation)';

/** `voice.StartSpeakerSearchTask request pattern /CallLeg  <message>`: one line, fields in a fixed order. */
export const violationLine = (v: Violation): string => `${v.operation} ${v.direction} ${v.rule} ${v.member || '/'}  ${v.message}`;
