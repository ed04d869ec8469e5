import { db } from '@/lib/server/db';
import { runImport } from '@/lib/services/imports/run-import';
import { routeAt } from '@/lib/test/routes';

// Route handlers found by path, as Next's router finds them (lib/test/routes.ts).
const importsRoute = await routeAt('/organizations/{orgId}/imports');

/** Test helpers: upload a file through the real route, and keep the job out of other tests' workers. */

export interface UploadResult {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  body: any;
}

export function multipartRequest(
  url: string,
  file: { name: string; bytes: Buffer | string; type?: string } | null,
  fields: Record<string, string> = {},
  token?: string,
): Request {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const bytes = typeof file?.bytes === 'string' ? file.bytes : new Uint8Array(file?.bytes ?? []);
  if (file) form.append('file', new Blob([bytes], { type: file.type ?? 'text/csv' }), file.name);
  return new Request(url, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

export async function send(
  handler: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Response | Promise<Response>,
  req: Request,
  orgId: string,
): Promise<UploadResult> {
  const res = await handler(req, { params: Promise.resolve({ orgId }) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** POST …/imports; the queued job is parked so that only the test decides when the import runs. */
export async function upload(
  orgId: string,
  token: string,
  file: { name: string; bytes: Buffer | string; type?: string },
  fields: Record<string, string> = {},
): Promise<UploadResult> {
  const url = `http://localhost:3000/api/v1/organizations/${orgId}/imports`;
  const res = await send(importsRoute.POST, multipartRequest(url, file, fields, token), orgId);
  if (res.status === 202) await parkJob(res.body.id);
  return res;
}

export async function parkJob(importId: string): Promise<void> {
  await db.$executeRaw`
    UPDATE jobs SET run_at = now() + interval '1 day'
     WHERE queue = 'import' AND status = 'queued' AND payload->>'importId' = ${importId}`;
}

/** Uploads and runs the import to its end, as the job would. */
export async function importFile(
  orgId: string,
  token: string,
  file: { name: string; bytes: Buffer | string; type?: string },
  fields: Record<string, string> = {},
) {
  const res = await upload(orgId, token, file, fields);
  if (res.status !== 202) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  await runImport(res.body.id);
  return res.body.id as string;
}
