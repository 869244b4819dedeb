/**
 * How a write on a connection the endpoint already closed fails: reset by the peer, or (when the close had fully
 * arrived before the write) a broken pipe. A --runs 1000 run on the embedded emulator met the second once, when
 * the keep-alive timeout of the endpoint fired as a pooled socket was picked.
 */
const closedUnderUs = new Set(['ECONNRESET', 'EPIPE']);

/**
 * A keep-alive connection the endpoint closed just as a request went out on it: the endpoint never saw the
 * request, so sending it once more is what every HTTP client does. Where the client cannot tell whether the
 * socket was reused (the SDK's handler), a reset before any answer counts as one.
 */
export function isStaleSocket(e: unknown): boolean {
  const error = e as { code?: unknown; reusedSocket?: unknown } | undefined;
  return typeof error?.code === 'string' && closedUnderUs.has(error.code) && error.reusedSocket !== false;
}

/**
 * Sends, and sends once more when the first attempt met a stale keep-alive socket. `dropIdle` first closes the
 * pool's other idle connections, which idled as long: the second attempt goes out on a new one.
 */
export async function onceMoreIfStale<T>(send: () => Promise<T>, dropIdle: () => void = () => {}): Promise<T> {
  try {
    return await send();
  } catch (e) {
    if (!isStaleSocket(e)) throw e;
    dropIdle();
    return send();
  }
}
