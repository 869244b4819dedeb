import { npmLauncher } from './npmLauncher.js';

/** Whether a process is there: EPERM means it is, under another user. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Calls `ended(pid)` once `parent`, the process that started this one (process.ppid, read early), has ended,
 * checking every `everyMs`.
 *
 * Why: `npx chime-conformance serve &`, then `kill %1`, signals npm, not the server: npm exec runs the bin
 * through `sh -c`, and the signal stops at npm or at that shell (a SIGKILL is passed on by no one). The server
 * lived on as an orphan, holding its port, and the next run could not listen. A process whose parent ends is handed to init or a subreaper, so `process.ppid` changes;
 * under npm, the shell npm started us through stays, so npm itself is watched too (see npmLauncher).
 * The check is a getppid and at most one kill(pid, 0) a second, on an unref'd timer that never keeps the
 * process alive. Returns a function that stops watching.
 */
export function watchParent(parent: number, ended: (pid: number) => void, everyMs = 1_000, env: NodeJS.ProcessEnv = process.env): () => void {
  const launcher = npmLauncher(parent, env);
  const timer = setInterval(() => {
    const gone = process.ppid !== parent ? parent : launcher !== undefined && !alive(launcher) ? launcher : undefined;
    if (gone === undefined) return;
    clearInterval(timer);
    ended(gone);
  }, everyMs).unref();
  return () => clearInterval(timer);
}
