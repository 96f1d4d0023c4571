// The early page hit reads the session cookie itself (earlyPageHit.ts): it must pick the same session id as
// express-session does from any Cookie header, or the two paths answer for different sessions. Compared here with
// express-session's own reading — its `cookie` parser and its cookie-signature, resolved from express-session.
import { createRequire } from 'node:module';
import { sign } from 'cookie-signature';
import { describe, expect, it } from 'vitest';
import { signedSessionId } from '../../../src/http/earlyPageHit.ts';

const fromSession = createRequire(createRequire(import.meta.url).resolve('express-session'));
const cookie = fromSession('cookie') as { parse(header: string): Record<string, string | undefined> };
const signature = fromSession('cookie-signature') as { unsign(value: string, secret: string): string | false };

const NAME = 'thidua.sid';
const SECRET = 'test-secret-test-secret-test-secret-0123456789';

/** The session id express-session reads from a Cookie header (its getcookie, without cookie-parser). */
function expressSessionId(header: string): string | undefined {
  const raw = cookie.parse(header)[NAME];
  if (!raw || raw.slice(0, 2) !== 's:') return undefined;
  const sid = signature.unsign(raw.slice(2), SECRET);
  return sid === false ? undefined : sid;
}

const A = `s:${sign('sid-of-account-a', SECRET)}`;
const B = `s:${sign('sid-of-account-b', SECRET)}`;

describe('the early hit reads the session cookie as express-session does', () => {
  it.each([
    [`${NAME}=${A}`],
    [`${NAME}=${A}; ${NAME}=${B}`],
    [`other=1; ${NAME}=${A}`],
    [`${NAME}; ${NAME}=${A}`],
    [`${NAME}="${A}"`],
    [`${NAME}=${encodeURIComponent(A)}`],
    [`${NAME}=${A}%`],
    [`${NAME}=x; ${NAME}=${A}`],
    [` \t${NAME} \t= \t${A} \t`],
    // U+00A0 (a raw 0xA0 byte, read as latin1) is no whitespace to the cookie parser, but String.prototype.trim strips it.
    [`\u00a0${NAME}=${A}; ${NAME}=${B}`],
    [`${NAME}\u00a0=${A}; ${NAME}=${B}`],
    [`${NAME}=${A}\u00a0`],
    [`${NAME}=\u00a0${A}`],
  ])('%j', (header) => {
    expect(signedSessionId(header, NAME, SECRET)).toBe(expressSessionId(header));
  });

  it('for 5,000 headers put together from the pieces parsers disagree on', () => {
    const pieces = [' ', '\t', '\u00a0', '; ', '"', '%', '%3A', 's:', NAME, `${NAME}=`, '=', A, B, encodeURIComponent(B), 'x'];
    let seed = 16;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const differing: string[] = [];
    for (let n = 0; n < 5_000; n++) {
      let header = '';
      for (let i = 1 + Math.floor(random() * 6); i > 0; i--) header += pieces[Math.floor(random() * pieces.length)];
      if (signedSessionId(header, NAME, SECRET) !== expressSessionId(header)) differing.push(header);
    }
    expect(differing).toEqual([]);
  });
});
