import type { Instance } from './instances';

let ipCounter = 0;
/** A fresh client address per run and caller (the instances trust x-forwarded-for), so runs do not share counters in Redis. */
export function freshIp(): string {
  ipCounter += 1;
  const n = (process.pid * 97 + Date.now() + ipCounter * 7919) % 16_000_000;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

// biome-ignore lint/suspicious/noExplicitAny: the API's JSON answers, read by field in the tests
type Json = any;

export async function call(
  inst: Instance,
  method: string,
  path: string,
  opts: { token?: string; json?: unknown; form?: FormData; ip?: string } = {},
): Promise<{ status: number; body: Json; headers: Headers }> {
  const headers: Record<string, string> = { 'x-forwarded-for': opts.ip ?? freshIp() };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: BodyInit | undefined;
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.form) body = opts.form;
  const res = await fetch(`${inst.url}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, body: parsed, headers: res.headers };
}

export async function signIn(inst: Instance, email: string, password: string, ip?: string) {
  return call(inst, 'POST', '/api/v1/auth/token', { json: { email, password }, ip });
}

export async function accessToken(inst: Instance, email: string, password: string): Promise<string> {
  const res = await signIn(inst, email, password);
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

/** A CSV of `count` new people, e-mails `<prefix>-<n>@cluster.test`. */
export function peopleCsv(prefix: string, count: number): string {
  const lines = ['email,firstName,lastName'];
  for (let i = 0; i < count; i += 1) lines.push(`${prefix}-${i}@cluster.test,First${i},Last${i}`);
  return `${lines.join('\n')}\n`;
}

export async function startImport(inst: Instance, token: string, orgId: string, csv: string, sendInvitations: boolean) {
  const form = new FormData();
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'people.csv');
  form.set('sendInvitations', String(sendInvitations));
  const res = await call(inst, 'POST', `/api/v1/organizations/${orgId}/imports`, { token, form });
  if (res.status !== 202) throw new Error(`import answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}
