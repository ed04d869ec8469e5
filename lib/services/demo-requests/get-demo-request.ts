import type { DemoRequest } from '@/lib/schemas/demo-request';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { demoRequestSelect, toDemoRequest } from './to-demo-request';

export async function getDemoRequest(id: string): Promise<DemoRequest> {
  const row = await db.demoRequest.findUnique({ where: { id }, select: demoRequestSelect });
  if (!row) throw notFound('Demo request');
  return toDemoRequest(row);
}
