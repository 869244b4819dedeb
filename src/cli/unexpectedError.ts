import { safeText } from '../verify/report/safeText.js';

/** Enough of a message to act on; an endpoint's answer quoted whole in an error would flood the terminal. */
const longest = 300;

/**
 * An error no command expected, as the one line every other error gets: a stack trace tells a user nothing
 * they can act on, and text from an endpoint inside it could drive their terminal. The stack is printed
 * too with CHIME_CONFORMANCE_DEBUG=1.
 */
export function unexpectedError(command: string, e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const message = text.length > longest ? `${text.slice(0, longest - 3)}...` : text;
  const hint = 'run again with CHIME_CONFORMANCE_DEBUG=1 for the stack trace, and report it with the command line';
  return `${safeText(`chime-conformance ${command}: unexpected error: ${message}`)}. Hint: ${hint}.`;
}
