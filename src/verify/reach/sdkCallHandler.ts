import { getOperation } from '../../contract/catalog.js';
import type { SendSdk, SdkExchange } from './sdkSender.js';

/** What crosses to a thread for one SDK call: the operation by id (an Operation holds functions) and its input. */
export interface SdkCallArg {
  readonly op: string;
  readonly input: unknown;
}

/** A thread's handler of SDK calls: an operation it does not know fails its own call (getOperation throws). */
export const sdkCallHandler =
  (send: SendSdk) =>
  (arg: SdkCallArg): Promise<SdkExchange> =>
    send(getOperation(arg.op), arg.input);
