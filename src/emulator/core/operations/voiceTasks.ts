import { taskNames } from './taskNames.js';
import { statusOf, type TaskStatus } from '../lifecycle.js';
import { notFound } from '../serviceError.js';
import { refuse } from '../semantics/semantics.js';
import { assertReadable, isLive } from '../retention.js';
import { callKey, type Task, type TaskKind } from '../state.js';
import { addTask, idempotent, iso, score, type CoreContext, type Handler, type Input } from '../context.js';
import { connectorOf, domainOf, liveCall } from './voiceResources.js';

const names = taskNames;

export const voiceStatus = (ctx: CoreContext, task: Task): TaskStatus => statusOf(task, ctx.now, ctx.options.lifecycle, ctx.state.calls.get(callKey(task.scope, task.transactionId ?? '')));

/** Matches a speaker search reports at most (developer guide, notifications: IdentificationSuccessful carries the top 10). */
// semantics: speakerSearchResults
export const maxMatches = 10;

type Match = { readonly ConfidenceScore: number; readonly VoiceProfileId: string };
const better = (a: Match, b: Match) => b.ConfidenceScore - a.ConfidenceScore || a.VoiceProfileId.localeCompare(b.VoiceProfileId);

/** Profiles one search compares at most: the work of a first read stays the same for a domain of any size. */
export const maxCandidates = 1000;

/**
 * The best matches of the task's domain, best first. A domain of up to maxCandidates profiles is compared
 * whole; a larger one through a window of that many, placed by the task's ID (so each search sees its own
 * part of the domain, the same every time). Kept to the top few while scanning.
 */
function bestMatches(ctx: CoreContext, task: Task): Match[] {
  const top: Match[] = [];
  const start = Math.floor(score(task.id, 'window') * 0xffffffff);
  for (const p of ctx.state.profiles.window(task.domainId ?? '', start, maxCandidates)) {
    if (p.taskId === task.id || !isLive(ctx, p)) continue;
    const m = { ConfidenceScore: score(task.id, p.id), VoiceProfileId: p.id };
    if (top.length === maxMatches && better(m, top[maxMatches - 1] as Match) >= 0) continue;
    const at = top.findIndex((t) => better(m, t) < 0);
    top.splice(at < 0 ? top.length : at, 0, m);
    if (top.length > maxMatches) top.pop();
  }
  return top;
}

/**
 * A finished search's matches, worked out once (at the first read or event after it ended): what it found
 * then does not change, and its profiles are scored once, not once per Get.
 */
// semantics: resultsOnce
export const matchesOf = (ctx: CoreContext, task: Task): readonly Match[] => (task.matches ??= bestMatches(ctx, task));

/** Matches against the profiles enrolled in the task's domain, best first; a voiceprint once the search is done. */
function speakerSearchDetails(ctx: CoreContext, task: Task, s: TaskStatus): object {
  if (!s.finished) return {};
  const succeeded = s.status === 'SUCCEEDED';
  const results = succeeded ? matchesOf(ctx, task) : [];
  const VoiceprintGenerationStatus = succeeded ? 'VoiceprintGenerationSuccess' : 'VoiceprintGenerationFailure';
  return { SpeakerSearchDetails: { Results: results, VoiceprintGenerationStatus } };
}

function view(ctx: CoreContext, task: Task, isCaller = task.isCaller ?? true): unknown {
  const n = names[task.kind];
  const s = voiceStatus(ctx, task);
  const body = {
    [n.id]: task.id,
    [n.status]: s.status,
    CallDetails: { VoiceConnectorId: task.scope, TransactionId: task.transactionId, IsCaller: isCaller },
    ...(task.kind === 'speaker-search' ? speakerSearchDetails(ctx, task, s) : {}),
    CreatedTimestamp: iso(task.createdAt),
    UpdatedTimestamp: iso(s.since),
    ...(s.startedAt !== undefined ? { StartedTimestamp: iso(s.startedAt) } : {}),
    ...(s.status === 'FAILED' && task.failureMessage !== undefined ? { StatusMessage: task.failureMessage } : {}),
  };
  return { [n.task]: body };
}

export function findVoiceTask(ctx: CoreContext, kind: TaskKind, input: Input, idMember: string = names[kind].id): Task {
  const id = String(input[idMember]);
  const task = ctx.state.tasks.get(id);
  const connector = input['VoiceConnectorId'] === undefined ? task?.scope : connectorOf(ctx, input);
  // semantics: unknownTask
  if (!task || task.service !== 'voice' || task.kind !== kind || task.scope !== connector) throw notFound(`${names[kind].task} ${id}`);
  assertReadable(ctx, task, voiceStatus(ctx, task), names[kind].task);
  return task;
}

function start(kind: TaskKind): Handler {
  return (ctx, input) => {
    const scope = connectorOf(ctx, input);
    const transactionId = String(input['TransactionId']);
    liveCall(ctx, scope, transactionId);
    const speakerSearch = kind === 'speaker-search';
    const domainId = speakerSearch ? domainOf(ctx, String(input['VoiceProfileDomainId'])).id : undefined;
    // semantics: callLeg
    const isCaller = speakerSearch ? input['CallLeg'] !== 'Callee' : undefined;
    const target = speakerSearch ? `${transactionId}#${isCaller ? 'Caller' : 'Callee'}` : transactionId;
    const id = idempotent(ctx, `voice/${kind}`, input, () => {
      const base = { service: 'voice', kind, id: ctx.options.newId(), scope, target, createdAt: ctx.now, transactionId } as const;
      const task: Task = speakerSearch ? { ...base, isCaller: isCaller ?? true, domainId: domainId ?? '' } : base;
      addTask(ctx, task, speakerSearch ? 'call leg' : 'call');
      return task.id;
    });
    return view(ctx, ctx.state.tasks.get(id) as Task);
  };
}

const get =
  (kind: TaskKind): Handler =>
  (ctx, input) =>
    view(ctx, findVoiceTask(ctx, kind, input), typeof input['IsCaller'] === 'boolean' ? input['IsCaller'] : undefined);

function stop(kind: TaskKind): Handler {
  return (ctx, input) => {
    const task = findVoiceTask(ctx, kind, input);
    if (voiceStatus(ctx, task).finished) {
      refuse(ctx, 'stopOfFinishedTask', () => notFound(`Active ${names[kind].task} ${task.id}`));
      return undefined; // it ended first: nothing to stop, and its final status stays
    }
    task.stoppedAt = ctx.now;
    return undefined;
  };
}

export const voiceTaskHandlers: Record<string, Handler> = {
  'voice.StartSpeakerSearchTask': start('speaker-search'),
  'voice.GetSpeakerSearchTask': get('speaker-search'),
  'voice.StopSpeakerSearchTask': stop('speaker-search'),
  'voice.StartVoiceToneAnalysisTask': start('voice-tone-analysis'),
  'voice.GetVoiceToneAnalysisTask': get('voice-tone-analysis'),
  'voice.StopVoiceToneAnalysisTask': stop('voice-tone-analysis'),
};
