import { z } from 'zod';
import { IdParam } from './list';

export const SuggestedOrganization = z.object({ orgId: z.string(), slug: z.string(), name: z.string() });
export type SuggestedOrganization = z.infer<typeof SuggestedOrganization>;

export const SuggestedOrganizationList = z.object({ data: z.array(SuggestedOrganization) });

export const SuggestedOrgParams = z.object({ orgId: IdParam });

/** The landing's query parameter that skips the suggested-organizations screen (`/?skipJoin=1`). */
export const SKIP_JOIN_PARAM = 'skipJoin';
