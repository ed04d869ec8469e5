import { type APIRequestContext, expect } from '@playwright/test';
import { apiToken } from './helpers';

/** Accounts for the browser tests: made through the API, activated from the dev mailbox. */

export const SUPERADMIN = 'admin@demo.test';

export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

interface MailboxMessage {
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/** The newest message to `to` whose subject matches, read from the dev mailbox as the superadmin. */
export async function mailTo(request: APIRequestContext, to: string, subject: RegExp): Promise<string> {
  const token = await apiToken(request, SUPERADMIN);
  let found: MailboxMessage | undefined;
  await expect
    .poll(async () => {
      const res = await request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status()).toBe(200);
      const { data } = (await res.json()) as { data: MailboxMessage[] };
      found = data.find((m) => m.to.toLowerCase() === to.toLowerCase() && subject.test(m.subject));
      return Boolean(found);
    })
    .toBe(true);
  return found!.text;
}

/** The app link `path?token=…` in a mail, as a path on the server under test. */
export function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://\\S+?(${path.replace('/', '\\/')}\\?token=[\\w%-]+)`));
  expect(match, `a ${path} link in:\n${text}`).not.toBeNull();
  return match![1]!;
}

/** A new, active account made through the API: sign-up, then the activation link from the mailbox. */
export async function activeAccount(request: APIRequestContext) {
  const id = unique();
  const account = { email: `e2e-${id}@example.test`, password: 'four silver spoons in a drawer' };
  const res = await request.post('/api/v1/auth/signup', {
    data: {
      ...account,
      firstName: 'Eve',
      lastName: 'Tester',
      organizationName: `E2E Account ${id}`,
      acceptTerms: true,
    },
  });
  expect(res.status()).toBe(201);
  const token = linkIn(await mailTo(request, account.email, /Activate/), '/activate').split('token=')[1]!;
  expect((await request.post('/api/v1/auth/activate', { data: { token } })).status()).toBe(204);
  return account;
}
