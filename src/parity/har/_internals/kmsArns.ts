/**
 * A KMS key or alias ARN as it may stand in any text: `arn:<partition>:kms:<region>:<account>:key/<key ID>` or
 * `…:alias/<alias name>`, up to the first character a key ID (a UUID, `mrk-…`) or an alias name (`/` allowed)
 * cannot hold. Not after a letter or digit (`xarn:…` is no ARN), an account of 12 digits as every AWS account
 * has, and an alias stops before `/arn:`: a path may hold the same ARN twice, and the second must be found too.
 */
const kmsArn = /(?<![A-Za-z0-9])arn:[a-z0-9-]+:kms:[a-z0-9-]+:\d{12}:(?:key\/[A-Za-z0-9-]+|alias\/[A-Za-z0-9_-]+(?:\/(?!arn:)[A-Za-z0-9_-]+)*)/g;

/**
 * The KMS ARNs in text. The docs promise every KMS key ARN masked, and a service message may name one the
 * recording never saw in a KmsKeyArn member (a key of another request, one the service looked up), so these
 * are found by their shape wherever text is read, not only by where they were sent.
 */
export function kmsArnsIn(text: string): string[] {
  if (!text.includes(':kms:')) return [];
  return [...text.matchAll(kmsArn)].map((m) => m[0]);
}
