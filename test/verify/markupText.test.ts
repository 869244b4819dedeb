import { describe, expect, it } from 'vitest';
import { markupText } from '../../src/verify/report/markupText.js';

describe('markupText', () => {
  it('escapes what HTML and XML (attributes included) act on, as character references', () => {
    expect(markupText(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  it('shows control and bidi characters escaped, so they are neither acted on nor invalid XML', () => {
    expect(markupText('ok\u001b[31m\u202eevil\u0000')).toBe('ok\\u001b[31m\\u202eevil\\u0000');
  });
});
