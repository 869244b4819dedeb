import { conflict, notFound } from '../serviceError.js';
import { refuse } from '../semantics/semantics.js';
import { assertVoiceprintKept, isLive, liveProfilesIn } from '../retention.js';
import type { Profile } from '../state.js';
import { iso, type CoreContext, type Handler, type Input } from '../context.js';
import { page } from './pagination.js';
import { domainOf, profileArn } from './voiceResources.js';
import { findVoiceTask, voiceStatus } from './voiceTasks.js';

const summary = (ctx: CoreContext, p: Profile) => ({
  VoiceProfileId: p.id,
  VoiceProfileArn: profileArn(ctx, p.id),
  VoiceProfileDomainId: p.domainId,
  CreatedTimestamp: iso(p.createdAt),
  UpdatedTimestamp: iso(p.updatedAt),
  ExpirationTimestamp: iso(p.expiresAt),
});

/**
 * The profile a request names. An expired one is gone, except to UpdateVoiceProfile: the guide has Update
 * refresh an expired voice embedding (va-data-retention), so the profile comes back with its new voiceprint.
 */
function profileOf(ctx: CoreContext, input: Input, evenExpired = false): Profile {
  const profile = ctx.state.profiles.get(String(input['VoiceProfileId']));
  if (!profile || (!evenExpired && !isLive(ctx, profile))) throw notFound(`Voice profile ${String(input['VoiceProfileId'])}`);
  return profile;
}

/** A speaker search task that produced a voiceprint: finished, SUCCEEDED, its domain still there. */
function voiceprintTask(ctx: CoreContext, input: Input) {
  const task = findVoiceTask(ctx, 'speaker-search', input, 'SpeakerSearchTaskId');
  const s = voiceStatus(ctx, task);
  // semantics: voiceprintNeeded
  if (s.status !== 'SUCCEEDED') throw conflict(`Speaker search task ${task.id} is ${s.status}: a voice profile needs a task that SUCCEEDED.`);
  assertVoiceprintKept(ctx, task, s);
  domainOf(ctx, task.domainId ?? '');
  return task;
}

const create: Handler = (ctx, input) => {
  const task = voiceprintTask(ctx, input);
  if (ctx.state.profiles.holdsTask(task.id)) refuse(ctx, 'oneProfilePerVoiceprint', () => conflict(`Speaker search task ${task.id} already made a voice profile.`));
  const profile: Profile = {
    id: ctx.options.newId(),
    domainId: task.domainId ?? '',
    taskId: task.id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    expiresAt: ctx.now + ctx.options.retention.voiceProfileMs,
  };
  ctx.state.profiles.set(profile.id, profile);
  return { VoiceProfile: summary(ctx, profile) };
};

const update: Handler = (ctx, input) => {
  const profile = profileOf(ctx, input, true);
  const task = voiceprintTask(ctx, input);
  // semantics: voiceprintNeeded (the search's domain is the one "that will store the voice profile")
  if (task.domainId !== profile.domainId) throw conflict(`Speaker search task ${task.id} belongs to another voice profile domain.`);
  Object.assign(profile, { taskId: task.id, updatedAt: ctx.now, expiresAt: ctx.now + ctx.options.retention.voiceProfileMs });
  ctx.state.profiles.set(profile.id, profile); // indexed by its new task
  return { VoiceProfile: summary(ctx, profile) };
};

const list: Handler = (ctx, input) => {
  const domain = domainOf(ctx, String(input['VoiceProfileDomainId']));
  const all = liveProfilesIn(ctx, domain.id);
  const { items, nextToken } = page(all, input, `voice.ListVoiceProfiles ${domain.id}`);
  return { VoiceProfiles: items.map((p) => summary(ctx, p)), ...(nextToken ? { NextToken: nextToken } : {}) };
};

export const voiceProfileHandlers: Record<string, Handler> = {
  'voice.CreateVoiceProfile': create,
  'voice.GetVoiceProfile': (ctx, input) => ({ VoiceProfile: summary(ctx, profileOf(ctx, input)) }),
  'voice.UpdateVoiceProfile': update,
  'voice.DeleteVoiceProfile': (ctx, input) => void ctx.state.profiles.delete(profileOf(ctx, input).id),
  'voice.ListVoiceProfiles': list,
};
