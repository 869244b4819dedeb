/** JSON text's value, or the parser's message: each caller decides what a body that is not JSON means. */
export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/**
 * JSON.parse without the throw. Callers from the emulator's wire to the CLI's readers each wrapped it in
 * their own try/catch; the message is kept because some of them show it (or where in the text it points).
 */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
