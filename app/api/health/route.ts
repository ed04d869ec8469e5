import { db } from '@/lib/server/db';

export const dynamic = 'force-dynamic';

/** 200 while the database answers, 503 otherwise. */
export async function GET(): Promise<Response> {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok', database: 'up' }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    return Response.json(
      { status: 'error', database: 'down' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
}
