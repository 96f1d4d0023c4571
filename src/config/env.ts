// The environment, parsed once with zod. Code reads `env` from here, never process.env.
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Proxy hops to trust for the client address: a number, or true (= 1, the single TLS proxy of older set-ups) / false (= 0). */
const proxyHops = z
  .string()
  .regex(/^(true|false|yes|no|\d{1,2})$/, 'must be the number of proxies in front of the app (0, 1, 2…), or true (1) / false (0)')
  .transform((v) => (v === 'true' || v === 'yes' ? 1 : v === 'false' || v === 'no' ? 0 : Number(v)));

const httpUrl = z.string().refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.pathname === '/' && !u.search && !u.hash && !u.username;
  } catch {
    return false;
  }
}, 'must be the address people open, like https://thidua.example.edu.vn (no path)');

const postgresUrl = z.string().refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '' && u.pathname.length > 1;
  } catch {
    return false;
  }
}, 'must be a URL like postgresql://user:password@host:5432/database');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    // The app's role: DML only, owns nothing (README, "A real PostgreSQL server").
    DATABASE_URL: postgresUrl.optional(),
    // The owner's role, for migrations, backups and restores; unset: DATABASE_URL is used (and must be the owner).
    MIGRATION_DATABASE_URL: postgresUrl.optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** Idle timeout for the chair, the secretary and administrators, whose sessions can do the most. */
    SESSION_IDLE_MINUTES_PRIVILEGED: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(12),
    TRUST_PROXY: proxyHops.default(0),
    /** Where people reach the app: links sent to them (password reset) are built from it, never from the Host header. */
    PUBLIC_URL: httpUrl.optional(),
    UPLOAD_MAX_MB: z.coerce.number().positive().max(200).default(20),
    /** Bound on a dossier for the upper level (the uploaded evidence it merges): over it, the check names the biggest files. */
    DOSSIER_MAX_MB: z.coerce.number().positive().max(2000).default(50),
    DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi'),
    DATA_DIR: z.string().min(1).default('.data'),
    SEED_DEMO: bool.optional(),
    /** Compiled templates kept in memory (20–54 % faster pages); `npm run dev` turns it off to see edits at once. */
    VIEW_CACHE: bool.optional(),
    /** Rendered signed-in pages kept in memory, keyed by the school's data version (ADR 022); 0 turns the cache off. */
    PAGE_CACHE_MB: z.coerce.number().min(0).max(1024).default(16),
    // Daily backups by the in-app scheduler (README, "Backups"): where, how long kept (0 = no daily backup), and
    // from which hour, Vietnam time.
    BACKUP_DIR: z.string().min(1).optional(),
    BACKUP_KEEP_DAYS: z.coerce.number().int().min(0).max(3650).default(14),
    BACKUP_HOUR: z.coerce.number().int().min(0).max(23).default(2),
    ADMIN_PASSWORD: z.string().optional(), // read by `npm run admin:create` only
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production' });
    }
    if (e.MIGRATION_DATABASE_URL && !e.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['MIGRATION_DATABASE_URL'], message: 'needs DATABASE_URL (the app role) as well' });
    }
    if (e.NODE_ENV === 'production' && !e.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
  })
  .transform((e) => ({
    ...e,
    SEED_DEMO: e.SEED_DEMO ?? e.NODE_ENV !== 'production',
    VIEW_CACHE: e.VIEW_CACHE ?? true,
    PUBLIC_URL: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    BACKUP_DIR: e.BACKUP_DIR ?? `${e.DATA_DIR}/backups`,
  }));

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses an environment; throws EnvError listing every bad key. Empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

/** The process environment, parsed on first use. */
export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
