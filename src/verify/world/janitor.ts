import { getOperation } from '../../contract/catalog.js';
import { parseJson } from '../../shared/parseJson.js';
import { encodeRequest } from '../../wire/encodeRequest.js';
import { currentCase, forAllCases, type CaseResources } from './caseScope.js';
import { inPool } from '../run/inPool.js';
import type { WireAnswer } from '../reach/rawClient.js';
import type { Target } from '../reach/target.js';

/**
 * Deletes the voice profiles and domains that passed cases made, once enough have piled up. A deep run makes
 * tens of thousands: every list walk then read hundreds of pages, and every finished speaker search in the
 * pool's domain was matched against thousands of profiles, so a run slowed with the square of its depth. What a
 * failing case made stays, for whoever looks into it; the pool's and the shared domain belong to no case.
 *
 * Lists are walked page by page, and a deletion in the middle of a walk can move items across a page boundary
 * on a target whose page tokens are offsets: walks and deletions therefore never overlap (the janitor waits for
 * the walks under way, and walks starting meanwhile wait for it).
 */
export interface Janitor {
  /** A case ended: what it made may be deleted (what a failing case made is kept). */
  caseEnded(made: CaseResources, passed: boolean): void;
  /** Runs a list walk while no deletion is under way. */
  walk<T>(run: () => Promise<T>): Promise<T>;
  /** Resolves when no deletion is under way. */
  idle(): Promise<void>;
}

/**
 * Resources left to delete before the janitor starts. Few, so that list walks stay short: at 500, with pages
 * of 100, read_your_writes' walks read five or six pages each, the list answers of a --runs 300 run came to
 * 52 MB instead of 5.5, and --runs 1000 reference runs took about 8 s longer (seeds 11 and 13: 54.4 and 59.3 s,
 * against 46.6 and 51.2).
 */
export const janitorBatch = 50;
/** Deletions at once. */
const deletingAtOnce = 8;

const createDomain = getOperation('voice.CreateVoiceProfileDomain');
const createProfile = getOperation('voice.CreateVoiceProfile');
const createDomainWire = encodeRequest(createDomain, {});
const createProfileWire = encodeRequest(createProfile, {});

function idIn(answer: WireAnswer, outer: string, inner: string): string | undefined {
  if (answer.status < 200 || answer.status > 299) return undefined;
  const parsed = parseJson(answer.body);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return undefined;
  const id = ((parsed.value as Record<string, Record<string, unknown> | undefined>)[outer] ?? {})[inner];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Notes a profile or domain made by the current case's request. */
function note(opId: string, answer: WireAnswer): void {
  const made = currentCase();
  if (!made) return;
  if (opId === createDomain.id) {
    const id = idIn(answer, 'VoiceProfileDomain', 'VoiceProfileDomainId');
    if (id) made.domains.add(id);
  } else if (opId === createProfile.id) {
    const id = idIn(answer, 'VoiceProfile', 'VoiceProfileId');
    if (id) made.profiles.add(id);
  }
}

const isCreate = (wire: { method: string; target: string }, like: { method: string; target: string }) => wire.method === like.method && wire.target.split('?')[0] === like.target.split('?')[0];

const janitors = new WeakMap<Target, Janitor>();
const tidied = new WeakMap<Target, Target>();

/** The janitor of a target `tidy` made, if any. */
export const janitorOf = (t: Target): Janitor | undefined => janitors.get(t);

/** The target, noting what each case makes and deleting it later (one wrapper per target). */
export function tidy(t: Target): Target {
  const known = tidied.get(t);
  if (known) return known;
  const tracked: Target = {
    ...t,
    raw: async (req) => {
      const answer = await t.raw(req);
      if (isCreate(req, createDomainWire)) note(createDomain.id, answer);
      else if (isCreate(req, createProfileWire)) note(createProfile.id, answer);
      return answer;
    },
    sdk: async (op, input) => {
      const exchange = await t.sdk(op, input);
      note(op.id, exchange.answer);
      return exchange;
    },
  };
  tidied.set(t, tracked);
  tidied.set(tracked, tracked);
  janitors.set(tracked, janitor(t));
  return tracked;
}

function janitor(t: Target): Janitor {
  const profiles: string[] = [];
  const domains: string[] = [];
  let deleting: Promise<void> | undefined;
  let walks = 0;
  let walksDone: (() => void) | undefined;

  const remove = (ids: readonly string[], op: string, member: string) =>
    inPool(ids, deletingAtOnce, async (id) => {
      await t.raw(encodeRequest(getOperation(op), { [member]: id })).catch(() => undefined);
    });

  const sweep = async () => {
    if (walks > 0) await new Promise<void>((resolve) => (walksDone = resolve));
    // Profiles first: a domain that still holds one cannot be deleted.
    await remove(profiles.splice(0), 'voice.DeleteVoiceProfile', 'VoiceProfileId');
    await remove(domains.splice(0), 'voice.DeleteVoiceProfileDomain', 'VoiceProfileDomainId');
  };

  return {
    caseEnded(made, passed) {
      if (!passed) return;
      profiles.push(...made.profiles);
      domains.push(...made.domains);
      if (deleting || profiles.length + domains.length < janitorBatch) return;
      deleting = forAllCases(() => sweep().finally(() => (deleting = undefined)));
    },
    async walk(run) {
      while (deleting) await deleting.catch(() => undefined);
      walks++;
      try {
        return await run();
      } finally {
        if (--walks === 0) walksDone?.();
      }
    },
    idle: async () => {
      while (deleting) await deleting.catch(() => undefined);
    },
  };
}
