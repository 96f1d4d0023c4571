// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers).
import type { Router } from 'express';
import type pg from 'pg';
import { publicGate } from '../../http/gates.ts';

/** Registers /healthz and /readyz. */
export function registerHealthRoutes(router: Router, pool: pg.Pool): void {
  router.get('/healthz', publicGate, (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', publicGate, async (_req, res) => {
    try {
      await pool.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
}
