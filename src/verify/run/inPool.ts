/**
 * Runs `run` on every item, at most `atOnce` at a time, each worker taking the next item as it finishes one:
 * slow items do not hold back a batch. Resolves when all have run; a rejection rejects it (callers that must
 * go on catch in `run`). The runner's cells and the janitor's deletions both go this way.
 */
export async function inPool<T>(items: readonly T[], atOnce: number, run: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await run(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
}
