/**
 * Characters a terminal or a report reader acts on instead of showing: C0 controls (ESC starts escape
 * sequences, CR and LF start a line that can forge a verdict), DEL, C1 controls (0x9B is an 8-bit CSI),
 * the Unicode line and paragraph separators, and the bidi controls that reorder what is shown.
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from an endpoint, safe to print: every unsafe character shown escaped as `\u001b`; the rest as is. */
export function safeText(text: string): string {
  return text.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
