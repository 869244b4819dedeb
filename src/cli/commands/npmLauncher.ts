import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const shells = new Set(['sh', 'bash', 'dash', 'zsh', 'ash', 'ksh']);

/** A process's parent and name: from /proc on Linux (slim images have no ps), from ps elsewhere; undefined if neither answers. */
function processInfo(pid: number): { ppid: number; name: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so split after the last ')'.
    const close = stat.lastIndexOf(')');
    return { name: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(stat.slice(close + 2).split(' ')[1]) };
  } catch {
    try {
      const [ppid, ...name] = execFileSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .split(/\s+/);
      return { ppid: Number(ppid), name: basename(name.join(' ')) };
    } catch {
      return undefined;
    }
  }
}

/**
 * npm (npx, npm exec, npm run) starts a bin as `npm → sh -c "bin …" → node`, and the shell waits for node
 * whatever happens to npm: npm's end shows at the grandparent, not the parent. Its pid, when that is how this
 * process was started (npm marks what it runs with npm_lifecycle_event); undefined otherwise.
 */
export function npmLauncher(parent: number, env: NodeJS.ProcessEnv): number | undefined {
  if (env['npm_lifecycle_event'] === undefined) return undefined;
  const info = processInfo(parent);
  return info && shells.has(info.name) && info.ppid > 1 ? info.ppid : undefined;
}
