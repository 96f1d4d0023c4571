// Lists every route of an Express 5 app (top-level routes and those of routers mounted at the root), with the
// gate declared by its first handler.
import type { Express } from 'express';
import { gateOf, type Gate } from '../../src/http/gates.ts';

export interface RouteInfo {
  method: string;
  path: string;
  gate: Gate | undefined;
}

type Layer = { route?: { path: string; methods: Record<string, boolean>; stack: Array<{ handle: unknown }> }; handle?: { stack?: Layer[] } };

/** Every route with its gate (undefined when the first handler is not a gate). */
export function listRoutes(app: Express): RouteInfo[] {
  const out: RouteInfo[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          out.push({ method: method.toUpperCase(), path: layer.route.path, gate: gateOf(layer.route.stack[0]?.handle) });
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return out;
}
