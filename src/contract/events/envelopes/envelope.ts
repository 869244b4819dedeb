/**
 * What an envelope holds at one place: the value found there, or what is wrong with it. A problem reads after
 * its place ("Records[0].kinesis.data" + "is not base64 JSON: …"), so an outer envelope can lengthen the place
 * of an inner one's problem without rewriting its message.
 */
export type Unwrapped = { readonly place: string; readonly payload: unknown } | { readonly place: string; readonly problem: string };

/**
 * One way a deployment receives events: an SQS batch, an SNS notification, a Kinesis batch. Its places are
 * written as paths into the capture (`Records[1].body`), so a user can find the event in their own file.
 */
export interface Envelope {
  readonly name: string;
  /** Decided on the envelope's own marks (an eventSource, a Type), never on what it carries. */
  matches(value: unknown): boolean;
  /** Everything it carries, in order; a payload that cannot be read is a problem at its place, never a throw. */
  unwrap(value: unknown): readonly Unwrapped[];
  /**
   * The envelopes its payloads may be in turn (an SNS notification inside an SQS body). Only this one level is
   * opened: what these carry is taken as the event, so a hostile capture cannot make the unwrapping recurse.
   */
  readonly carries?: readonly Envelope[];
}
