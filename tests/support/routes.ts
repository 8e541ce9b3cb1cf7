import type { Express } from 'express';

export interface RouteInfo {
  method: string;
  path: string;
  /** The parameter names the route's own router registered a `router.param` handler for. */
  loaded: string[];
}

interface Layer {
  name?: string;
  rawPath?: string;
  slash?: boolean;
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[]; params?: Record<string, unknown> };
}

/** Every route the app answers, read from Express's router stack (mounted routers included). */
export function listRoutes(app: Express): RouteInfo[] {
  const routes: RouteInfo[] = [];
  const walk = (stack: Layer[], prefix: string, loaded: string[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) routes.push({ method: method.toUpperCase(), path: prefix + layer.route.path, loaded });
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, layer.slash ? prefix : prefix + (layer.rawPath ?? ''), Object.keys(layer.handle.params ?? {}));
      }
    }
  };
  const router = (app as unknown as { router: { stack: Layer[]; params?: Record<string, unknown> } }).router;
  walk(router.stack, '', Object.keys(router.params ?? {}));
  return routes;
}

/** A concrete URL for a route pattern: every parameter becomes `1` (the first document, user, token...). */
export function concretePath(pattern: string): string {
  return pattern.replace(/:(\w+)/g, (_m, name: string) => (name === 'token' ? 'x'.repeat(43) : '1'));
}
