import { call } from '@/lib/test/http';
import { routeAt } from '@/lib/test/routes';

// Route handlers found by path, as Next's router finds them (lib/test/routes.ts).
const tokenRoute = await routeAt('/auth/token');
const activate = await routeAt('/organizations/{orgId}/activate');
const deactivate = await routeAt('/organizations/{orgId}/deactivate');
const one = await routeAt('/organizations/{orgId}');
const list = await routeAt('/organizations');

/** Helpers of the organization integration tests: the superadmin API as a client sees it. */

export const onboard = (token: string | undefined, body: unknown) =>
  call(list.POST, '/api/v1/organizations', { method: 'POST', token, body });

export const listOrgs = (token: string | undefined, query = '') =>
  call(list.GET, `/api/v1/organizations?${query}`, { token });

export const readOrg = (token: string, orgId: string) =>
  call(one.GET, `/api/v1/organizations/${orgId}`, { token, params: { orgId } });

export const setStatus = (token: string | undefined, orgId: string, to: 'deactivate' | 'activate') =>
  call((to === 'deactivate' ? deactivate : activate).POST, `/api/v1/organizations/${orgId}/${to}`, {
    method: 'POST',
    token,
    params: { orgId },
  });

export const deleteOrg = (token: string | undefined, orgId: string, confirm?: string) =>
  call(one.DELETE, `/api/v1/organizations/${orgId}${confirm === undefined ? '' : `?confirm=${confirm}`}`, {
    method: 'DELETE',
    token,
    params: { orgId },
  });

export const signIn = (email: string, password: string) =>
  call(tokenRoute.POST, '/api/v1/auth/token', { method: 'POST', body: { email, password } });
