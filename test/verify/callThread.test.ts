import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { NoAnswer } from '../../src/verify/reach/answerLimits.js';
import { callThread } from '../../src/verify/reach/callThread.js';

/** A thread that says it is ready, answers "echo" at once and "slow" after arg ms, and leaves every other call unanswered. */
const quietThread = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', (c) => {
       if (c.kind === 'echo') parentPort.postMessage({ id: c.id, value: c.arg });
       if (c.kind === 'slow') setTimeout(() => parentPort.postMessage({ id: c.id, value: 'late but in time' }), c.arg);
     });
     parentPort.postMessage({ ready: 'here' });`,
    { eval: true },
  );

describe('callThread', () => {
  it('fails a call its thread leaves unanswered with NoAnswer once the deadline passed, and answers the others', async () => {
    const worker = quietThread();
    try {
      const thread = callThread(worker, 'a quiet thread', 'ERR_QUIET', 200);
      expect(await thread.ready).toBe('here');
      const ignored = thread.call('ignore', 1);
      await expect(ignored).rejects.toBeInstanceOf(NoAnswer);
      await expect(ignored).rejects.toThrow('no answer within 0.2 s from a quiet thread');
      expect(await thread.call('echo', { x: 1 })).toEqual({ x: 1 });
      // Answered after the watch has looked more than once, but before its own deadline: not failed.
      expect(await thread.call('slow', 120)).toBe('late but in time');
    } finally {
      await worker.terminate();
    }
  });

  it('without a deadline, leaves a call waiting for its answer', async () => {
    const worker = quietThread();
    try {
      const thread = callThread(worker, 'a quiet thread', 'ERR_QUIET');
      await thread.ready;
      const outcome = await Promise.race([
        thread.call('ignore', 1).then(
          () => 'answered',
          () => 'failed',
        ),
        new Promise((r) => setTimeout(() => r('waiting'), 300)),
      ]);
      expect(outcome).toBe('waiting');
    } finally {
      await worker.terminate();
    }
  });
});
