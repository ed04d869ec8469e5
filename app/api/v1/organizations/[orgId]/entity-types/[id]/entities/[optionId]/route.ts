// Deprecated alias of the attributes route (lib/api/operations/entity-types.ts).
export { DELETE, PATCH } from '@/app/api/v1/organizations/[orgId]/attributes/[id]/options/[optionId]/route';
