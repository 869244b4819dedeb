import { watchParent } from './watchParent.js';

/**
 * Resolves once serve should drain and stop: on SIGTERM or SIGINT (Ctrl-C), or once `parent`, the process that
 * started it, has ended (see watchParent: npm exec does not pass signals on); undefined watches none. Says why.
 */
export function untilStopped(out: (line: string) => void, parent: number | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = (why?: string) => {
      process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
      unwatch();
      if (why) out(why);
      out('draining requests in flight, then stopping');
      resolve();
    };
    const onSignal = () => stop();
    process.once('SIGTERM', onSignal).once('SIGINT', onSignal);
    const unwatch = parent === undefined ? () => undefined : watchParent(parent, (pid) => stop(`the process that started this one (pid ${pid}) has ended`));
  });
}
