import fc from 'fast-check';
import { arbitraries } from '../../arbitraries/index.js';
import type { Operation } from '../../contract/operation.js';
import { Nonconformance, type Check, type CheckContext } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { prepare } from '../world/prepare.js';
import { propertyOutcome } from '../run/property.js';
import { instant, sameInstant } from './instant.js';
import { call } from '../reach/target.js';
import { worldOf } from '../world/world.js';
import { resourceIdIn, resourceKind, resourceNamed } from '../world/resources.js';
import { afterStop, finalStatuses, knownStatus, legalMove, stopOnly } from './lifecycleModel.js';

interface Model {
  status: string;
  created: string;
  updated: number;
  stopped: boolean;
  /** A Stop answered NotFound: the task must have ended by itself, so every later Get shows a final status. */
  ended: boolean;
}

interface Real {
  readonly ctx: CheckContext;
  readonly op: Operation;
  /** Labels and ID of the task, as Get and Stop take them. */
  readonly ids: Record<string, unknown>;
}

const taskIn = (op: Operation, json: Record<string, unknown> | undefined) => resourceNamed(json, resourceKind(op));
const statusOf = (op: Operation, t: Record<string, unknown>) => String(t[`${resourceKind(op)}Status`]);
/** The Start answer's UpdatedTimestamp, the first bound of later ones; one that is no time bounds nothing. */
const startedAt = (t: Record<string, unknown>) => {
  const at = instant(String(t['UpdatedTimestamp']));
  return Number.isNaN(at) ? -Infinity : at;
};

class GetCommand implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real): Promise<void> {
    const got = await call(r.ctx.target, r.op.id.replace('.Start', '.Get'), { ...r.ids, IsCaller: true });
    const t = taskIn(r.op, got.json);
    const status = statusOf(r.op, t);
    const fail = (why: string) => new Nonconformance(`${why} (${describeAnswer(got.answer)})`, r.ids);
    if (got.answer.status !== 200) throw fail('Get failed');
    if (!legalMove(r.op.service, m.status, status)) throw fail(`status moved from ${m.status} to ${status}`);
    if (m.stopped && !afterStop[r.op.service]?.includes(status)) throw fail(`after Stop was accepted the status is ${status}`);
    if (!m.stopped && stopOnly[r.op.service]?.includes(status)) throw fail(`the status is ${status} though no Stop was accepted`);
    if (m.ended && !finalStatuses[r.op.service]?.includes(status)) throw fail(`Stop answered NotFound, yet the task is ${status}`);
    if (!sameInstant(String(t['CreatedTimestamp']), m.created)) throw fail(`CreatedTimestamp changed from ${m.created} to ${String(t['CreatedTimestamp'])}`);
    const updated = instant(String(t['UpdatedTimestamp']));
    if (Number.isNaN(updated)) throw fail(`UpdatedTimestamp ${String(t['UpdatedTimestamp'])} is not an RFC 3339 time`);
    if (!(updated >= m.updated)) throw fail(`UpdatedTimestamp went back to ${String(t['UpdatedTimestamp'])}`);
    Object.assign(m, { status, updated });
  }
  toString = () => 'get';
}

class StopCommand implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => !m.stopped && !m.ended;
  async run(m: Model, r: Real): Promise<void> {
    const stop = await call(r.ctx.target, r.op.id.replace('.Start', '.Stop'), r.ids);
    if (stop.answer.status === 204) m.stopped = true;
    else if (stop.answer.status === 404) m.ended = true;
    else throw new Nonconformance(`Stop of a ${m.status} task answered ${describeAnswer(stop.answer)}`, r.ids);
  }
  toString = () => 'stop';
}

class WaitCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  // The target's time passes: a manual clock is moved on through the run's world, any other is waited for.
  run = (_: Model, r: Real) => worldOf(r.ctx.target).pass(this.ms);
  toString = () => `wait(${this.ms})`;
}

const commands = fc.commands([fc.constant(new GetCommand()), fc.constant(new StopCommand()), fc.integer({ min: 0, max: 60 }).map((ms) => new WaitCommand(ms))], { maxCommands: 8 });

export const lifecycle: Check = {
  name: 'lifecycle',
  waits: true,
  restsOn: ['mediaPipelinesLifecycle', 'voiceLifecycle', 'timestamps'],
  summary: 'model-based: over start / get / stop / wait, ending with get / stop / get, statuses only move forward, nothing looks stopped before a Stop, Stop sticks, timestamps never go back',
  applies: (op) => (op.name.startsWith('Start') && op.name.endsWith('Task')) || 'does not start a task',
  run: (ctx, op) =>
    propertyOutcome(
      ctx,
      'lifecycle',
      op,
      fc.tuple(arbitraries.validRequest(op.id), commands),
      async ([generated, cmds]) => {
        const request = await prepare(ctx.target, op, generated);
        const started = await call(ctx.target, op.id, request);
        if (started.answer.status !== op.http.status) throw new Nonconformance(`Start answered ${describeAnswer(started.answer)}`, request);
        const t = taskIn(op, started.json);
        const id = resourceIdIn(op, started.json);
        if (id === undefined) throw new Nonconformance(`Start answered no ${resourceKind(op)}Id: ${describeAnswer(started.answer)}`, request);
        const ids = { Identifier: request['Identifier'], VoiceConnectorId: request['VoiceConnectorId'], [`${resourceKind(op)}Id`]: id };
        const model: Model = { status: statusOf(op, t), created: String(t['CreatedTimestamp']), updated: startedAt(t), stopped: false, ended: false };
        const first = model.status;
        if (!knownStatus(op.service, first) || stopOnly[op.service]?.includes(first)) throw new Nonconformance(`Start answered a task in status ${first}`, request);
        const real = { ctx, op, ids };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        // Whatever the commands were, each case ends by reading, stopping and reading again: a status that
        // never moves, or moves at random, shows there even when the generated commands never stopped the task.
        await new GetCommand().run(model, real);
        if (!model.stopped && !model.ended) await new StopCommand().run(model, real);
        await new GetCommand().run(model, real);
      },
      Math.max(2, Math.ceil(ctx.runs / 4)),
    ),
};
