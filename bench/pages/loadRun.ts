// Signing in over HTTP and one load run with autocannon (throughput and latency percentiles from its HDR histogram).
import autocannon from 'autocannon';

/** What one load run measured. */
export interface LoadFigures {
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
  bytes: number;
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]!);

/** Signs in through the login form (CSRF token included) and returns the Cookie header of the session. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const page = await fetch(`${base}/login`, { redirect: 'manual' });
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!token) throw new Error('No CSRF token on the login page');
  const jar = cookiesOf(page);
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ username, password, _csrf: token }).toString(),
  });
  const session = cookiesOf(res);
  if (res.status !== 302 || !session.length) throw new Error(`Sign-in of ${username} failed (${res.status})`);
  return [...jar, ...session].join('; ');
}

/** One run of `seconds` at `connections` concurrent connections (keep-alive, one request in flight each). */
export async function runLoad(url: string, cookie: string | undefined, connections: number, seconds: number): Promise<LoadFigures> {
  const r = await autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    bytes: r.requests.total ? r.throughput.total / r.requests.total : 0,
  };
}
