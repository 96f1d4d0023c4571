import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../../src/config/env.ts';

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('uses safe development defaults when nothing is set', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      SESSION_IDLE_MINUTES: 30,
      SESSION_ABSOLUTE_HOURS: 12,
      DEFAULT_LOCALE: 'vi',
      SEED_DEMO: true,
      VIEW_CACHE: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('keeps compiled templates unless VIEW_CACHE=false (npm run dev)', () => {
    expect(parseEnv({ VIEW_CACHE: 'false' }).VIEW_CACHE).toBe(false);
    expect(parseEnv({ NODE_ENV: 'test' }).VIEW_CACHE).toBe(true);
  });

  it('names PORT when it is not a port number', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problemsOf({ PORT: '70000' })).toEqual([expect.stringMatching(/^PORT: /)]);
  });

  it('names DATABASE_URL when it is malformed', () => {
    expect(problemsOf({ DATABASE_URL: 'not a url' })).toEqual([expect.stringMatching(/^DATABASE_URL: must be a URL/)]);
    expect(problemsOf({ DATABASE_URL: 'mysql://u:p@h/db' })).toEqual([expect.stringMatching(/^DATABASE_URL/)]);
  });

  it('lists every bad key at once', () => {
    const problems = problemsOf({ PORT: '-1', DATABASE_URL: 'x', DEFAULT_LOCALE: 'fr' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'DEFAULT_LOCALE', 'PORT']);
  });

  it('requires a database and a session secret in production, and never seeds demo data there', () => {
    expect(
      problemsOf({ NODE_ENV: 'production' })
        .map((p) => p.split(':')[0])
        .sort(),
    ).toEqual(['DATABASE_URL', 'SESSION_SECRET']);
    const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://u:p@db:5432/thidua', SESSION_SECRET: 'x'.repeat(32) });
    expect(env.SEED_DEMO).toBe(false);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
