import {
  type APIRequestContext,
  type APIResponse,
  type BrowserContext,
  test as base,
  expect,
  type Response,
} from '@playwright/test';

export { expect };

/** What every response of the app must carry (scripts/security-headers.mjs). */
export function headerProblem(headers: Record<string, string>): string | null {
  const csp = headers['content-security-policy'];
  if (!csp) return 'no Content-Security-Policy';
  if (!csp.includes("frame-ancestors 'none'")) return "no frame-ancestors 'none'";
  if (headers['x-content-type-options'] !== 'nosniff') return 'no X-Content-Type-Options: nosniff';
  if (headers['x-frame-options'] !== 'DENY') return 'no X-Frame-Options: DENY';
  return null;
}

const methods = ['get', 'post', 'put', 'patch', 'delete', 'head', 'fetch'] as const;

/**
 * The suite's `test`: every response of the app that a test sees, in the browser
 * (each page of each context, contexts opened during the test included) or
 * through the `request` fixture, is checked for the security headers, and no
 * page may report a Content-Security-Policy violation. Checked when each test
 * ends, so a response without them fails the test that met it.
 */
export const test = base.extend<{ securityHeaders: undefined }>({
  request: async ({ request, baseURL }, use, testInfo) => {
    const origin = new URL(baseURL!).origin;
    const recording = new Proxy(request, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (!methods.includes(prop as (typeof methods)[number])) return value;
        return async (...args: unknown[]) => {
          const res = (await (value as (...a: unknown[]) => Promise<APIResponse>).apply(target, args)) as APIResponse;
          if (res.url().startsWith(origin)) {
            const problem = headerProblem(res.headers());
            if (problem)
              testInfo.annotations.push({ type: 'missing-headers', description: `${problem}: ${res.url()}` });
          }
          return res;
        };
      },
    }) as APIRequestContext;
    await use(recording);
  },
  securityHeaders: [
    async ({ context, browser, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      let seen = 0;
      const onResponse = (res: Response) => {
        if (!res.url().startsWith(origin)) return;
        seen += 1;
        const problem = headerProblem(res.headers());
        if (problem) problems.push(`${problem}: ${res.status()} ${res.request().method()} ${res.url()}`);
      };
      const watch = (ctx: BrowserContext) => {
        ctx.on('response', onResponse);
        const page = (p: import('@playwright/test').Page) =>
          p.on('console', (msg) => {
            if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) {
              problems.push(`CSP violation on ${p.url()}: ${msg.text()}`);
            }
          });
        for (const p of ctx.pages()) page(p);
        ctx.on('page', page);
      };
      watch(context);
      const { newContext, newPage } = browser;
      browser.newContext = async (...args) => {
        const ctx = await newContext.apply(browser, args);
        watch(ctx);
        return ctx;
      };
      browser.newPage = async (...args) => {
        const p = await newPage.apply(browser, args);
        watch(p.context());
        return p;
      };
      try {
        await use(undefined);
      } finally {
        browser.newContext = newContext;
        browser.newPage = newPage;
      }
      const fromRequests = testInfo.annotations.filter((a) => a.type === 'missing-headers');
      expect([...problems, ...fromRequests.map((a) => a.description)], `responses checked: ${seen}`).toEqual([]);
    },
    { auto: true },
  ],
});
