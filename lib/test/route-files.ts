import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const METHOD = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b|export\s*\{([^}]*)\}/g;

/** Every (method, path) served by a route.ts under app/api/v1, with `[param]` written `{param}`. */
export function apiRoutes(root = path.join(process.cwd(), 'app', 'api', 'v1')): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const rel = path.relative(root, dir).split(path.sep).filter(Boolean);
        const routePath = `/${rel.map((s) => s.replace(/^\[(.+)\]$/, '{$1}')).join('/')}`;
        for (const m of readFileSync(full, 'utf8').matchAll(METHOD)) {
          const names = m[1]
            ? [m[1]]
            : (m[2] ?? '').split(',').map(
                (s) =>
                  s
                    .trim()
                    .split(/\s+as\s+/)
                    .pop()!,
              );
          for (const name of names)
            if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) out.push({ method: name, path: routePath });
        }
      }
    }
  };
  walk(root);
  return out;
}

/** Every actions.ts under app/: the files of the pages' server actions. */
export function actionFiles(dir = path.join(process.cwd(), 'app')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === 'actions.ts' ? [full] : [];
  });
}

/** The exported functions of one actions.ts: its server actions, by name. */
export async function actionsOf(file: string): Promise<[string, (...args: unknown[]) => Promise<unknown>][]> {
  const module: Record<string, unknown> = await import(/* @vite-ignore */ file);
  return Object.entries(module).filter(
    (entry): entry is [string, (...args: unknown[]) => Promise<unknown>] => typeof entry[1] === 'function',
  );
}
