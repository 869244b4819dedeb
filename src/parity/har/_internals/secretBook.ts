import { decodedView } from './decodedView.js';
import { kmsArnsIn } from './kmsArns.js';
import { Needles, type Place } from './needles.js';
import { isPlaceholder, placeholderFor, type SecretKind, type Series } from './placeholder.js';

/** Percent-encoded as a header or a URL in a body may carry it; text encodeURIComponent cannot take is left out. */
function percentEncoded(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The forms a secret takes in text, each with its placeholder in the same form: as sent, JSON-escaped, percent-encoded. */
const textForms = (secret: string, placeholder: string): [string | undefined, string][] => [
  [secret, placeholder],
  [JSON.stringify(secret).slice(1, -1), JSON.stringify(placeholder).slice(1, -1)],
  [percentEncoded(secret), encodeURIComponent(placeholder)],
];

/**
 * Every secret a recording has met, with its placeholder: one value is masked alike wherever and whenever it
 * appears. `replace` and `matches` find them as text holds them (as sent, JSON-escaped, percent-encoded),
 * `replaceBytes` as a body that is not UTF-8 holds them, its bytes read as latin1; each learns first the KMS
 * ARNs the text holds (kmsArns.ts).
 */
export class SecretBook {
  readonly #placeholders = new Map<string, string>();
  readonly #counts: Record<Series, number> = { token: 0, credential: 0, other: 0 };
  readonly #text = new Needles();
  readonly #bytes = new Needles();

  readonly #next = (series: Series): string => String((this.#counts[series] += 1)).padStart(4, '0');

  /**
   * The placeholder of a secret, made at first sight. `echo: false` masks it only where it was found: a
   * number in a secret's place is no text worth finding again. Placeholders and '' are no secrets.
   */
  mask(secret: string, kind: SecretKind, echo = true): string {
    if (secret === '' || isPlaceholder(secret)) return secret;
    let placeholder = this.#placeholders.get(secret);
    if (placeholder === undefined) {
      placeholder = placeholderFor(secret, kind, this.#next);
      this.#placeholders.set(secret, placeholder);
    }
    if (echo) this.#learn(secret, placeholder, kind === 'text');
    return placeholder;
  }

  /** Learns the secrets text holds by their shape alone (KMS ARNs, escaped or not), so that they are masked everywhere. */
  learn(text: string): void {
    for (const arn of kmsArnsIn(text)) this.mask(arn, 'arn');
    // Escaped, an ARN's colons are %3A: text without one holds none, and is not decoded for nothing.
    if (/%3a/i.test(text)) for (const arn of kmsArnsIn(decodedView(text).text)) this.mask(arn, 'arn');
  }

  matches(text: string, place: Place): ReturnType<Needles['matches']> {
    this.learn(text);
    return this.#text.matches(text, place);
  }

  replace(text: string, place: Place): string {
    this.learn(text);
    return this.#text.replace(text, place);
  }

  /** A body that is not UTF-8, as latin1: no contract reads it, so every secret is looked for, as in prose. */
  replaceBytes(latin1: string): string {
    this.learn(latin1);
    return this.#bytes.replace(latin1, 'prose');
  }

  // Free text (a tag value 'prod') is found only as a word: inside 'production' it is another word.
  #learn(secret: string, placeholder: string, free: boolean): void {
    for (const [form, stand] of textForms(secret, placeholder)) if (form !== undefined) this.#text.add(form, stand, free);
    this.#bytes.add(Buffer.from(secret, 'utf8').toString('latin1'), placeholder, free);
  }
}
