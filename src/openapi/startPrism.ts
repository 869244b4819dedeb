import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

export interface PrismMock {
  readonly url: string;
  /** Ends the Prism process this call started, and waits for it to go. */
  readonly stop: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => ok(port));
    });
  });

/** Any HTTP answer at all (Prism says 404 to `/`) means it is listening and has read the document. */
const answers = (url: string) =>
  new Promise<boolean>((ok) => {
    const req = request(`${url}/`, { timeout: 1000 }, (res) => (res.resume(), ok(true)));
    req
      .once('error', () => ok(false))
      .once('timeout', () => req.destroy())
      .end();
  });

function prismCli(): string {
  try {
    return createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
  } catch {
    throw new Error('chime-conformance: Stoplight Prism is not installed. Hint: npm install -D @stoplight/prism-cli');
  }
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function once(file: string, args: readonly string[], deadline: number, timeoutMs: number): Promise<PrismMock | undefined> {
  // Prism prints the port it listens on only at info level; a port chosen here lets it run quieter (-v warn).
  const port = await freePort();
  const cli = prismCli();
  const child = spawn(process.execPath, [cli, 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'warn', ...args, file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => new Promise<void>((ok) => (exited(child) ? ok() : (child.once('exit', () => ok()), child.kill())));
  while (Date.now() < deadline) {
    if (exited(child)) return /EADDRINUSE/.test(stderr) ? undefined : Promise.reject(new Error(`chime-conformance: prism mock ${file} exited: ${stderr.trim().split('\n').pop() ?? ''}`));
    if (await answers(url)) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`chime-conformance: prism mock ${file} did not answer within ${timeoutMs} ms: ${stderr.trim().split('\n').pop() ?? ''}`);
}

/**
 * `prism mock <file>` in a child process on a free loopback port, resolved once it answers HTTP. Another process
 * may take the port between the probe and Prism's listen: then it starts again on another one.
 */
export async function startPrism(file: string, args: readonly string[] = [], timeoutMs = 60_000): Promise<PrismMock> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; attempt < 3; attempt++) {
    const mock = await once(file, args, deadline, timeoutMs);
    if (mock) return mock;
  }
  throw new Error(`chime-conformance: prism mock ${file} found no free port in three tries`);
}
