import type { Operation } from '../contract/operation.js';
import { resourceKind } from './checks/scenario.js';
import { resourceNamed } from './resources.js';

type Json = Record<string, unknown>;

/** `StopSpeakerSearchTask` → `SpeakerSearchTask`: the task an operation is about. */
export const taskKind = resourceKind;

/** The task an answer describes, by its member name (`{ SpeakerSearchTask: {…} }`), never by position. */
export const taskIn = (op: Operation, json: Json | undefined): Json => resourceNamed(json, taskKind(op));

/** The task's status in an answer, as text ('undefined' when there is none). */
export const taskStatusIn = (op: Operation, json: Json | undefined): string => String(taskIn(op, json)[`${taskKind(op)}Status`]);

/** The task's ID in an answer, or undefined when it names none. */
export function taskIdIn(op: Operation, json: Json | undefined): string | undefined {
  const id = taskIn(op, json)[`${taskKind(op)}Id`];
  return typeof id === 'string' && id !== '' ? id : undefined;
}
