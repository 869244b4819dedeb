/** The constraint kinds a validation issue can name, and the message a service would give for each. */
export const rules = ['required', 'type', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const;

export type Rule = (typeof rules)[number];

export interface Issue {
  /** JSON pointer of the offending member (for `required`, of the missing one). */
  readonly path: string;
  readonly rule: Rule;
  readonly message: string;
}

export interface ValidationResult {
  readonly valid: boolean;
  readonly issues: readonly Issue[];
}

type Params = Readonly<Record<string, unknown>>;

/** What each rule requires of a member, worded as AWS services word their validation messages. */
export const constraintText: Record<Rule, (params: Params) => string> = {
  required: () => 'Member must not be null',
  type: (p) => `Member must be of type ${String(p['type'])}`,
  enum: (p) => `Member must satisfy enum value set: [${(p['allowedValues'] as unknown[]).join(', ')}]`,
  pattern: (p) => `Member must satisfy regular expression pattern: ${String(p['pattern'])}`,
  minLength: (p) => `Member must have length greater than or equal to ${String(p['limit'])}`,
  maxLength: (p) => `Member must have length less than or equal to ${String(p['limit'])}`,
  minimum: (p) => `Member must have value greater than or equal to ${String(p['limit'])}`,
  maximum: (p) => `Member must have value less than or equal to ${String(p['limit'])}`,
  minItems: (p) => `Member must have length greater than or equal to ${String(p['limit'])}`,
  maxItems: (p) => `Member must have length less than or equal to ${String(p['limit'])}`,
};

export const isRule = (keyword: string): keyword is Rule => (rules as readonly string[]).includes(keyword);
