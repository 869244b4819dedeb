/** Shards merge cannot join, or a file that is no shard's report: one line and a hint, exit 2 (the CLI says it). */
export class MergeRefused extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'MergeRefused';
  }
}
