import { z } from 'zod';
import { IdParam } from './list';

const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An OIDC issuer: https, or http on loopback only (a provider running beside the app in tests). */
export const IssuerUrl = z
  .string({ error: 'Issuer is required' })
  .trim()
  .min(1, 'Issuer is required')
  .max(500, 'Issuer is at most 500 characters')
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Enter the issuer URL, such as https://login.example.com' });
      return;
    }
    const ok = url.protocol === 'https:' || (url.protocol === 'http:' && loopback.has(url.hostname));
    if (!ok) ctx.addIssue({ code: 'custom', message: 'The issuer must be an https:// URL' });
    if (url.search || url.hash) ctx.addIssue({ code: 'custom', message: 'The issuer has no query or fragment' });
  })
  .transform((value) => value.replace(/\/$/, ''));

const name = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name is required')
  .max(100, 'Name is at most 100 characters');
const clientId = z.string({ error: 'Client ID is required' }).trim().min(1, 'Client ID is required').max(500);
const clientSecret = z
  .string({ error: 'Client secret is required' })
  .min(1, 'Client secret is required')
  .max(2000, 'Client secret is at most 2000 characters');
const idpMetadataXml = z
  .string({ error: 'Paste the identity provider metadata' })
  .trim()
  .min(1, 'Paste the identity provider metadata')
  .max(200_000, 'The metadata is at most 200,000 characters');
const defaultRoleId = IdParam.nullable()
  .optional()
  .describe('The role people created at their first sign-in get (null: the built-in member role)');

export const CreateOidcConnectionInput = z.object({
  type: z.literal('oidc'),
  name,
  issuer: IssuerUrl,
  clientId,
  clientSecret,
  enabled: z.boolean().optional(),
  defaultRoleId,
});

export const CreateSamlConnectionInput = z.object({
  type: z.literal('saml'),
  name,
  idpMetadataXml,
  allowIdpInitiated: z.boolean().optional().describe('Accept sign-ins the IdP starts (no AuthnRequest of ours)'),
  enabled: z.boolean().optional(),
  defaultRoleId,
});

export const CreateSsoConnectionInput = z.discriminatedUnion(
  'type',
  [CreateOidcConnectionInput, CreateSamlConnectionInput],
  {
    error: 'type must be "oidc" or "saml"',
  },
);
export type CreateSsoConnectionInput = z.input<typeof CreateSsoConnectionInput>;

/** PATCH: the fields of the connection's type that are present change; a secret left out stays. */
export const UpdateSsoConnectionInput = z
  .object({
    name,
    enabled: z.boolean(),
    issuer: IssuerUrl,
    clientId,
    clientSecret,
    idpMetadataXml,
    allowIdpInitiated: z.boolean(),
    defaultRoleId: IdParam.nullable(),
  })
  .partial();
export type UpdateSsoConnectionInput = z.input<typeof UpdateSsoConnectionInput>;

export const ssoTypes = ['oidc', 'saml'] as const;

export const SsoConnection = z.object({
  id: z.string(),
  type: z.enum(ssoTypes),
  name: z.string(),
  enabled: z.boolean(),
  /** Where the IdP sends people back: the OIDC redirect URI or the SAML ACS URL, to register at the IdP. */
  redirectUri: z.string(),
  issuer: z.string().nullable(),
  clientId: z.string().nullable(),
  hasClientSecret: z.boolean().describe('The secret itself is never returned'),
  spEntityId: z.string().optional(),
  acsUrl: z.string().optional(),
  metadataUrl: z.string().optional(),
  idpEntityId: z.string().nullable(),
  idpSsoUrl: z.string().nullable(),
  allowIdpInitiated: z.boolean(),
  defaultRoleId: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  createdAt: z.string(),
});
export type SsoConnection = z.infer<typeof SsoConnection>;

export const SsoConnectionList = z.object({ data: z.array(SsoConnection) });

export const SsoConnectionCheck = z.object({
  ok: z.boolean(),
  checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string() })),
});
export type SsoConnectionCheck = z.infer<typeof SsoConnectionCheck>;

export const SsoConnectionParams = z.object({ orgId: IdParam, connectionId: IdParam });
