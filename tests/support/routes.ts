// Lists every route of an Express 5 app (top-level routes and those of routers mounted at the root), with the
// gate declared by its first handler and the file field of its singleUpload handler, if it has one.
import type { Express } from 'express';
import { gateOf, type Gate } from '../../src/http/gates.ts';
import { uploadFieldOf } from '../../src/http/upload.ts';

export interface RouteInfo {
  method: string;
  path: string;
  gate: Gate | undefined;
  /** The file field of the route's singleUpload handler; undefined for a route that takes no file. */
  uploadField: string | undefined;
}

type Layer = { route?: { path: string; methods: Record<string, boolean>; stack: Array<{ handle: unknown }> }; handle?: { stack?: Layer[] } };

/** Every route with its gate (undefined when the first handler is not a gate). */
export function listRoutes(app: Express): RouteInfo[] {
  const out: RouteInfo[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          const uploadField = layer.route.stack.map((h) => uploadFieldOf(h.handle)).find((f) => f !== undefined);
          out.push({ method: method.toUpperCase(), path: layer.route.path, gate: gateOf(layer.route.stack[0]?.handle), uploadField });
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return out;
}
