import { safeText } from '../safeText.js';

/** HTML-escaped text; control and bidi characters shown as `\u001b`, so an answer cannot reorder or hide what the page shows. */
export function htmlText(s: string): string {
  return safeText(s).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
