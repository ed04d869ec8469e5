import { serviceProviderConfig } from '@/lib/scim/discovery';
import { defineScim, scimBase, scimJson } from '@/lib/scim/handler';

export const GET = defineScim(async ({ url }) => scimJson(serviceProviderConfig(scimBase(url))));
