import type { Readable } from 'node:stream';
import { connect } from 'node:net';

/** Whether something still accepts connections on the port: a connect that is refused says it is free. */
const accepts = (port: number) =>
  new Promise<boolean>((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), ok(true)));
    socket.once('error', () => ok(false));
  });

/** Polls until the port is free, or the (generous) deadline passes: true if it was freed. */
export async function portFreed(port: number, deadlineMs = 20_000): Promise<boolean> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (!(await accepts(port))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Everything a stream says, and a wait for the first match of a pattern in it. */
export function collect(stream: Readable) {
  let text = '';
  const waiters: (() => void)[] = [];
  stream.on('data', (d: Buffer) => {
    text += d.toString();
    waiters.splice(0).forEach((w) => w());
  });
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((ok, fail) => {
      const check = () => {
        const m = pattern.exec(text);
        if (m) ok(m);
        else waiters.push(check);
      };
      stream.once('close', () => fail(new Error(`closed before ${pattern}: ${text}`)));
      check();
    });
  return { text: () => text, waitFor };
}

/** Cleanup when a test failed and left the server running; a server that ended is no error. */
export function killIfAlive(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone, as it should be
  }
}
