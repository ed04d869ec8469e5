import { z } from 'zod';
import { IdParam, IdRef, listQuery, listResult } from './list';
import { nameText, optionalNameText } from './text';

/** `acme.com`, `eu.acme.co.uk`: labels of letters, digits and inner hyphens, no scheme, port or path. */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Optional text: an empty string clears the field (stored as null), so forms can send what the user typed. */
function optionalText(max: number, label: string, check?: { test: (v: string) => boolean; message: string }) {
  let text = z.string().trim().max(max, `${label} must be at most ${max} characters`);
  if (check) text = text.refine((v) => v === '' || check.test(v), check.message);
  return text.transform((v) => v || null).nullable();
}

export const OrgName = nameText('Name', 100);

export const OrgDomain = optionalText(253, 'Domain', {
  test: (v) => DOMAIN.test(v),
  message: 'Enter a domain like acme.com, without http:// or a path',
}).transform((v) => v?.toLowerCase() ?? null);

export const OrgWebsite = optionalText(2048, 'Website', {
  test: isHttpUrl,
  message: 'Enter a web address that starts with http:// or https://',
});

export const OrgIndustry = optionalText(100, 'Industry');
export const OrgLocation = optionalText(200, 'Location');

export const INVITATION_EXPIRY_DAYS = { min: 1, max: 30, default: 7 } as const;

export const InvitationExpiryDays = z
  .number({ error: 'Enter a number of days' })
  .int('Enter a whole number of days')
  .min(INVITATION_EXPIRY_DAYS.min, `At least ${INVITATION_EXPIRY_DAYS.min} day`)
  .max(INVITATION_EXPIRY_DAYS.max, `At most ${INVITATION_EXPIRY_DAYS.max} days`);

export const DOMAIN_JOIN_MODES = ['off', 'suggest', 'auto'] as const;
export const DomainJoin = z.enum(DOMAIN_JOIN_MODES, { error: 'Choose off, suggest or auto' });
export type DomainJoin = z.infer<typeof DomainJoin>;

/**
 * The profile fields an org's owner or admin may change (PATCH: each optional).
 * The slug is part of every URL of the org and cannot be changed here.
 */
export const UpdateOrganizationInput = z.object({
  name: OrgName.optional(),
  domain: OrgDomain.optional().describe('A domain like `acme.com`; an empty string or null clears it'),
  industry: OrgIndustry.optional(),
  location: OrgLocation.optional(),
  website: OrgWebsite.optional().describe('An http(s) address; an empty string or null clears it'),
  invitationExpiryDays: InvitationExpiryDays.optional().describe('How many days invitation links stay valid'),
  requireMfa: z
    .boolean({ error: 'requireMfa must be true or false' })
    .optional()
    .describe('Members reach the org only with a second factor (needs settings.manage)'),
  domainJoin: DomainJoin.optional().describe(
    'People whose e-mail is on a verified domain: `off`, `suggest` (offered after sign-in) or `auto` (needs domains.manage)',
  ),
  domainJoinRoleId: z
    .string({ error: 'Choose a role' })
    .trim()
    .transform((v) => v || null)
    .nullable()
    .optional()
    .describe("The role of people joining by domain; null means the org's built-in member role (needs domains.manage)"),
  ssoRequired: z
    .boolean({ error: 'ssoRequired must be true or false' })
    .optional()
    .describe('People on the verified domains sign in only through SSO; owners keep a password (needs sso.manage)'),
});
export type UpdateOrganizationInput = z.output<typeof UpdateOrganizationInput>;

/** Settings › Domains: joining by domain (domains.manage), a part of the PATCH above. */
export const DomainJoinSettings = UpdateOrganizationInput.pick({ domainJoin: true, domainJoinRoleId: true });
/** Settings › Domains: requiring single sign-on (sso.manage), a part of the PATCH above. */
export const SsoRequiredSetting = UpdateOrganizationInput.pick({ ssoRequired: true });

export const OrgStatus = z.enum(['active', 'deactivated']);

export const Organization = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  domain: z.string().nullable(),
  industry: z.string().nullable(),
  location: z.string().nullable(),
  website: z.string().nullable(),
  status: OrgStatus,
  invitationExpiryDays: z.number().int(),
  requireMfa: z.boolean().describe('Whether members need a second factor to reach the org'),
  domainJoin: DomainJoin,
  domainJoinRoleId: z.string().nullable(),
  ssoRequired: z.boolean(),
  logoUrl: z.string().nullable(),
  memberCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organization = z.infer<typeof Organization>;

/** A slug: lower-case letters, digits and single dashes, part of every URL of the org. */
export const OrgSlug = z
  .string()
  .trim()
  .min(2, 'Slug must be at least 2 characters')
  .max(50, 'Slug must be at most 50 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single dashes, e.g. acme-corp');

const PersonName = (label: string) => nameText(label, 100);

const AdminEmail = z
  .string({ error: 'E-mail is required' })
  .trim()
  .min(1, 'E-mail is required')
  .max(254, 'E-mail is too long')
  .pipe(z.email('Enter a valid e-mail address'))
  .transform((v) => v.toLowerCase());

const OptionalPhone = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\+[1-9]\d{6,14}$/.test(v), 'Use the international E.164 format, e.g. +14155550123')
  .transform((v) => v || null)
  .nullable()
  .optional();

/** The organization step of onboarding (also step 1 of the wizard). */
export const OnboardOrganizationFields = z.object({
  name: OrgName,
  slug: z
    .union([z.literal(''), OrgSlug])
    .optional()
    .transform((v) => v || undefined)
    .describe('Derived from the name when omitted'),
  domain: OrgDomain.optional(),
  industry: OrgIndustry.optional(),
  location: OrgLocation.optional(),
  website: OrgWebsite.optional(),
});

/** The first admin of onboarding (step 2 of the wizard). */
export const OnboardAdminFields = z.object({
  email: AdminEmail,
  firstName: PersonName('First name'),
  lastName: PersonName('Last name'),
  jobTitle: optionalText(100, 'Job title').optional(),
  phone: OptionalPhone,
});

export const OnboardOrganizationInput = OnboardOrganizationFields.extend({
  admin: OnboardAdminFields,
  demoRequestId: IdRef.optional().describe('The demo request this organization comes from: it is marked converted'),
});
export type OnboardOrganizationInput = z.output<typeof OnboardOrganizationInput>;

export const OnboardOrganizationResult = z.object({
  organization: Organization,
  admin: z.object({ userId: z.string().nullable(), existingUser: z.boolean() }),
  invitationId: z.string().nullable(),
});
export type OnboardOrganizationResult = z.infer<typeof OnboardOrganizationResult>;

export const orgSortFields = ['name', 'createdAt', 'memberCount'] as const;

export const ListOrganizationsQuery = listQuery(orgSortFields, 'name').extend({
  status: z
    .union([z.literal(''), OrgStatus])
    .optional()
    .transform((v) => v || undefined),
});
export type ListOrganizationsQuery = z.output<typeof ListOrganizationsQuery>;
export const OrganizationList = listResult(Organization);
export type OrganizationList = z.infer<typeof OrganizationList>;

export const DeleteOrganizationQuery = z.object({
  confirm: z.string({ error: "Type the organization's slug to confirm" }).default(''),
});

export const AddOrgAdminInput = z.object({
  email: AdminEmail,
  firstName: optionalNameText(100).optional(),
  lastName: optionalNameText(100).optional(),
});
export type AddOrgAdminInput = z.output<typeof AddOrgAdminInput>;

export const AddOrgAdminResult = z.object({
  userId: z.string().nullable(),
  existingUser: z.boolean(),
  invitationId: z.string().nullable(),
  role: z.enum(['owner', 'admin']),
});
export type AddOrgAdminResult = z.infer<typeof AddOrgAdminResult>;

/** The largest logo accepted (PNG, JPEG or WebP by content, re-encoded as PNG). */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
