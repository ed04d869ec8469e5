// Deprecated alias of the attributes route (lib/api/operations/entity-types.ts).
export { DELETE, GET, PATCH } from '@/app/api/v1/admin/attributes/[id]/route';
