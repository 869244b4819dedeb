/** Text matched literally inside a RegExp source: route templates, and the enum values Pact matchers allow. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
