import { taskNames } from './taskNames.js';
import { statusOf } from '../lifecycle.js';
import { notFound } from '../serviceError.js';
import { assertReadable } from '../retention.js';
import type { Task, TaskKind } from '../state.js';
import { refuse } from '../semantics/semantics.js';
import { addTask, idempotent, iso, type CoreContext, type Handler, type Input } from '../context.js';

const names = taskNames;

/** A pipeline is named by its ID or its ARN (`…:media-insights-pipeline/<id>`); tasks belong to the ID. */
// semantics: pipelineIdentifier
export const pipelineIdOf = (identifier: string): string => (identifier.startsWith('arn:') ? (identifier.split('/').pop() ?? identifier) : identifier);

function pipelineOf(ctx: CoreContext, input: Input): string {
  const id = pipelineIdOf(String(input['Identifier']));
  if (ctx.options.strictResources && !ctx.state.pipelines.has(id)) throw notFound(`Media insights pipeline ${id}`);
  return id;
}

function view(ctx: CoreContext, task: Task): unknown {
  const n = names[task.kind];
  const s = statusOf(task, ctx.now, ctx.options.lifecycle);
  return { [n.task]: { [n.id]: task.id, [n.status]: s.status, CreatedTimestamp: iso(task.createdAt), UpdatedTimestamp: iso(s.since) } };
}

function findTask(ctx: CoreContext, kind: TaskKind, input: Input): Task {
  const pipeline = pipelineOf(ctx, input);
  const id = String(input[names[kind].id]);
  const task = ctx.state.tasks.get(id);
  if (!task || task.service !== 'media-pipelines' || task.kind !== kind || task.scope !== pipeline) throw notFound(`${names[kind].task} ${id}`);
  assertReadable(ctx, task, statusOf(task, ctx.now, ctx.options.lifecycle), names[kind].task);
  return task;
}

function start(kind: TaskKind): Handler {
  return (ctx, input) => {
    const scope = pipelineOf(ctx, input);
    const kvs = input['KinesisVideoStreamSourceTaskConfiguration'] as Input | undefined;
    const target = kvs ? `${String(kvs['StreamArn'])}#${String(kvs['ChannelId'])}` : '';
    const id = idempotent(ctx, `media-pipelines/${kind}`, input, () => {
      // A speaker search's domain, by the ID its ARN ends with: its events carry the domain's best matches.
      const arn = input['VoiceProfileDomainArn'];
      const domain = typeof arn === 'string' ? { domainId: arn.split('/').pop() ?? '' } : {};
      const task: Task = { service: 'media-pipelines', kind, id: ctx.options.newId(), scope, target, createdAt: ctx.now, ...domain };
      addTask(ctx, task, kvs ? 'stream channel' : 'pipeline');
      return task.id;
    });
    return view(ctx, ctx.state.tasks.get(id) as Task);
  };
}

const get =
  (kind: TaskKind): Handler =>
  (ctx, input) =>
    view(ctx, findTask(ctx, kind, input));

function stop(kind: TaskKind): Handler {
  return (ctx, input) => {
    const task = findTask(ctx, kind, input);
    if (statusOf(task, ctx.now, ctx.options.lifecycle).finished) {
      refuse(ctx, 'stopOfFinishedTask', () => notFound(`Active ${names[kind].task} ${task.id}`));
      return undefined; // it ended first: nothing to stop, and its final status stays
    }
    task.stoppedAt ??= ctx.now;
    return undefined;
  };
}

export const mediaPipelinesTaskHandlers: Record<string, Handler> = {
  'media-pipelines.StartSpeakerSearchTask': start('speaker-search'),
  'media-pipelines.GetSpeakerSearchTask': get('speaker-search'),
  'media-pipelines.StopSpeakerSearchTask': stop('speaker-search'),
  'media-pipelines.StartVoiceToneAnalysisTask': start('voice-tone-analysis'),
  'media-pipelines.GetVoiceToneAnalysisTask': get('voice-tone-analysis'),
  'media-pipelines.StopVoiceToneAnalysisTask': stop('voice-tone-analysis'),
};
