import { db } from '@/lib/server/db';

/** Requests still being worked on: new, contacted or scheduled (for the /admin overview). */
export function countOpenDemoRequests(): Promise<number> {
  return db.demoRequest.count({ where: { status: { in: ['new', 'contacted', 'scheduled'] } } });
}
