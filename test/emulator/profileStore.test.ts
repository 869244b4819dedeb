import { describe, expect, it } from 'vitest';
import { ProfileStore, type Profile } from '../../src/emulator/core/state.js';

const profile = (id: string, domainId: string, taskId: string): Profile => ({ id, domainId, taskId, createdAt: 0, updatedAt: 0, expiresAt: 0 });

describe('the profile store keeps its indexes with the profiles', () => {
  it('lists a domain in the order its profiles were made, and forgets deleted ones', () => {
    const store = new ProfileStore();
    for (const [id, domain] of [
      ['a', 'd1'],
      ['b', 'd2'],
      ['c', 'd1'],
      ['d', 'd1'],
    ])
      store.set(id as string, profile(id as string, domain as string, `t-${id}`));
    store.delete('c');
    expect([...store.inDomain('d1').keys()]).toEqual(['a', 'd']);
    expect([...store.inDomain('d2').keys()]).toEqual(['b']);
    expect(store.inDomain('none').size).toBe(0);
  });

  it('knows which speaker searches hold a profile, also after an update moves one to another search', () => {
    const store = new ProfileStore();
    const p = profile('a', 'd1', 't1');
    store.set('a', p);
    expect(store.holdsTask('t1')).toBe(true);
    p.taskId = 't2';
    store.set('a', p);
    expect([store.holdsTask('t1'), store.holdsTask('t2')]).toEqual([false, true]);
    store.delete('a');
    expect(store.holdsTask('t2')).toBe(false);
    store.set('b', profile('b', 'd1', 't3'));
    store.clear();
    expect([store.size, store.holdsTask('t3'), store.inDomain('d1').size]).toEqual([0, false, 0]);
  });
});

describe('a window of a domain', () => {
  it('is the whole domain when small, else `count` distinct profiles of it from any start, also after deletions', () => {
    const store = new ProfileStore();
    for (let i = 0; i < 10; i++) store.set(`p${i}`, profile(`p${i}`, 'd1', `t${i}`));
    expect(
      store
        .window('d1', 123, 20)
        .map((p) => p.id)
        .sort(),
    ).toEqual([...store.inDomain('d1').keys()].sort());
    store.delete('p3');
    store.delete('p9');
    for (const start of [0, 5, 7, 8, 1e9]) {
      const ids = store.window('d1', start, 5).map((p) => p.id);
      expect(new Set(ids).size).toBe(5);
      for (const id of ids) expect(store.has(id)).toBe(true);
    }
    expect(store.window('none', 0, 5)).toEqual([]);
  });
});
