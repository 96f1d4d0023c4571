// The home page: what the signed-in person needs to see first.
import type { Router } from 'express';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { requirePermission, userOf } from '../../http/gates.ts';
import { presentHome } from './home.presenter.ts';
import { loadHome } from './home.queries.ts';

/** Registers / . */
export function registerHomeRoutes(router: Router, prisma: PrismaClient): void {
  router.get('/', requirePermission('home:view'), async (req, res) => {
    res.render('home/index', presentHome(userOf(req), req.now, await loadHome(prisma, userOf(req), req.now)));
  });
}
