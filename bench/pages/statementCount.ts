// SQL statements per request: the app built in this process on the benchmark's database, one warm GET per page
// counted at node-postgres (Prisma's adapter and the session store share its pool).
import request from 'supertest';
import { createApp } from '../../src/app.ts';
import { parseEnv } from '../../src/config/env.ts';
import { connectDatabase } from '../../src/db/client.ts';
import { sqlCounter } from '../../tests/support/sqlCounter.ts';
import { csrfFrom } from '../../tests/support/testApp.ts';
import { BENCH_PASSWORD } from './benchData.ts';

/** Statements of the second GET of each page (the first may fill a cache), by path. */
export async function countStatements(url: string, pages: Array<{ path: string; username: string }>): Promise<Record<string, number>> {
  const db = connectDatabase(url);
  const env = parseEnv({
    NODE_ENV: 'production',
    DATABASE_URL: url,
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    LOG_LEVEL: 'silent',
    PAGE_CACHE_MB: '0',
  }); // a rendered page's statements (a cached one costs the 2 before the page's work)
  const app = createApp({ env, prisma: db.prisma, pool: db.pool, sessionSecret: 'bench-secret-bench-secret-bench-secret-0123', log: () => {} });
  const sql = sqlCounter();
  const out: Record<string, number> = {};
  const agents = new Map<string, ReturnType<typeof request.agent>>();
  try {
    for (const p of pages) {
      let agent = agents.get(p.username);
      if (!agent) {
        agent = request.agent(app);
        const login = await agent.get('/login');
        await agent
          .post('/login')
          .type('form')
          .send({ username: p.username, password: BENCH_PASSWORD, _csrf: csrfFrom(login.text) });
        agents.set(p.username, agent);
      }
      await agent.get(p.path);
      sql.start();
      await agent.get(p.path);
      sql.stop();
      out[p.path] = sql.statements.length;
    }
  } finally {
    sql.stop();
    await db.close();
  }
  return out;
}
