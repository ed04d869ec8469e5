import { z } from 'zod';
import { MemberAttributesInput } from './attribute';
import { IdParam } from './list';
import { Country, Phone } from './member';
import { nameText } from './text';

export const languages = ['en', 'de', 'fr', 'es'] as const;
export const languageNames: Record<(typeof languages)[number], string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

const name = (label: string) => nameText(label, 100);

/** PATCH /me: every field optional; '' clears the nullable ones. */
export const UpdateProfileInput = z.object({
  firstName: name('First name').optional(),
  lastName: name('Last name').optional(),
  phone: Phone.nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  country: Country.nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  jobTitle: z
    .string()
    .trim()
    .max(100, 'Job title must be at most 100 characters')
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v)),
  language: z.enum(languages, { error: `Choose one of: ${languages.join(', ')}` }).optional(),
  acceptTerms: z.literal(true, { error: 'Send true to accept the terms' }).optional(),
  /** Own custom attribute values per organization: `{ [orgId]: { key: value } }`; only self-editable ones. */
  attributes: z.record(z.string().max(64), MemberAttributesInput).optional(),
});
export type UpdateProfileInput = z.output<typeof UpdateProfileInput>;

export const AvatarResult = z.object({ avatarUrl: z.string() });
export const UserParams = z.object({ userId: IdParam });

export const AVATAR_MAX_BYTES = 3 * 1024 * 1024;
export const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
