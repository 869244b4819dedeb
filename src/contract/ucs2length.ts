/**
 * String length in code points, as JSON Schema's minLength/maxLength and the AWS models count it: ajv's runtime
 * ucs2length, same result for every string (a lone surrogate counts one), with a fast path. ajv's loop reads the
 * string one UTF-16 unit at a time and the validators call it twice per string (minLength, maxLength); without a
 * high surrogate, which is nearly every AWS identifier, the count is the unit count, and one native regex scan
 * tells. The regex has no `u` flag on purpose: it must see UTF-16 units, not code points.
 */
const highSurrogate = /[\uD800-\uDBFF]/;

export default function ucs2length(s: string): number {
  if (!highSurrogate.test(s)) return s.length;
  let length = 0;
  for (let pos = 0; pos < s.length; length++) {
    const unit = s.charCodeAt(pos++);
    if (unit >= 0xd800 && unit <= 0xdbff && pos < s.length && (s.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}
