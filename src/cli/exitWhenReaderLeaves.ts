/**
 * `chime-conformance checks | head -1`: once the reader has what it wanted and closes the pipe, the next
 * write fails with EPIPE. That is the reader's choice, not an error of ours: end at once, quietly, with
 * exit code 0, whatever the command was doing. Any other error on the stream is left to the process's
 * last-resort handler (one line, exit 2).
 */
export function exitWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
