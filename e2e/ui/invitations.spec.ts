import type { APIRequestContext, Browser, Page } from '@playwright/test';
import pg from 'pg';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn, signInAndJoinAcme } from '../helpers';

const SUPERADMIN = 'admin@demo.test';
const ADMIN = 'admin@acme.test';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const rows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });
const rowOf = (page: Page, email: string) => rows(page).filter({ hasText: email });

interface MailboxMessage {
  to: string;
  subject: string;
  text: string;
}

/** Every message to `to` whose subject matches, newest first, from the dev mailbox (read as the superadmin). */
async function mailsTo(request: APIRequestContext, to: string, subject: RegExp, atLeast = 1) {
  const token = await apiToken(request, SUPERADMIN);
  let found: MailboxMessage[] = [];
  await expect
    .poll(async () => {
      const res = await request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status()).toBe(200);
      const { data } = (await res.json()) as { data: MailboxMessage[] };
      found = data.filter((m) => m.to.toLowerCase() === to.toLowerCase() && subject.test(m.subject));
      return found.length;
    })
    .toBeGreaterThanOrEqual(atLeast);
  return found;
}

/** The /invite/<token> path of the newest invitation e-mail to `to`. */
async function inviteLink(request: APIRequestContext, to: string, atLeast = 1): Promise<string> {
  const [newest] = await mailsTo(request, to, /invited you to/, atLeast);
  const match = newest!.text.match(/https?:\/\/\S+?(\/invite\/[\w%-]+)/);
  expect(match, `an /invite/ link in:\n${newest!.text}`).not.toBeNull();
  return match![1]!;
}

async function inviteByApi(request: APIRequestContext, email: string, roleKey = 'member') {
  const token = await apiToken(request, ADMIN);
  const id = await orgId(request, token, 'acme');
  const headers = { authorization: `Bearer ${token}` };
  const roles = await (await request.get(`/api/v1/organizations/${id}/roles`, { headers })).json();
  const roleId = roles.data.find((r: { key: string }) => r.key === roleKey).id;
  const res = await request.post(`/api/v1/organizations/${id}/invitations`, { headers, data: { email, roleId } });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string };
}

/** A browser of its own, signed out: the invitee's. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('an admin invites, resends and revokes; the invitee accepts from the mailed link and lands in Acme', async ({
  page,
  request,
  browser,
}) => {
  const id = unique();
  const invitee = `ivy-${id}@example.test`;
  const other = `oscar-${id}@example.test`;

  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invitations' }).click();
  await expect(page.getByRole('heading', { name: 'Invitations' })).toBeVisible();

  // Invite through the dialog.
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('E-mail').fill(invitee);
  await expect(dialog.getByLabel('Role')).toHaveValue(/.+/);
  await dialog.getByLabel('Role').selectOption({ label: 'Member' });
  await dialog.getByLabel('Department').selectOption({ label: 'Support' });
  await dialog.getByLabel('First name').fill('Ivy');
  await dialog.getByLabel('Last name').fill('Invitee');
  await dialog.getByLabel('Message').fill('Welcome to the support team!');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('invitations-notice')).toHaveText(`Invitation sent to ${invitee}.`);
  const row = rowOf(page, invitee);
  await expect(row).toContainText('Ivy Invitee');
  await expect(row).toContainText('Support');
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('Adam Adler');

  // The server's conflicts show next to the e-mail field.
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  await dialog.getByLabel('E-mail').fill(invitee.toUpperCase());
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByText(/already has a pending invitation/)).toBeVisible();
  await dialog.getByLabel('E-mail').fill('member@acme.test');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByText('member@acme.test is already a member of this organization')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Resend: a new link, and the old one shows the invalid page.
  const firstLink = await inviteLink(request, invitee);
  await rowOf(page, invitee).getByRole('button', { name: 'Resend' }).click();
  await expect(page.getByTestId('invitations-notice')).toContainText(`Invitation sent again to ${invitee}`);
  const link = await inviteLink(request, invitee, 2);
  expect(link).not.toBe(firstLink);
  const guest = await freshPage(browser);
  await guest.goto(firstLink);
  await expect(guest.getByRole('heading', { name: 'This invitation link is not valid' })).toBeVisible();

  // Revoke another invitation, with confirmation; its link shows the withdrawn page.
  await inviteByApi(request, other);
  const otherLink = await inviteLink(request, other);
  await page.reload();
  await rowOf(page, other).getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByText(`Revoke the invitation to ${other}?`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, other)).toContainText('Revoked');
  await expect(rowOf(page, other).getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  await guest.goto(otherLink);
  await expect(guest.getByRole('heading', { name: 'This invitation was withdrawn' })).toBeVisible();
  await expect(guest.getByText('Acme revoked this invitation')).toBeVisible();

  // Status chips and search live in the URL.
  await page.getByRole('button', { name: 'Revoked', exact: true }).click();
  await expect(page).toHaveURL(/status=revoked/);
  await expect(rowOf(page, other)).toBeVisible();
  await expect(rowOf(page, invitee)).toHaveCount(0);
  await page.getByRole('button', { name: 'Pending', exact: true }).click();
  await expect(page).toHaveURL(/status=pending/);
  await page.getByLabel('Search invitations').fill(`ivy-${id}`);
  await expect(page).toHaveURL(/q=ivy-/);
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Pending', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(rows(page)).toHaveCount(1);

  // The invitee sets a password (the policy answers next to the field) and lands in Acme, signed in.
  await guest.goto(link);
  await expect(guest.getByRole('heading', { name: 'Join Acme' })).toBeVisible();
  await expect(guest.getByLabel('E-mail')).toHaveValue(invitee);
  await expect(guest.getByLabel('First name')).toHaveValue('Ivy');
  await guest.getByLabel('Password', { exact: true }).fill('qwerty123456');
  await guest.getByLabel('Repeat the password').fill('something else');
  await guest.getByRole('button', { name: 'Join Acme' }).click();
  await expect(guest.getByText('The passwords do not match')).toBeVisible();
  await guest.getByLabel('Repeat the password').fill('qwerty123456');
  await guest.getByRole('button', { name: 'Join Acme' }).click();
  await expect(guest.getByText(/too common/)).toBeVisible();
  const password = 'ivy climbs the old stone wall';
  await guest.getByLabel('Password', { exact: true }).fill(password);
  await guest.getByLabel('Repeat the password').fill(password);
  await guest.getByRole('button', { name: 'Join Acme' }).click();
  await expect(guest).toHaveURL(/\/o\/acme/);
  await expect(
    guest.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Departments' }),
  ).toBeVisible();

  // The link is used up; the admin sees it accepted and was told by mail.
  await guest.goto(link);
  await expect(guest.getByRole('heading', { name: 'This invitation was already used' })).toBeVisible();
  await page.goto('/o/acme/invitations?status=accepted');
  await expect(rowOf(page, invitee)).toContainText('Accepted');
  await mailsTo(request, ADMIN, /Ivy Invitee joined Acme/);
  await guest.context().close();
});

test('an existing user of another org joins while signed in as themselves', async ({ page, request, browser }) => {
  const globexMember = 'member@globex.test';
  await inviteByApi(request, globexMember);
  const link = await inviteLink(request, globexMember);

  // Signed in as somebody else: explained, with a way to switch.
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This invitation is for someone else' })).toBeVisible();
  await expect(page.getByText(`You are signed in as ${ADMIN}`)).toBeVisible();

  // Signed out: sign in first, then come back and join.
  const guest = await freshPage(browser);
  await guest.goto(link);
  await expect(guest.getByText(`${globexMember} already has an account`)).toBeVisible();
  await signInAndJoinAcme(guest, link, globexMember);
  // Both organizations are theirs now.
  const token = await apiToken(request, globexMember);
  const me = await (await request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } })).json();
  expect(me.memberships.map((m: { organization: { slug: string } }) => m.organization.slug).sort()).toEqual([
    'acme',
    'globex',
  ]);
  await guest.context().close();
});

// Expiry takes at least a day (the shortest an org may set), so this test moves the
// invitation's expiry into the past in the database the server under test uses.
test('a link past its expiry shows the expired page', async ({ request, browser }) => {
  // scripts/test.mjs always sets it; running this spec without it is a mistake worth failing on.
  expect(process.env.E2E_DATABASE_URL, 'E2E_DATABASE_URL: the database of the server under test').toBeTruthy();
  const email = `late-${unique()}@example.test`;
  const { id } = await inviteByApi(request, email);
  const link = await inviteLink(request, email);
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
  } finally {
    await client.end();
  }
  const guest = await freshPage(browser);
  await guest.goto(link);
  await expect(guest.getByRole('heading', { name: 'This invitation has expired' })).toBeVisible();
  await expect(guest.getByText(/Ask the person who invited you to resend it/)).toBeVisible();
  await guest.context().close();
});
