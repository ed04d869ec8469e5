import { z } from 'zod';
import { listResult, PAGE_SIZE_MAX } from './list';

export const MailboxQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(25),
  to: z.string().trim().max(254).optional(),
});

export const MailboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  template: z.string().nullable(),
  status: z.string(),
  createdAt: z.string(),
});
export type MailboxMessage = z.infer<typeof MailboxMessage>;

export const MailboxList = listResult(MailboxMessage);
