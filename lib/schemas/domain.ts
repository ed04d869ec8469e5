import { z } from 'zod';
import { IdParam, listQuery, listResult } from './list';

/**
 * Mail services whose addresses anyone can get: an org cannot claim them (PRODUCT.md,
 * "Verified domains"). Not exhaustive; the big providers and their common aliases.
 */
export const publicMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'gmx.com',
  'web.de',
  't-online.de',
  'mail.ru',
  'yandex.ru',
  'yandex.com',
  'qq.com',
  '163.com',
  '126.com',
  'zoho.com',
  'mail.com',
  'fastmail.com',
  'tutanota.com',
]);

// Letters, digits and inner hyphens per label (63 at most), two labels or more, a letter-only last one.
const domainSyntax = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function domainProblem(v: string): string | undefined {
  if (v === '') return 'Domain is required';
  if (!domainSyntax.test(v)) return 'Enter a domain name such as example.com';
  if (publicMailDomains.has(v)) return 'Public mail domains cannot be claimed by an organization';
  return undefined;
}

/** Lower-cased, without a trailing dot; one message per refusal. */
export const DomainName = z
  .string({ error: 'Domain is required' })
  .trim()
  .toLowerCase()
  .transform((v) => v.replace(/\.$/, ''))
  .superRefine((v, ctx) => {
    const problem = domainProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const CreateDomainInput = z.object({ domain: DomainName });
export type CreateDomainInput = z.input<typeof CreateDomainInput>;

export const domainStatuses = ['pending', 'verified', 'failed'] as const;

export const Domain = z.object({
  id: z.string(),
  domain: z.string(),
  status: z.enum(domainStatuses),
  verification: z.object({
    type: z.literal('dns_txt'),
    /** Where to publish the TXT record. */
    name: z.string(),
    value: z.string(),
  }),
  lastCheckedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Domain = z.infer<typeof Domain>;

export const domainSortFields = ['domain', 'createdAt', 'status'] as const;
export const ListDomainsQuery = listQuery(domainSortFields, 'domain');
export const DomainList = listResult(Domain);

export const DomainParams = z.object({ orgId: IdParam, domainId: IdParam });
