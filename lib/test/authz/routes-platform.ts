import { makeUser, uniq } from '@/lib/test/factories';
import type { Listed } from './entry';
import * as s from './samples';
import { confirmed } from './samples-mfa';
import * as m from './samples-more';

/** Superadmin areas: 404 to everybody else, 403 to API keys. */
export const platformRoutes: Record<string, Listed> = {
  'GET /organizations': { ok: 200 },
  'POST /organizations': {
    ok: 201,
    setup: async () => ({
      body: {
        name: `Onboarded ${uniq()}`,
        admin: { email: `first-${uniq()}@example.test`, firstName: 'First', lastName: 'Admin' },
      },
    }),
  },
  'DELETE /organizations/{orgId}': { ok: 204, setup: confirmed(s.freshOrg('deactivated')) },
  'POST /organizations/{orgId}/deactivate': { ok: 200, setup: s.freshOrg('active') },
  'POST /organizations/{orgId}/activate': { ok: 200, setup: s.freshOrg('deactivated') },
  'POST /organizations/{orgId}/admins': {
    ok: 201,
    setup: async (f) => ({ params: { orgId: f.orgA.org.id }, body: { email: (await makeUser()).email } }),
  },
  'GET /admin/users': { ok: 200 },
  'GET /admin/users/{userId}': { ok: 200, setup: s.freshUser },
  'POST /admin/users/{userId}/deactivate': { ok: 200, setup: s.freshUser },
  'POST /admin/users/{userId}/activate': { ok: 200, setup: s.freshUser },
  'DELETE /admin/users/{userId}': { ok: 204, setup: s.freshUser },
  'GET /admin/audit-log': { ok: 200 },
  'GET /admin/attributes': { ok: 200 },
  'POST /admin/attributes': {
    ok: 201,
    setup: async () => ({ body: { key: `k${uniq()}`, label: `Default ${uniq()}`, dataType: 'text' } }),
  },
  'GET /admin/attributes/{id}': { ok: 200, setup: m.defaultAttribute },
  'PATCH /admin/attributes/{id}': { ok: 200, setup: m.defaultAttribute },
  'DELETE /admin/attributes/{id}': { ok: 204, setup: m.defaultAttribute },
  'GET /admin/attributes/{id}/options': { ok: 200, setup: m.defaultAttribute },
  'POST /admin/attributes/{id}/options': {
    ok: 201,
    setup: async (f, who) => ({ ...(await m.defaultAttribute(f, who)), body: { value: `v${uniq()}`, label: 'V' } }),
  },
  'PATCH /admin/attributes/{id}/options/{optionId}': { ok: 200, setup: m.defaultAttribute },
  'DELETE /admin/attributes/{id}/options/{optionId}': {
    ok: 204,
    setup: m.defaultAttribute,
  },
  'GET /dev/mailbox': { ok: 200 },
  'GET /demo-requests': { ok: 200 },
  'GET /demo-requests/{id}': { ok: 200, setup: s.newDemoRequest },
  'PATCH /demo-requests/{id}': { ok: 200, setup: s.newDemoRequest },
  'DELETE /demo-requests/{id}': { ok: 204, setup: s.newDemoRequest },
};
