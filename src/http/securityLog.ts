// Security events as one JSON object per line, for a log collector or `grep '"type":"security"'`. What is logged:
// failed sign-ins, sign-in delays, CSRF failures, authorisation denials and rate-limit hits (429). Never a password, a session id or a
// CSRF token. JSON.stringify escapes CR and LF, and U+2028/U+2029 are escaped too, so a username typed with line
// breaks cannot forge a second log line.

export type SecurityEvent = 'login.failed' | 'login.delayed' | 'csrf.failed' | 'authz.denied' | 'rate.limited';
export type SecurityFields = Record<string, string | number | boolean | null | undefined>;

const MAX_FIELD = 100;

/** The log line of one security event at `at`. */
export function securityLogLine(event: SecurityEvent, fields: SecurityFields, at: Date): string {
  const clipped = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, MAX_FIELD) : (v ?? null)]));
  return JSON.stringify({ type: 'security', event, at: at.toISOString(), ...clipped }).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** A function that writes security events to `log`. */
export function securityLogger(log: (line: string) => void) {
  return (event: SecurityEvent, fields: SecurityFields, at: Date) => log(securityLogLine(event, fields, at));
}
export type SecurityLog = ReturnType<typeof securityLogger>;
