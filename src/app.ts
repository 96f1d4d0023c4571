// createApp(deps): the Express application, without listening. Tests build it with their own database and clock.
import path from 'node:path';
import express, { Router } from 'express';
import helmet from 'helmet';
import type pg from 'pg';
import { APP_ROOT } from './appRoot.ts';
import type { Env } from './config/env.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import { registerAuthRoutes } from './features/auth/auth.routes.ts';
import { loadUserMiddleware, setupPassport } from './features/auth/passportSetup.ts';
import { registerHealthRoutes } from './features/health/health.routes.ts';
import { registerHomeRoutes } from './features/home/home.routes.ts';
import { registerAccountRoutes } from './features/account/account.routes.ts';
import { registerAuditRoutes } from './features/audit/audit.routes.ts';
import { registerStatisticsRoutes } from './features/statistics/statistics.routes.ts';
import { registerYearReportRoutes } from './features/yearReports/yearReports.routes.ts';
import { registerCollectiveRoutes } from './features/collectives/collectives.routes.ts';
import { registerCouncilRoutes } from './features/council/council.routes.ts';
import { registerNotificationRoutes, unreadCountLocals } from './features/notifications/notifications.routes.ts';
import { registerSchoolRoutes } from './features/school/school.routes.ts';
import { registerStaffImportRoutes } from './features/staff/staffImport.routes.ts';
import { registerStaffRoutes } from './features/staff/staff.routes.ts';
import { registerUserRoutes } from './features/users/users.routes.ts';
import { registerPlanRoutes } from './features/plans/plans.routes.ts';
import { registerMovementRoutes } from './features/movements/movements.routes.ts';
import { registerFileRoutes } from './features/files/files.routes.ts';
import { registerCalendarRoutes } from './features/calendar/calendar.routes.ts';
import { registerCalendarViewRoutes } from './features/calendar/calendarViews.routes.ts';
import { registerCalendarFeedRoutes } from './features/calendar/calendarFeed.routes.ts';
import { registerRegisterRoutes } from './features/register/register.routes.ts';
import { registerEligibilityRoutes } from './features/eligibility/eligibility.routes.ts';
import { registerCompareRoutes } from './features/rules/compare.routes.ts';
import { registerCoverageRoutes } from './features/coverage/coverage.routes.ts';
import { registerDossierRoutes } from './features/dossiers/dossiers.routes.ts';
import { registerRecordRoutes } from './features/records/records.routes.ts';
import { registerRuleRoutes } from './features/rules/rules.routes.ts';
import { registerRuleAuthoringRoutes } from './features/rules/ruleAuthoring.routes.ts';
import { registerHistoryRoutes } from './features/history/history.routes.ts';
import { registerInitiativeCouncilRoutes } from './features/initiatives/initiativeCouncil.routes.ts';
import { registerInitiativeReviewRoutes } from './features/initiatives/initiativeReview.routes.ts';
import { registerInitiativeRoutes } from './features/initiatives/initiatives.routes.ts';
import { registerInitiativeSettingsRoutes } from './features/initiatives/initiativeSettings.routes.ts';
import { registerInitiativeProposalRoutes } from './features/initiatives/initiativeProposals.routes.ts';
import { registerRegistrationRoutes } from './features/registrations/registrations.routes.ts';
import { registerRegistrationReviewRoutes } from './features/registrations/registrationReview.routes.ts';
import { registerRegistrationSummaryRoutes } from './features/registrations/registrationSummary.routes.ts';
import { registerMeetingRoutes } from './features/meetings/meetings.routes.ts';
import { registerApprovalRoutes } from './features/meetings/approval.routes.ts';
import { registerBallotRoutes } from './features/ballot/ballot.routes.ts';
import { registerCountingRoutes } from './features/counting/counting.routes.ts';
import { registerMinutesRoutes } from './features/meetings/minutes.routes.ts';
import { registerNominationRoutes } from './features/nominations/nominations.routes.ts';
import { registerNewNominationRoutes } from './features/nominations/newNomination.routes.ts';
import { registerPostingRoutes } from './features/posting/posting.routes.ts';
import { registerPublicPostingRoutes } from './features/posting/publicPosting.routes.ts';
import { registerExemplarRoutes } from './features/exemplars/exemplars.routes.ts';
import { registerExemplarDetailRoutes } from './features/exemplars/exemplarDetail.routes.ts';
import { registerPublicPageRoutes } from './features/exemplars/publicPage.routes.ts';
import { registerContestRoutes } from './features/contests/contests.routes.ts';
import { registerContestDetailRoutes } from './features/contests/contestDetail.routes.ts';
import { registerContestEntryRoutes } from './features/contests/contestEntries.routes.ts';
import { registerComplaintRoutes } from './features/complaints/complaints.routes.ts';
import { registerNominationDetailRoutes } from './features/nominations/nominationDetail.routes.ts';
import { csrfProtection } from './http/csrf.ts';
import { errorHandler, notFound } from './http/errorHandlers.ts';
import { flashLocals } from './http/flash.ts';
import { localeMiddleware, viewLocals } from './http/locals.ts';
import { normalizeBody } from './http/normalizeBody.ts';
import { BODY_LIMIT, PARAMETER_LIMIT } from './http/bodyLimits.ts';
import { bodyCap } from './http/bodyCap.ts';
import { rejectNulBytes } from './http/rejectNulBytes.ts';
import { requestContext, type Clock } from './http/requestContext.ts';
import { securityLogger } from './http/securityLog.ts';
import { secureCookies, sessionCookieName, sessionMiddleware, sessionStore, sessionTimeouts } from './http/session.ts';
import { earlyPageHit } from './http/earlyPageHit.ts';
import { isStaticPath } from './http/staticPaths.ts';
import { AccountContexts } from './features/auth/accountContexts.ts';
import { saveSessionBeforeRedirect } from './http/saveSessionBeforeRedirect.ts';
import { pageCache } from './http/pageCache.ts';

export interface AppDeps {
  env: Env;
  prisma: PrismaClient;
  pool: pg.Pool;
  sessionSecret: string;
  clock?: Clock;
  log?: (line: string) => void;
}

const root = APP_ROOT;

/** Builds the app: middleware in a fixed order, then the feature routes, then 404 and the error handler. */
export function createApp(deps: AppDeps): express.Express {
  const { env, prisma, pool } = deps;
  const log = deps.log ?? ((line: string) => console.error(line));
  const securityLog = securityLogger(log);
  const app = express();
  app.set('views', path.join(root, 'views'));
  app.set('view engine', 'ejs');
  app.set('view cache', env.VIEW_CACHE);
  // Only the configured number of proxy hops: the client address is the one the nearest trusted proxy saw, so an
  // X-Forwarded-For sent by the client itself cannot choose its address (see docs/security/auth.md).
  app.set('trust proxy', env.TRUST_PROXY > 0 ? env.TRUST_PROXY : false);
  app.disable('x-powered-by');

  app.use(requestContext(deps.clock ?? (() => new Date())));
  const handleError = errorHandler(log, securityLog, { bodyLimit: BODY_LIMIT, parameterLimit: PARAMETER_LIMIT, uploadMaxMb: env.UPLOAD_MAX_MB });
  // A body larger than any route accepts is refused before a byte of it is read (ADR 001).
  app.use(bodyCap(env, handleError));
  const store = sessionStore(pool);
  const contexts = new AccountContexts(env.PAGE_CACHE_MB > 0 ? 2_000 : 0); // accounts' contexts kept with the page cache
  const cache = pageCache(env.PAGE_CACHE_MB);
  // A repeated signed-in GET answered from the page cache before everything below (ADR 022).
  const cookieName = sessionCookieName(secureCookies(env));
  app.use(earlyPageHit({ env, store, contexts, cache, cookieName, secret: deps.sessionSecret }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
        },
      },
      strictTransportSecurity: env.NODE_ENV === 'production',
    }),
  );
  app.use(localeMiddleware(env)); // defaults, so even early errors render in the layout
  // Static files only for addresses that can name one (public/css, public/js, a root file with an extension): every
  // page request otherwise cost a stat() of public/<path> before reaching its route (about 5 % of a page's CPU, issue 16).
  const serveStatic = express.static(path.join(root, 'public'), { index: false, maxAge: env.NODE_ENV === 'production' ? '1d' : 0 });
  app.use((req, res, next) => (isStaticPath(req.path) ? serveStatic(req, res, next) : next()));
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: PARAMETER_LIMIT }));
  app.use(rejectNulBytes);
  app.use(normalizeBody);

  const auth = setupPassport(prisma);
  app.use(sessionMiddleware(env, store, deps.sessionSecret));
  app.use(saveSessionBeforeRedirect);
  app.use(auth.initialize({ compat: false })); // no req._passport for passport 0.4-era strategies (none here)
  app.use(auth.session());
  app.use(loadUserMiddleware(pool, contexts));
  app.use(sessionTimeouts(env));
  app.use(localeMiddleware(env));
  app.use(flashLocals);
  app.use(viewLocals);
  app.use(unreadCountLocals);
  app.use(csrfProtection(env));
  app.use(cache); // a repeated signed-in GET, answered until the school's data changes (ADR 022)

  const router = Router();
  registerHealthRoutes(router, pool);
  registerAuthRoutes(router, auth, prisma, { securityLog, secureCookies: secureCookies(env) });
  registerHomeRoutes(router, prisma);
  registerAccountRoutes(router, prisma);
  registerNotificationRoutes(router, prisma);
  registerStaffImportRoutes(router, prisma, env); // before /staff/:id so /staff/import is not taken for an id
  registerStaffRoutes(router, prisma);
  registerCollectiveRoutes(router, prisma);
  registerCouncilRoutes(router, prisma);
  registerUserRoutes(router, prisma, env);
  registerSchoolRoutes(router, prisma);
  registerAuditRoutes(router, prisma);
  registerStatisticsRoutes(router, prisma);
  registerYearReportRoutes(router, prisma);
  registerPlanRoutes(router, prisma);
  registerMovementRoutes(router, prisma, env);
  registerFileRoutes(router, prisma);
  registerCalendarFeedRoutes(router, prisma);
  registerCalendarViewRoutes(router, prisma);
  registerCalendarRoutes(router, prisma);
  registerRegisterRoutes(router, prisma);
  registerEligibilityRoutes(router, prisma);
  registerCompareRoutes(router, prisma);
  registerCoverageRoutes(router, prisma);
  registerDossierRoutes(router, prisma, pool, { maxBytes: env.DOSSIER_MAX_MB * 1024 * 1024 });
  registerRecordRoutes(router, prisma);
  registerRuleRoutes(router, prisma);
  registerRuleAuthoringRoutes(router, prisma);
  registerHistoryRoutes(router, prisma, env);
  registerRegistrationSummaryRoutes(router, prisma); // fixed paths before /registrations/:id
  registerRegistrationReviewRoutes(router, prisma);
  registerMeetingRoutes(router, prisma);
  registerApprovalRoutes(router, prisma);
  registerBallotRoutes(router, prisma);
  registerCountingRoutes(router, prisma);
  registerMinutesRoutes(router, prisma);
  registerNewNominationRoutes(router, prisma);
  registerNominationRoutes(router, prisma);
  registerNominationDetailRoutes(router, prisma, env);
  registerRegistrationRoutes(router, prisma, env);
  registerInitiativeSettingsRoutes(router, prisma);
  registerInitiativeProposalRoutes(router, prisma);
  registerInitiativeCouncilRoutes(router, prisma); // fixed paths before /initiatives/:id
  registerInitiativeReviewRoutes(router, prisma);
  registerInitiativeRoutes(router, prisma, env);
  registerPostingRoutes(router, prisma, env);
  registerPublicPostingRoutes(router, prisma, securityLog);
  registerComplaintRoutes(router, prisma, env);
  registerExemplarRoutes(router, prisma); // /exemplars/new before /exemplars/:id
  registerExemplarDetailRoutes(router, prisma, env);
  registerContestRoutes(router, prisma); // /contests/new before /contests/:id
  registerContestDetailRoutes(router, prisma);
  registerContestEntryRoutes(router, prisma, env);
  registerPublicPageRoutes(router, prisma);
  app.use(router);

  app.use(notFound);
  app.use(handleError);
  return app;
}
