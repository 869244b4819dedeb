import type { CoreOptions } from '../options.js';
import { conflict, notFound } from '../serviceError.js';
import { analyticsReady } from '../events/analyticsReady.js';
import { callKey, type Call, type State } from '../state.js';

/** A call as the state API and the control plane show it. */
export interface CallView {
  readonly voiceConnectorId: string;
  readonly transactionId: string;
  readonly callId: string;
  readonly status: 'live' | 'ended';
  readonly startedAt: string;
  readonly endedAt?: string;
}

export function callView(voiceConnectorId: string, transactionId: string, call: Call, now: number): CallView {
  const ended = call.endedAt !== undefined && call.endedAt <= now;
  return {
    voiceConnectorId,
    transactionId,
    callId: call.callId,
    status: ended ? 'ended' : 'live',
    startedAt: new Date(call.startedAt).toISOString(),
    ...(ended ? { endedAt: new Date(call.endedAt ?? now).toISOString() } : {}),
  };
}

/**
 * Starts a live call on a Voice Connector (created with it, as a call implies one). Starting a call that is
 * live already answers it as it is, so a test's setup can run twice; an ended call does not start again.
 */
export function startCall(state: State, options: CoreOptions, vc: string, tx: string, callId?: string): CallView {
  const now = options.clock.now();
  const known = state.calls.get(callKey(vc, tx));
  if (known?.endedAt !== undefined) throw conflict(`Call ${tx} on Voice Connector ${vc} has ended; a new call needs a new transaction ID.`);
  if (known && callId !== undefined && callId !== known.callId) throw conflict(`Call ${tx} on Voice Connector ${vc} is live with call ID ${known.callId}.`);
  const call = known ?? { callId: callId ?? options.newId(), startedAt: now };
  state.connectors.add(vc);
  state.calls.set(callKey(vc, tx), call);
  if (!known) for (const isCaller of [true, false]) state.unseen.due.push(analyticsReady(vc, tx, call.callId, isCaller, now));
  return callView(vc, tx, call, now);
}

/**
 * Hangs a call up: its speaker searches end PARTIAL_SUCCESS, its voice tone analyses SUCCEEDED. With open
 * resources a call nobody started can end too (tasks may run on any transaction ID); strict resources need it.
 */
export function endCall(state: State, options: CoreOptions, vc: string, tx: string): CallView {
  const now = options.clock.now();
  const known = state.calls.get(callKey(vc, tx));
  if (!known && options.strictResources) throw notFound(`Call ${tx} on Voice Connector ${vc}`);
  const call: Call = known ?? { callId: options.newId(), startedAt: now };
  call.endedAt ??= now;
  state.calls.set(callKey(vc, tx), call);
  return callView(vc, tx, call, now);
}
