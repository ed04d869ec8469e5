import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Handler } from './http';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
// A method the file does not export is undefined at run time: calling it fails the test that tried.
export type RouteModule = Record<Method, Handler>;

/**
 * `app/api/v1/…/route.ts` for an API path (`{param}` -> `[param]`): tests find route handlers by
 * path, as Next's router does, so the scaffolding in lib/ never imports app/.
 */
export function routeFile(pattern: string): string {
  const segments = pattern
    .split('/')
    .filter(Boolean)
    .map((seg) => seg.replace(/^\{(\w+)\}$/, '[$1]'));
  return path.join(process.cwd(), 'app', 'api', 'v1', ...segments, 'route.ts');
}

const modules = new Map<string, Promise<RouteModule>>();

/** The handlers of the route file behind `pattern`, imported on first use. */
export function routeAt(pattern: string): Promise<RouteModule> {
  const file = routeFile(pattern);
  if (!existsSync(file)) throw new Error(`${pattern}: no route file ${file}`);
  if (!modules.has(file)) modules.set(file, import(/* @vite-ignore */ file));
  return modules.get(file)!;
}

/** The exported handler for `method` of the route behind `pattern`. */
export async function handlerAt(method: string, pattern: string): Promise<Handler> {
  const handler = (await routeAt(pattern))[method as Method];
  if (typeof handler !== 'function')
    throw new Error(`${method} ${pattern}: ${routeFile(pattern)} exports no ${method}`);
  return handler;
}
