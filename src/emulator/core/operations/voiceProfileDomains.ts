import { conflict } from '../serviceError.js';
import type { Domain } from '../state.js';
import { refuse } from '../semantics/semantics.js';
import { idempotent, rebindToken, iso, type CoreContext, type Handler, type Input } from '../context.js';
import { page } from './pagination.js';
import { domainArn, domainOf } from './voiceResources.js';

function summary(ctx: CoreContext, d: Domain) {
  return {
    VoiceProfileDomainId: d.id,
    VoiceProfileDomainArn: domainArn(ctx, d.id),
    Name: d.name,
    ...(d.description !== undefined ? { Description: d.description } : {}),
    CreatedTimestamp: iso(d.createdAt),
    UpdatedTimestamp: iso(d.updatedAt),
  };
}

const view = (ctx: CoreContext, d: Domain) => ({
  VoiceProfileDomain: { ...summary(ctx, d), ServerSideEncryptionConfiguration: { KmsKeyArn: d.kmsKeyArn } },
});

const create: Handler = (ctx, input) => {
  const make = () => {
    const sse = input['ServerSideEncryptionConfiguration'] as Input;
    const description = input['Description'] === undefined ? {} : { description: String(input['Description']) };
    const domain: Domain = { id: ctx.options.newId(), name: String(input['Name']), ...description, kmsKeyArn: String(sse['KmsKeyArn']), createdAt: ctx.now, updatedAt: ctx.now };
    ctx.state.domains.set(domain.id, domain);
    return domain;
  };
  const scope = 'voice/domain';
  const id = idempotent(ctx, scope, input, () => make().id);
  const domain = ctx.state.domains.get(id);
  if (domain) return view(ctx, domain);
  // A retry whose domain was deleted since. Strict: the token is spent (not NotFound, which Create does not
  // model). Documented: nothing says so, and the request asks for a domain: it makes one, which the token names now.
  refuse(ctx, 'spentDomainToken', () => conflict(`The client request token made voice profile domain ${id}, which has been deleted; use a new token to create another.`));
  const made = make();
  rebindToken(ctx, scope, input, made.id);
  return view(ctx, made);
};

const update: Handler = (ctx, input) => {
  const domain = domainOf(ctx, String(input['VoiceProfileDomainId']));
  if (input['Name'] !== undefined) domain.name = String(input['Name']);
  if (input['Description'] !== undefined) domain.description = String(input['Description']);
  domain.updatedAt = Math.max(domain.updatedAt, ctx.now);
  return view(ctx, domain);
};

const remove: Handler = (ctx, input) => {
  const domain = domainOf(ctx, String(input['VoiceProfileDomainId']));
  // semantics: domainDeletion ("Deletes all voice profiles in the domain", live or expired)
  for (const id of [...ctx.state.profiles.inDomain(domain.id).keys()]) ctx.state.profiles.delete(id);
  ctx.state.domains.delete(domain.id);
  return undefined;
};

const list: Handler = (ctx, input) => {
  const { items, nextToken } = page([...ctx.state.domains.values()], input, 'voice.ListVoiceProfileDomains');
  return { VoiceProfileDomains: items.map((d) => summary(ctx, d)), ...(nextToken ? { NextToken: nextToken } : {}) };
};

export const voiceProfileDomainHandlers: Record<string, Handler> = {
  'voice.CreateVoiceProfileDomain': create,
  'voice.GetVoiceProfileDomain': (ctx, input) => view(ctx, domainOf(ctx, String(input['VoiceProfileDomainId']))),
  'voice.UpdateVoiceProfileDomain': update,
  'voice.DeleteVoiceProfileDomain': remove,
  'voice.ListVoiceProfileDomains': list,
};
