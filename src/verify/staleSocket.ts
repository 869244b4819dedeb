/**
 * A keep-alive connection the endpoint closed just as a request went out on it: the endpoint never saw the
 * request, so sending it once more is what every HTTP client does. Where the client cannot tell whether the
 * socket was reused (the SDK's handler), a reset before any answer counts as one.
 */
export function isStaleSocket(e: unknown): boolean {
  const error = e as { code?: unknown; reusedSocket?: unknown } | undefined;
  return error?.code === 'ECONNRESET' && error.reusedSocket !== false;
}

/** Sends, and sends once more when the first attempt met a stale keep-alive socket. */
export async function onceMoreIfStale<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (e) {
    if (!isStaleSocket(e)) throw e;
    return send();
  }
}
