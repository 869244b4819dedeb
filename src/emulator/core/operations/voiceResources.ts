import { callKey, type Call } from '../state.js';
import { notFound, ServiceError } from '../serviceError.js';
import type { CoreContext, Input } from '../context.js';

/** The Voice Connector of a request; in strict-resources mode it must have been created. */
export function connectorOf(ctx: CoreContext, input: Input): string {
  const id = String(input['VoiceConnectorId']);
  // semantics: resourcesThatMustExist
  if (ctx.options.strictResources && !ctx.state.connectors.has(id)) throw notFound(`Voice Connector ${id}`);
  return id;
}

/** The call a new task listens to: it must be live (GoneException once ended); in strict mode, started. */
export function liveCall(ctx: CoreContext, connector: string, transactionId: string): Call | undefined {
  const call = ctx.state.calls.get(callKey(connector, transactionId));
  if (!call && ctx.options.strictResources) throw notFound(`Call ${transactionId} on Voice Connector ${connector}`);
  // semantics: endedCalls
  if (call?.endedAt !== undefined && call.endedAt <= ctx.now) throw new ServiceError('GoneException', `Call ${transactionId} has ended.`);
  return call;
}

export function domainOf(ctx: CoreContext, id: string) {
  const domain = ctx.state.domains.get(id);
  if (!domain) throw notFound(`Voice profile domain ${id}`);
  return domain;
}

export const domainArn = (ctx: CoreContext, id: string): string => `arn:aws:chime:${ctx.options.region}:${ctx.options.accountId}:voice-profile-domain/${id}`;

export const profileArn = (ctx: CoreContext, id: string): string => `arn:aws:chime:${ctx.options.region}:${ctx.options.accountId}:voice-profile/${id}`;
