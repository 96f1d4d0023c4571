// The environment, parsed once with zod. Code reads `env` from here, never process.env.
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

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
    DATABASE_URL: postgresUrl.optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(12),
    TRUST_PROXY: bool.default(false),
    UPLOAD_MAX_MB: z.coerce.number().positive().max(200).default(20),
    DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi'),
    DATA_DIR: z.string().min(1).default('.data'),
    SEED_DEMO: bool.optional(),
    ADMIN_PASSWORD: z.string().optional(), // read by `npm run admin:create` only
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production' });
    }
    if (e.NODE_ENV === 'production' && !e.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
  })
  .transform((e) => ({ ...e, SEED_DEMO: e.SEED_DEMO ?? e.NODE_ENV !== 'production' }));

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
