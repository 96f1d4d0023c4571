// passport-local: username + password checked against the argon2id hash; unknown usernames cost the same time.
import passport from 'passport';
import type pg from 'pg';
import { Strategy as LocalStrategy } from 'passport-local';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { AccountContexts } from './accountContexts.ts';
import { ACCOUNT_ID, accountDay, loadCurrentUser } from './currentUser.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';

/** Configures the shared passport instance for one app. */
export function setupPassport(prisma: PrismaClient): passport.PassportStatic {
  const instance = new passport.Passport() as unknown as passport.PassportStatic;
  instance.use(
    // passport's verify callback returns nothing: the promise is consumed here and every outcome goes through `done`.
    new LocalStrategy({ usernameField: 'username', passwordField: 'password' }, (username, password, done) => {
      void (async () => {
        try {
          const user = await prisma.user.findUnique({ where: { username: username.trim().toLowerCase() } });
          const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
          if (!user || !ok || user.disabled) return done(null, false);
          return done(null, { id: user.id } as Express.User);
        } catch (error) {
          return done(error);
        }
      })();
    }),
  );
  instance.serializeUser((user, done) => done(null, user.id));
  instance.deserializeUser((id: string, done) => done(null, { id } as Express.User));
  return instance;
}

/**
 * Replaces the bare {id} passport restored with the full current user (roles of the current year). The account's
 * context comes from `contexts` when held under (user, the school's data version read with the session, Vietnam day);
 * otherwise it is read in one statement, which also reads the version it is consistent with (ADR 022).
 */
export function loadUserMiddleware(pool: pg.Pool, contexts: AccountContexts) {
  return async (req: Express.Request & { logout?: unknown }, _res: unknown, next: (e?: unknown) => void) => {
    try {
      // A session naming no account id (a row damaged or written by hand) is signed out, not a failed cast (500).
      if (req.user && !ACCOUNT_ID.test(req.user.id)) delete req.user;
      if (req.user) {
        const day = accountDay(req.now);
        const read = req.sessionRead?.account;
        let full = read?.userId === req.user.id ? contexts.get(req.user.id, read.dataVersion, day) : undefined;
        if (!full) {
          full = (await loadCurrentUser(pool, req.user.id, req.now)) ?? undefined;
          if (full) contexts.set(full, day);
        }
        if (full) req.user = { ...full };
        else delete req.user;
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
