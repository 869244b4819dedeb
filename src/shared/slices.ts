/**
 * Long synchronous work cut into slices of about `sliceMs`, with the event loop let through between them, so
 * that a server doing it keeps answering other requests. `due()` is cheap enough to ask per item.
 */
export function slices(sliceMs: number): { due(): boolean; pause(): Promise<void> } {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= sliceMs,
    // setImmediate runs after the I/O callbacks: requests that arrived meanwhile are read and answered first.
    pause: () =>
      new Promise<void>((resume) =>
        setImmediate(() => {
          since = performance.now();
          resume();
        }),
      ),
  };
}
