import { safeText } from './safeText.js';

/**
 * Text for HTML and XML alike (the HTML report, the JUnit file): `<>&"'` as numeric character references, valid
 * in both and in attribute values; control and bidi characters shown as `\u001b`, so an answer cannot reorder or
 * hide what the page shows, nor put characters XML 1.0 forbids into the file.
 */
export function markupText(s: string): string {
  return safeText(s).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
