// The home page: what the signed-in person needs to see first.
import type { Router } from 'express';
import { requirePermission } from '../../http/gates.ts';
import { presentHome } from './home.presenter.ts';

/** Registers / . */
export function registerHomeRoutes(router: Router): void {
  router.get('/', requirePermission('home:view'), (req, res) => {
    res.render('home/index', presentHome(req.user!, req.now));
  });
}
