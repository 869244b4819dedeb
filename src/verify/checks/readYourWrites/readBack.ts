import { getOperation } from '../../../contract/catalog.js';
import { sdkErrorType } from '../errorType.js';
import { describeAnswer } from '../../report/describeAnswer.js';
import { expectThat } from '../../run/property.js';
import { expectSuccess, listAll, resourceNamed } from '../../world/resources.js';
import { firstDifference } from '../sameValues.js';
import { call, type Target } from '../../reach/target.js';
import { prepare } from '../../world/prepare.js';
import type { Json, Scenario } from '../scenario.js';

/** A domain or a profile, as the read-your-writes scenarios handle both. */
export interface Kind {
  readonly name: 'VoiceProfileDomain' | 'VoiceProfile';
  /** Sensitive members compared without quoting their values. */
  readonly sensitive: readonly string[];
}

export const domainKind: Kind = { name: 'VoiceProfileDomain', sensitive: ['KmsKeyArn'] };
export const profileKind: Kind = { name: 'VoiceProfile', sensitive: [] };

/** What an answer (or a later Get) says differs from what was written, or undefined. */
export function writtenDifference(k: Kind, json: Json | undefined, expected: Json, where: string): string | undefined {
  const resource = resourceNamed(json, k.name);
  const { ServerSideEncryptionConfiguration: sse, ...plain } = expected;
  const nested = sse ? firstDifference(resourceNamed(resource, 'ServerSideEncryptionConfiguration'), sse as Json, `${where}.ServerSideEncryptionConfiguration`, k.sensitive) : undefined;
  return firstDifference(resource, plain, where, k.sensitive) ?? nested;
}

/** A later Get of the resource answers what was written. */
export async function getReturns(t: Target, k: Kind, id: string, expected: Json, shown: unknown): Promise<void> {
  const get = getOperation(`voice.Get${k.name}`);
  const { json } = await expectSuccess(t, get, { [`${k.name}Id`]: id }, shown);
  const wrong = writtenDifference(k, json, { [`${k.name}Id`]: id, ...expected }, k.name);
  expectThat(wrong === undefined, () => `a later ${get.name} does not return what was written: ${wrong}`, shown);
}

/**
 * Whether the List of that kind (in `scope`, for profiles: their domain) holds the ID. A page token may be a
 * position: when other cases delete while the pages are walked, an item can slip from one page to the one
 * already read, as a real service's list may. A miss is therefore confirmed by walking twice more.
 */
export async function listHolds(t: Target, k: Kind, id: string, scope: Json, shown: unknown): Promise<boolean> {
  const list = getOperation(`voice.List${k.name}s`);
  for (let walk = 0; walk < 3; walk++) if ((await listAll(t, list, scope, `${k.name}s`, `${k.name}Id`, shown)).has(id)) return true;
  return false;
}

/** A deleted resource is gone: Get answers 404 NotFoundException. */
export async function isGone(t: Target, k: Kind, id: string, shown: unknown): Promise<void> {
  const { answer } = await call(t, `voice.Get${k.name}`, { [`${k.name}Id`]: id });
  expectThat(answer.status === 404 && sdkErrorType(answer) === 'NotFoundException', () => `Get${k.name} after Delete answered ${describeAnswer(answer)}; expected 404 NotFoundException`, shown);
}

/** After Delete answers, Get is NotFound and the List (in the scope the resource lived in) no longer holds it. */
export function deleteMakesGone(k: Kind, scopeOf: (t: Target) => Promise<Json>): Scenario {
  return {
    covers: (op) => op.id === `voice.Delete${k.name}`,
    async run(ctx, op, generated) {
      const request = await prepare(ctx.target, op, generated);
      const id = String(request[`${k.name}Id`]);
      await expectSuccess(ctx.target, op, request);
      await isGone(ctx.target, k, id, request);
      const still = await listHolds(ctx.target, k, id, await scopeOf(ctx.target), request);
      expectThat(!still, () => `List${k.name}s still holds the deleted ${k.name} ${id}`, request);
    },
  };
}
