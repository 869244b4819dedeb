import type { Profile } from './state.js';

/** A domain's profiles in an array as well, so a window of them is read without walking the rest. */
class Slots {
  readonly items: Profile[] = [];
  private readonly at = new Map<string, number>();

  put(p: Profile): void {
    const i = this.at.get(p.id);
    if (i === undefined) {
      this.at.set(p.id, this.items.length);
      this.items.push(p);
    } else this.items[i] = p;
  }

  /** Swap-remove: O(1), and the array's order is no promise (the Map keeps the order they were made). */
  remove(id: string): void {
    const i = this.at.get(id);
    if (i === undefined) return;
    const last = this.items.pop() as Profile;
    if (i < this.items.length) {
      this.items[i] = last;
      this.at.set(last.id, i);
    }
    this.at.delete(id);
  }
}

/**
 * Voice profiles by ID, indexed by domain and by the speaker search whose voiceprint each holds: lists, matches,
 * a domain's deletion and a new profile's conflict check look at one domain or one task, not every profile
 * (a deep verify run holds thousands, and each of those scans came once per request). A profile whose taskId
 * changes is set again (`set` on a known ID keeps its place).
 */
export class ProfileStore extends Map<string, Profile> {
  private readonly byDomain = new Map<string, Map<string, Profile>>();
  private readonly slots = new Map<string, Slots>();
  private readonly byTask = new Map<string, Set<string>>();
  private readonly indexedTask = new Map<string, string>();

  override set(id: string, profile: Profile): this {
    this.unindex(id);
    super.set(id, profile);
    let domain = this.byDomain.get(profile.domainId);
    if (!domain) this.byDomain.set(profile.domainId, (domain = new Map()));
    domain.set(id, profile);
    let slots = this.slots.get(profile.domainId);
    if (!slots) this.slots.set(profile.domainId, (slots = new Slots()));
    slots.put(profile);
    let task = this.byTask.get(profile.taskId);
    if (!task) this.byTask.set(profile.taskId, (task = new Set()));
    task.add(id);
    this.indexedTask.set(id, profile.taskId);
    return this;
  }

  override delete(id: string): boolean {
    this.unindex(id);
    const domain = this.get(id)?.domainId;
    if (domain !== undefined) {
      const profiles = this.byDomain.get(domain);
      profiles?.delete(id);
      this.slots.get(domain)?.remove(id);
      if (profiles?.size === 0) {
        this.byDomain.delete(domain);
        this.slots.delete(domain);
      }
    }
    return super.delete(id);
  }

  override clear(): void {
    this.byDomain.clear();
    this.slots.clear();
    this.byTask.clear();
    this.indexedTask.clear();
    super.clear();
  }

  /** The profiles of one domain, in the order they were made. */
  inDomain(domainId: string): ReadonlyMap<string, Profile> {
    return this.byDomain.get(domainId) ?? new Map();
  }

  /** Up to `count` profiles of a domain, consecutive from `start` (mod its size, wrapping): O(count), whatever the size. */
  window(domainId: string, start: number, count: number): Profile[] {
    const items = this.slots.get(domainId)?.items ?? [];
    if (items.length <= count) return [...items];
    const from = start % items.length;
    const head = items.slice(from, from + count);
    return head.length === count ? head : head.concat(items.slice(0, count - head.length));
  }

  /** Whether a profile holds this speaker search's voiceprint now. */
  holdsTask(taskId: string): boolean {
    return (this.byTask.get(taskId)?.size ?? 0) > 0;
  }

  private unindex(id: string): void {
    const task = this.indexedTask.get(id);
    if (task === undefined) return;
    const ids = this.byTask.get(task);
    ids?.delete(id);
    if (ids?.size === 0) this.byTask.delete(task);
    this.indexedTask.delete(id);
  }
}
